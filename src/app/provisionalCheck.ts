import type { SentItemFacts } from '../host/outlookHost';
import { checkMessage, type CheckOutcome } from './checkMessage';
import type { Services } from './services';

/**
 * The verdict from what Outlook alone shows, painted while Graph is asked (DESIGN.md: "a
 * provisional verdict from Office.js at once"): the same rules on the same item without Graph,
 * so colleagues are judged by the sender's own domain (uncertain, fail closed) until MailTips
 * answers. Its gaps are not shown (the pane says "provisional" instead), and it never leads
 * anywhere: the wizard waits for the final verdict before any action. null when there is nothing
 * to wait for (no Graph here), since the final verdict then comes at once.
 */
export async function provisionalCheck(services: Pick<Services, 'host' | 'graph' | 'policy' | 'clock'>, item: SentItemFacts): Promise<CheckOutcome | null> {
  const graphWillAnswer = services.graph !== null && item.restId !== null && services.host.info.accountKind !== 'consumer';
  if (!graphWillAnswer) return null;
  const outcome = await checkMessage({ ...services, graph: null }, item);
  return { ...outcome, gaps: [] };
}
