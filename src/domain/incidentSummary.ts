import type { Assessment } from './assessment';
import type { RecipientField } from './facts';
import type { Audience, FollowUpPlan, FollowUpTemplate, FollowUpWhy } from './followUp';
import type { MessageReason, RecipientReason } from './reasonCodes';
import type { RecallOutcome } from './recallTracking';
import type { OverallVerdict, Verdict } from './verdict';

/*
 * The facts a security team needs about a message sent by mistake: what, when, to whom, who may
 * still have it, and what the sender already did. Built from the verdict and the follow-up plan;
 * rendered as text (for a message or the clipboard) and as JSON (for a ticket or a file).
 *
 * It holds addresses and the subject, so it only ever leaves through something the user starts
 * (a message they send, a copy, a download): never a log, never storage.
 */

/** Something the sender did about the message, in the order it happened. */
export type IncidentAction =
  | { readonly kind: 'recall-requested'; readonly at: Date | null; readonly by: 'add-in' | 'outlook' }
  | { readonly kind: 'recall-requested-earlier' }
  | {
      readonly kind: 'follow-up-opened';
      readonly at: Date;
      readonly template: FollowUpTemplate;
      readonly audience: Audience;
      readonly recipients: number;
      /** Which of the messages (0-based) when the follow-up was split at 100 recipients per field. */
      readonly part: number;
      readonly parts: number;
    }
  | { readonly kind: 'security-report-opened'; readonly at: Date };

/** What happened to the recall for one recipient: a tracked outcome, or why there is none. */
export type RecallStatus = RecallOutcome | 'not-tracked' | 'not-attempted';

export interface IncidentRecipient {
  readonly name: string;
  readonly address: string;
  readonly fields: readonly RecipientField[];
  readonly audience: Audience;
  readonly verdict: Verdict;
  readonly reasons: readonly RecipientReason[];
  readonly recall: RecallStatus;
  readonly followUp: { readonly included: boolean; readonly why: FollowUpWhy };
}

export interface IncidentSummary {
  readonly generatedAt: Date;
  readonly message: { readonly subject: string; readonly sentAt: Date | null; readonly sender: string };
  readonly overall: OverallVerdict;
  readonly messageReasons: readonly MessageReason[];
  /** Evidence that was missing when the verdict was made (RECALL_POLICY_UNKNOWN, …). */
  readonly messageCautions: readonly MessageReason[];
  readonly counts: { readonly recipients: number; readonly external: number; readonly mayStillHave: number };
  readonly recipients: readonly IncidentRecipient[];
  readonly actions: readonly IncidentAction[];
}

export interface IncidentInput {
  readonly generatedAt: Date;
  readonly subject: string;
  readonly sentAt: Date | null;
  readonly sender: string;
  readonly assessment: Assessment;
  readonly plan: FollowUpPlan;
  /**
   * How many may still have the message, from the recall plan (recallPlan.ts): everyone no recall
   * report says it was removed from, the not-yet-recalled colleagues included.
   */
  readonly mayStillHave: number;
  readonly actions: readonly IncidentAction[];
}

const recallAimed = (actions: readonly IncidentAction[]) => actions.some((a) => a.kind === 'recall-requested' || a.kind === 'recall-requested-earlier');

export function buildIncidentSummary(input: IncidentInput): IncidentSummary {
  const aimed = recallAimed(input.actions);
  const recipients = input.plan.all.map(({ recipient: r, audience, outcome, included, why }): IncidentRecipient => ({
    name: r.name,
    address: r.address,
    fields: r.fields,
    audience,
    verdict: r.verdict,
    reasons: r.reasons,
    recall: outcome ?? (aimed && r.recipientVerdict !== 'not-recallable' && r.parsed.valid ? 'not-tracked' : 'not-attempted'),
    followUp: { included, why },
  }));
  return {
    generatedAt: input.generatedAt,
    message: { subject: input.subject, sentAt: input.sentAt, sender: input.sender },
    overall: input.assessment.overall,
    messageReasons: input.assessment.messageReasons,
    messageCautions: input.assessment.messageCautions,
    counts: {
      recipients: recipients.length,
      external: recipients.filter((r) => r.audience === 'external').length,
      mayStillHave: input.mayStillHave,
    },
    recipients,
    actions: input.actions,
  };
}

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

