import type { MailboxKey } from '../../domain/address';
import type { Audience, FollowUpOverrides, FollowUpTemplate } from '../../domain/followUp';
import type { IncidentAction } from '../../domain/incidentSummary';
import type { FollowUpDecision } from '../../domain/recallPlan';
import type { ReplacementProgress } from '../../domain/replacement';

/** One follow-up text per template and audience: colleagues and outsiders get different wording. */
export type DraftKey = `${FollowUpTemplate}:${Audience}`;
export const draftKey = (template: FollowUpTemplate, audience: Audience): DraftKey => `${template}:${audience}`;

export interface DraftText {
  readonly subject: string;
  readonly body: string;
}

/**
 * What the user did in the alternatives and incident steps for the current item: the template they
 * picked, who they added or took out, every text they edited, what they opened. It outlives the
 * steps (Back and forth loses nothing) and dies with the item (a new item starts a new session).
 */
export interface FollowUpSession {
  readonly template: FollowUpTemplate;
  /** Mailbox → the user's choice, only where it differs from the rule. */
  readonly overrides: ReadonlyMap<MailboxKey, boolean>;
  /** Only texts the user changed; the others follow the template. */
  readonly texts: ReadonlyMap<DraftKey, DraftText>;
  /** Follow-ups and security reports opened, for the incident summary. */
  readonly actions: readonly IncidentAction[];
  /** Per mailbox: a note was opened for them, or the user decided none is needed (the plan). */
  readonly decisions: ReadonlyMap<MailboxKey, FollowUpDecision>;
  /** "Delete and replace" was chosen with the recall: the replacement's progress. Absent otherwise. */
  readonly replacement?: ReplacementProgress;
}

export type SessionEvent =
  | { readonly type: 'select-template'; readonly template: FollowUpTemplate }
  | { readonly type: 'set-included'; readonly key: MailboxKey; readonly included: boolean; readonly ruleIncluded: boolean }
  | { readonly type: 'edit-text'; readonly key: DraftKey; readonly text: DraftText }
  | { readonly type: 'restore-text'; readonly key: DraftKey }
  | { readonly type: 'record'; readonly action: IncidentAction }
  /** The user's follow-up decision for these people; null takes it back. */
  | { readonly type: 'decide'; readonly keys: readonly MailboxKey[]; readonly decision: FollowUpDecision | null }
  /**
   * The recall is sent, or the user says they used Outlook's command: with "Delete and replace",
   * the replacement is now part of the job (`replaceBy`: who opens it); with "Delete", none is.
   */
  | { readonly type: 'recall-chosen'; readonly replaceBy: ReplacementProgress['by'] | null }
  | { readonly type: 'replacement-opened'; readonly part: number }
  /** "Don't send a replacement" (true), or taking that back (false). */
  | { readonly type: 'replacement-skipped'; readonly skipped: boolean };

export const initialSession: FollowUpSession = { template: 'pleaseDelete', overrides: new Map(), texts: new Map(), actions: [], decisions: new Map() };

export function sessionReducer(session: FollowUpSession, event: SessionEvent): FollowUpSession {
  switch (event.type) {
    case 'select-template':
      return { ...session, template: event.template };
    case 'set-included': {
      const overrides = new Map(session.overrides);
      // Back to what the rule says: no override left, so later rule changes (tracking) apply again.
      if (event.included === event.ruleIncluded) overrides.delete(event.key);
      else overrides.set(event.key, event.included);
      // Ticking someone again takes back an earlier "no note needed" (taking out is one: planDecisions).
      const decisions = new Map(session.decisions);
      if (event.included && decisions.get(event.key) === 'skipped') decisions.delete(event.key);
      return { ...session, overrides, decisions };
    }
    case 'edit-text':
      return { ...session, texts: new Map(session.texts).set(event.key, event.text) };
    case 'restore-text': {
      const texts = new Map(session.texts);
      texts.delete(event.key);
      return { ...session, texts };
    }
    case 'record':
      return { ...session, actions: [...session.actions, event.action] };
    case 'decide': {
      const decisions = new Map(session.decisions);
      for (const key of event.keys) {
        if (event.decision === null) decisions.delete(key);
        // A note already opened stays opened: "skip" can't undo what was written.
        else if (decisions.get(key) !== 'opened') decisions.set(key, event.decision);
      }
      return { ...session, decisions };
    }
    case 'recall-chosen': {
      const { replacement, ...rest } = session;
      if (event.replaceBy === null) return rest;
      // The same choice again (a second "I've recalled it") keeps what was opened.
      return { ...rest, replacement: replacement?.by === event.replaceBy ? replacement : { by: event.replaceBy, opened: [], skipped: false } };
    }
    case 'replacement-opened': {
      const { replacement } = session;
      if (replacement === undefined || replacement.opened.includes(event.part)) return session;
      return { ...session, replacement: { ...replacement, opened: [...replacement.opened, event.part] } };
    }
    case 'replacement-skipped':
      return session.replacement === undefined ? session : { ...session, replacement: { ...session.replacement, skipped: event.skipped } };
  }
}

/**
 * The user's follow-up decisions as the recall plan takes them: a note opened or skipped, and
 * everyone they took out of the writer's list, which is deciding that no note is needed.
 */
export function planDecisions(session: Pick<FollowUpSession, 'decisions' | 'overrides'>): ReadonlyMap<MailboxKey, FollowUpDecision> {
  const decisions = new Map(session.decisions);
  for (const [key, included] of session.overrides) if (!included && !decisions.has(key)) decisions.set(key, 'skipped');
  return decisions;
}

/**
 * The planner's view of the user's changes: those they ticked or took out in the writer's list,
 * and those they said need no note (on the track step), who are taken out of it too.
 */
export function overridesOf(session: Pick<FollowUpSession, 'decisions' | 'overrides'>): FollowUpOverrides {
  const add = new Set<MailboxKey>();
  const remove = new Set<MailboxKey>();
  for (const [key, included] of session.overrides) (included ? add : remove).add(key);
  for (const [key, decision] of session.decisions) if (decision === 'skipped') remove.add(key);
  return { add, remove };
}
