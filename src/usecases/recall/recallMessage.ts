import type { Failure } from '../../domain/failure';
import type { GraphPort } from '../../graph/graphPort';
import type { ItemKey } from '../itemKey';

/** The recall's answer, for the item it was sent for (the wizard drops it anywhere else). */
export type RecallAnswer =
  | { readonly type: 'recall-accepted'; readonly key: ItemKey; readonly at: Date }
  | { readonly type: 'recall-refused'; readonly key: ItemKey; readonly failure: Failure };

/**
 * Asks Exchange Online to recall the message once and answers for `key`. When it was accepted
 * and `stillWanted()` says the pane is still on this item (read before `answer`, whose state may
 * unmount the confirmation), marks the message so a reopened pane knows of this recall (a Graph
 * recall leaves no recall request in Sent Items). The mark is best effort, after the answer and
 * never awaited: losing it loses only that, the reports still tell the outcome.
 */
export async function recallMessage(
  graph: GraphPort,
  restId: string,
  key: ItemKey,
  { clock, stillWanted, answer }: { readonly clock: () => Date; readonly stillWanted: () => boolean; readonly answer: (answer: RecallAnswer) => void },
): Promise<void> {
  const result = await graph.requestRecall(restId);
  const stillThisItem = stillWanted();
  const at = clock();
  answer(result.ok ? { type: 'recall-accepted', key, at } : { type: 'recall-refused', key, failure: result.failure });
  if (result.ok && stillThisItem) void graph.setRecallMark(restId, at);
}
