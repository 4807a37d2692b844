import type { Assessment, RecipientAssessment } from './assessment';
import type { Recipient } from './facts';

/** displayNewMessageForm takes at most 100 recipients per field. */
export const FORM_RECIPIENT_LIMIT = 100;

/**
 * Who should hear from the sender because a recall may leave the message with them: everyone a
 * recall can't reach or might not reach. With a message-level blocker that is everybody.
 */
export function followUpRecipients(assessment: Assessment): RecipientAssessment[] {
  return assessment.recipients.filter((r) => r.verdict !== 'recallable' && r.parsed.valid);
}

export interface FollowUpBatch {
  readonly to: readonly Recipient[];
  /** Recipients who were in Bcc stay hidden from the others. */
  readonly bcc: readonly Recipient[];
}

/**
 * Splits the follow-up into messages that each fit Outlook's form, keeping people who were in Bcc
 * in Bcc so the follow-up never reveals who was secretly copied.
 */
export function followUpBatches(recipients: readonly RecipientAssessment[], limit = FORM_RECIPIENT_LIMIT): FollowUpBatch[] {
  const asRecipient = (r: RecipientAssessment, field: Recipient['field']): Recipient => ({ name: r.name, address: r.parsed.normalised, field });
  const visible = recipients.filter((r) => r.fields.some((f) => f !== 'bcc')).map((r) => asRecipient(r, 'to'));
  const hidden = recipients.filter((r) => r.fields.every((f) => f === 'bcc')).map((r) => asRecipient(r, 'bcc'));
  const batches: FollowUpBatch[] = [];
  for (let i = 0; i < Math.max(visible.length, hidden.length); i += limit) {
    batches.push({ to: visible.slice(i, i + limit), bcc: hidden.slice(i, i + limit) });
  }
  return batches;
}

/**
 * Whom a recall is aimed at: everyone a recall could reach by their own facts. After a recall was
 * already requested (a message-level blocker) these are the people whose outcome is tracked.
 */
export function recallTargets(assessment: Assessment): RecipientAssessment[] {
  return assessment.recipients.filter((r) => r.recipientVerdict !== 'not-recallable' && r.parsed.valid);
}
