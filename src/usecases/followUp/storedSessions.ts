import * as v from 'valibot';
import { parseAddress } from '../../domain/address';
import type { IncidentAction } from '../../domain/incidentSummary';
import { validDate } from '../../domain/validDate';
import { sealedEntries } from './sealedEntries';
import type { DraftKey, FollowUpSession } from './session';

/**
 * Follow-up sessions outlive the components that edit them: an error-boundary "Try again", the
 * same message selected again, and a page reload in the same tab (the demo's language switch)
 * find what the user typed. The page keeps them in memory; the tab's sessionStorage (never
 * localStorage: nothing outlives the tab) keeps them sealed under the item id (sealedEntries.ts),
 * so no address, subject or text in them is readable there. Nothing here is ever logged.
 */
export interface SessionStore {
  /** This page's session for the item, at once. */
  load(itemId: string): FollowUpSession | null;
  /**
   * What the tab kept for the item before a reload, opened in the background; the page's own
   * session when it has one (what the user did since the reload wins). null: nothing kept.
   */
  restore(itemId: string): Promise<FollowUpSession | null>;
  /** Kept for the page at once, sealed into the tab's storage in the background (settled when written, or refused). */
  save(itemId: string, session: FollowUpSession): Promise<void>;
}

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
 * The plan's follow-up decisions are not in it: they are kept for the page only.
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

function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Sandboxed frames may refuse any access to web storage.
    return null;
  }
}

/** The Web Crypto API; absent outside a secure context (the add-in is served over HTTPS). */
function pageCrypto(): Crypto | null {
  return typeof crypto === 'undefined' || typeof crypto.subtle === 'undefined' ? null : crypto;
}

/**
 * Writes still being sealed, per storage, for the whole page: a store made later in the same page
 * (the pane mounted again) reads only after them, so it never restores an older copy.
 */
const sealing = new WeakMap<Storage, Promise<void>>();

/** Settles once every write this page began on `storage` is sealed or refused. */
export function sealedWritesSettled(storage: Storage): Promise<void> {
  return sealing.get(storage) ?? Promise.resolve();
}

/**
 * Memory for the page, and sealed sessionStorage where the page has both storage and Web Crypto;
 * without them (or when storage refuses a write: full, sandboxed) the session lasts as long as
 * the page. The plan's follow-up decisions are kept for the page only (fromStored).
 */
export function browserSessionStore(storage: Storage | null = tabStorage(), webCrypto: Crypto | null = pageCrypto()): SessionStore {
  const memory = new Map<string, FollowUpSession>();
  const sealed = storage === null || webCrypto === null ? null : sealedEntries(storage, webCrypto);
  return {
    load: (itemId) => memory.get(itemId) ?? null,
    async restore(itemId) {
      if (memory.has(itemId) || sealed === null || storage === null) return memory.get(itemId) ?? null;
      await sealing.get(storage);
      let text: string | null = null;
      try {
        text = await sealed.read(itemId);
      } catch {
        // Storage refused the read: nothing to restore.
      }
      const stored = text === null ? null : fromStored(text);
      if (stored !== null && !memory.has(itemId)) memory.set(itemId, { ...stored, decisions: new Map() });
      return memory.get(itemId) ?? null;
    },
    save(itemId, session) {
      memory.set(itemId, session);
      if (sealed === null || storage === null) return Promise.resolve();
      // One write at a time, each sealing the item's latest session: a slow earlier write never lands last.
      const next = (sealing.get(storage) ?? Promise.resolve()).then(async () => {
        const latest = memory.get(itemId);
        // Refused or full: the session still lasts in memory for this page.
        if (latest !== undefined) await sealed.write(itemId, JSON.stringify(toStored(latest))).catch(() => undefined);
      });
      sealing.set(storage, next);
      return next;
    },
  };
}
