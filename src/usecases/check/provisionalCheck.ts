import type { SentItemFacts } from '../../host/outlookHost';
import { asksGraph, checkMessage, type CheckOutcome, type CheckServices } from './checkMessage';
import type { ItemKey } from '../itemKey';

/**
 * The verdict from what Outlook alone shows, painted while Graph is asked (docs/architecture.md,
 * "The wizard and the recall plan": a provisional verdict from Office.js at once): the same rules on the same item without Graph,
 * so colleagues are judged by the sender's own domain (uncertain, fail closed) until MailTips
 * answers. Its gaps are not shown (the pane says "provisional" instead), and it never leads
 * anywhere: the wizard waits for the check step's verdict before any action (Graph's, or at the
 * check's deadline the one that states what is still missing). null when there is nothing to wait
 * for (no Graph here), since the final verdict then comes at once.
 */
export async function provisionalCheck(
  services: Pick<CheckServices, 'host' | 'graph' | 'policy' | 'clock'>,
  item: SentItemFacts,
  key: ItemKey,
): Promise<CheckOutcome | null> {
  if (!asksGraph(services, item)) return null;
  const outcome = await checkMessage({ ...services, graph: null }, item, key);
  return { ...outcome, gaps: [] };
}