/** Stable, language-neutral JSON: codes rather than words, ISO times. */
export function incidentSummaryJson(summary: IncidentSummary): string {
  return JSON.stringify(
    {
      format: 'recall-assistant/incident-summary',
      version: 1,
      generatedAt: iso(summary.generatedAt),
      message: { subject: summary.message.subject, sentAt: iso(summary.message.sentAt), sender: summary.message.sender },
      verdict: { overall: summary.overall, messageReasons: summary.messageReasons, messageCautions: summary.messageCautions },
      counts: summary.counts,
      recipients: summary.recipients,
      actions: summary.actions.map((a) => ('at' in a ? { ...a, at: iso(a.at) } : a)),
    },
    null,
    2,
  );
}

/** The words the text form uses; the app supplies them from the ru/en catalogs. */
export interface IncidentWords {
  readonly title: string;
  readonly generated: string;
  readonly subject: string;
  readonly noSubject: string;
  readonly sent: string;
  readonly unknownTime: string;
  readonly sender: string;
  readonly verdict: string;
  readonly recipientsHeading: string;
  readonly actionsHeading: string;
  readonly noActions: string;
  dateTime(date: Date): string;
  overall(overall: OverallVerdict): string;
  messageReason(code: MessageReason): string;
  counts(counts: IncidentSummary['counts']): string;
  field(field: RecipientField): string;
  audience(audience: Audience): string;
  verdictOf(verdict: Verdict): string;
  reason(code: RecipientReason): string;
  recall(status: RecallStatus): string;
  followUp(included: boolean, why: FollowUpWhy): string;
  action(action: IncidentAction): string;
  moreRecipients(count: number): string;
}

interface IncidentTextOptions {
  /** List at most this many recipients (those who may still have it first), then say how many more. */
  readonly maxRecipients?: number;
}

/**
 * Plain text, one fact per line, readable in any mail client or ticket. With `maxRecipients` the
 * people who may still have the message come first, so a shortened list keeps what matters.
 */
export function incidentSummaryText(summary: IncidentSummary, words: IncidentWords, options: IncidentTextOptions = {}): string {
  const { message } = summary;
  // After a recall was requested, "a recall can't work" would read as its failure: the reason
  // (Recall already requested) says what the verdict is about, and each recipient's recall line the outcome.
  const recalled = summary.messageReasons.includes('ALREADY_RECALLED');
  const verdict = [
    ...(recalled ? [] : [words.overall(summary.overall)]),
    ...[...summary.messageReasons, ...summary.messageCautions].map((code) => words.messageReason(code)),
  ].join('; ');
  const ordered =
    options.maxRecipients === undefined
      ? summary.recipients
      : [...summary.recipients].sort((a, b) => Number(b.followUp.included) - Number(a.followUp.included));
  const shown = options.maxRecipients === undefined ? ordered : ordered.slice(0, options.maxRecipients);
  const recipientLine = (r: IncidentRecipient) => {
    const who = r.name && r.name !== r.address ? `${r.name} <${r.address}>` : r.address;
    const facts = [
      words.audience(r.audience),
      `${words.verdictOf(r.verdict)}: ${r.reasons.map((code) => words.reason(code)).join(', ')}`,
      words.recall(r.recall),
      words.followUp(r.followUp.included, r.followUp.why),
    ];
    return `- ${who} (${r.fields.map((f) => words.field(f)).join(', ')}): ${facts.join('; ')}`;
  };
  const lines = [
    words.title,
    `${words.generated}: ${words.dateTime(summary.generatedAt)}`,
    `${words.subject}: ${message.subject || words.noSubject}`,
    `${words.sent}: ${message.sentAt ? words.dateTime(message.sentAt) : words.unknownTime}`,
    `${words.sender}: ${message.sender}`,
    `${words.verdict}: ${verdict}`,
    words.counts(summary.counts),
    '',
    words.recipientsHeading,
    ...shown.map(recipientLine),
    ...(shown.length < ordered.length ? [words.moreRecipients(ordered.length - shown.length)] : []),
    '',
    words.actionsHeading,
    ...(summary.actions.length === 0 ? [`- ${words.noActions}`] : summary.actions.map((a) => `- ${words.action(a)}`)),
  ];
  return lines.join('\n');
}
