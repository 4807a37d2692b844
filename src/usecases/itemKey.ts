import type { SentItemFacts } from '../host/outlookHost';

/**
 * Which message, and which check of it, an asynchronous answer belongs to. `itemId` names the
 * message (the same message selected again has the same id); `attempt` counts checks in this pane,
 * so a late answer from an earlier check, of this or another message, is recognised and dropped.
 */
export interface ItemKey {
  readonly itemId: string;
  readonly attempt: number;
}

/**
 * The Graph id where Outlook gives one (none on mobile), with what Office.js shows of the message:
 * the same message selected again has the same id; the demo's scenarios, which share one
 * simulated Graph id, still differ. Kept in memory, never stored (it keys the sealed follow-up entry), never logged.
 */
export function itemIdOf(item: SentItemFacts): string {
  const sent = item.sentDateTime !== null && !Number.isNaN(item.sentDateTime.getTime()) ? item.sentDateTime.toISOString() : '';
  return `${item.restId ?? 'no-rest-id'}|${item.from}|${sent}|${item.subject}`;
}

export function sameKey(a: ItemKey, b: ItemKey): boolean {
  return a.itemId === b.itemId && a.attempt === b.attempt;
}
