import * as v from 'valibot';
import { parseAddress } from '../../domain/address';
import type { IncidentAction } from '../../domain/incidentSummary';
import { validDate } from '../../domain/validDate';
import type { DraftKey, FollowUpSession } from './session';

/**
 * Follow-up sessions outlive the components that edit them: an error-boundary "Try again", the
 * same message selected again, and a page reload in the same tab (the demo's language switch)
 * find what the user typed. They live in the tab's sessionStorage (never localStorage: nothing
 * outlives the tab), under a hash of the item id, and in memory where sessionStorage is not
 * available. Nothing here is ever logged.
 */
export interface SessionStore {
  load(itemId: string): FollowUpSession | null;
  save(itemId: string, session: FollowUpSession): void;
}

const PREFIX = 'recall-assistant.follow-up.';

const TEMPLATE = v.picklist(['pleaseDelete', 'correction', 'apology']);
const AUDIENCE = v.picklist(['internal', 'external']);
const storedSchema = v.object({
  template: TEMPLATE,
  overrides: v.array(v.tuple([v.string(), v.boolean()])),
  texts: v.array(v.tuple([v.string(), v.object({ subject: v.string(), body: v.string() })])),
  actions: v.array(
    v.variant('kind', [
      v.object({
        kind: v.literal('follow-up-opened'),
        at: v.string(),
        template: TEMPLATE,
        audience: AUDIENCE,
        recipients: v.number(),
        part: v.number(),
        parts: v.number(),
      }),
      v.object({ kind: v.literal('security-report-opened'), at: v.string() }),
    ]),
  ),
  // "Delete and replace": who opens the replacement and what was done with it (no address in it).
  replacement: v.optional(
    v.object({ by: v.picklist(['add-in', 'outlook']), opened: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), skipped: v.boolean() }),
  ),
});

type Stored = v.InferOutput<typeof storedSchema>;

function toStored(session: FollowUpSession): Stored {
  const actions = session.actions.flatMap((a): Stored['actions'] => {
    if (a.kind === 'follow-up-opened') return [{ ...a, at: a.at.toISOString() }];
    if (a.kind === 'security-report-opened') return [{ kind: a.kind, at: a.at.toISOString() }];
    return [];
  });
  const stored: Stored = { template: session.template, overrides: [...session.overrides], texts: [...session.texts], actions };
  return session.replacement === undefined ? stored : { ...stored, replacement: { ...session.replacement, opened: [...session.replacement.opened] } };
}

/**
 * What was stored, or null when it is not a session (tampered, older shape): start clean then.
 * The plan's follow-up decisions are not in it (see browserSessionStore).
 */
function fromStored(json: string): Omit<FollowUpSession, 'decisions'> | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = v.safeParse(storedSchema, raw);
  if (!parsed.success) return null;
  const { template, overrides, texts, actions, replacement } = parsed.output;
  const validTexts = texts.filter(([key]) => /^(pleaseDelete|correction|apology):(internal|external)$/.test(key)) as [
    DraftKey,
    { subject: string; body: string },
  ][];
  const validActions = actions.flatMap((a): IncidentAction[] => {
    const at = validDate(a.at);
    return at === null ? [] : [{ ...a, at }];
  });
  // Stored keys are untrusted text again: back through the parser, which gives a well-formed key
  // back as it was (a malformed recipient has no override to keep: it can't be added or removed).
  const validOverrides = overrides.flatMap(([address, included]) => {
    const parsed = parseAddress(address);
    return parsed.valid ? [[parsed.key, included] as const] : [];
  });
  const restored = { template, overrides: new Map(validOverrides), texts: new Map(validTexts), actions: validActions };
  return replacement === undefined ? restored : { ...restored, replacement };
}

/** FNV-1a: the storage key must not spell out the item id (it may hold the subject). */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Sandboxed frames may refuse any access to web storage.
    return null;
  }
}

/**
 * sessionStorage where the page may use it; else memory, which lasts as long as the page. The
 * plan's follow-up decisions (issue #13) are keyed by address, so they stay in memory for the page
 * (they outlive re-checks and "Try again", not a reload): no address is ever written to storage.
 */
export function browserSessionStore(storage: Storage | null = tabStorage()): SessionStore {
  const memory = new Map<string, FollowUpSession>();
  const decisions = new Map<string, FollowUpSession['decisions']>();
  const withDecisions = (key: string, stored: Omit<FollowUpSession, 'decisions'> | null): FollowUpSession | null =>
    stored === null ? null : { ...stored, decisions: decisions.get(key) ?? new Map() };
  return {
    load(itemId) {
      const key = PREFIX + hashOf(itemId);
      if (storage === null) return memory.get(key) ?? null;
      let json: string | null;
      try {
        json = storage.getItem(key);
      } catch {
        return memory.get(key) ?? null;
      }
      return json === null ? (memory.get(key) ?? null) : withDecisions(key, fromStored(json));
    },
    save(itemId, session) {
      const key = PREFIX + hashOf(itemId);
      decisions.set(key, session.decisions);
      try {
        if (storage === null) throw new Error('no storage');
        storage.setItem(key, JSON.stringify(toStored(session)));
        memory.delete(key);
      } catch {
        // Refused or full: the session still lasts in memory for this page.
        memory.set(key, session);
      }
    },
  };
}
