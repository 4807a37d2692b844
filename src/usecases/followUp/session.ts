import type { MailboxKey } from '../../domain/address';
import type { Audience, FollowUpOverrides, FollowUpTemplate } from '../../domain/followUp';
import type { IncidentAction } from '../../domain/incidentSummary';
import type { FollowUpDecision } from '../../domain/recallPlan';

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
}

export type SessionEvent =
  | { readonly type: 'select-template'; readonly template: FollowUpTemplate }
  | { readonly type: 'set-included'; readonly key: MailboxKey; readonly included: boolean; readonly ruleIncluded: boolean }
  | { readonly type: 'edit-text'; readonly key: DraftKey; readonly text: DraftText }
  | { readonly type: 'restore-text'; readonly key: DraftKey }
  | { readonly type: 'record'; readonly action: IncidentAction }
  /** The user's follow-up decision for these people; null takes it back. */
  | { readonly type: 'decide'; readonly keys: readonly MailboxKey[]; readonly decision: FollowUpDecision | null };

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
