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
 * The Graph id where Outlook gives one; else (mobile) what Office.js shows of the message. Kept in
 * memory and in the tab's sessionStorage only, never logged.
 */
export function itemIdOf(item: SentItemFacts): string {
  if (item.restId !== null) return `rest:${item.restId}`;
  const sent = item.sentDateTime !== null && !Number.isNaN(item.sentDateTime.getTime()) ? item.sentDateTime.toISOString() : '';
  return `local:${item.from}|${sent}|${item.subject}`;
}

export function sameKey(a: ItemKey, b: ItemKey): boolean {
  return a.itemId === b.itemId && a.attempt === b.attempt;
}
