import * as v from 'valibot';
import { READ_SCOPES, RECALL_SCOPES } from '../auth/tokenProvider';
import { fail, ok, type Failure, type Result } from '../domain/failure';
import type { RecallReport } from '../domain/recallTracking';
import type { GraphClient } from './graphClient';
import { messageClassFilter, parseWith, RELATED_TOP, relatedMessageSchema, toRelatedMessage } from './recallFacts';
import { graphPath } from './requestPaths';

/** A recall is worth a little more patience than a read: the user just asked for it. */
export const RECALL_BUDGET_MS = 15_000;

/**
 * Asks Exchange Online to recall the message (Graph beta: 202 Accepted, no body, no status
 * handle; microsoft-graph-docs-contrib api-reference/beta/api/message-recall.md). Beta endpoints
 * may change or vanish, so every refusal maps to "use Outlook's command". Retries are the client's
 * one policy: a 401 once with a fresh token (consent may just have been granted), throttling as
 * asked, 5xx and time-outs with backoff, all within RECALL_BUDGET_MS.
 */
export async function requestRecall(client: GraphClient, restId: string): Promise<Result<'accepted'>> {
  const response = await client.call('beta', { method: 'POST', url: graphPath('recall', { id: restId }) }, RECALL_SCOPES, { budget: client.budget(RECALL_BUDGET_MS) });
  return response.ok ? ok('accepted') : fail(response.failure);
}

const reportListSchema = v.object({
  value: v.array(v.object({ ...relatedMessageSchema.entries, body: v.optional(v.nullable(v.object({ content: v.optional(v.nullable(v.string())) }))) })),
});

export const RECALL_SUCCESS_CLASS = 'IPM.Recall.Report.Success';
export const RECALL_FAILURE_CLASS = 'IPM.Recall.Report.Failure';
export const CLOUD_REPORT_SUBJECT = 'Message Recall Report';

/** One $batch (one HTTP request) reading every recall report in the mailbox. */
export async function fetchRecallReports(client: GraphClient): Promise<Result<RecallReport[]>> {
  const list = (filter: string, select: string) => graphPath('mailboxMessages', { query: `$filter=${encodeURIComponent(filter)}&$select=${select}&$top=${RELATED_TOP}` });
  const batch = await client.batch(
    [
      { id: 'success', method: 'GET', url: list(messageClassFilter(RECALL_SUCCESS_CLASS), 'subject,from,receivedDateTime') },
      { id: 'failure', method: 'GET', url: list(messageClassFilter(RECALL_FAILURE_CLASS), 'subject,from,receivedDateTime') },
      { id: 'cloud', method: 'GET', url: list(`startswith(subject,'${CLOUD_REPORT_SUBJECT}')`, 'subject,from,receivedDateTime,body') },
    ],
    READ_SCOPES,
  );
  if (!batch.ok) return batch;
  const reports: RecallReport[] = [];
  const failures: Failure[] = [];
  for (const id of ['success', 'failure', 'cloud'] as const) {
    const parsed = parseWith(batch.value.get(id), reportListSchema, 'recall reports', (body) => body.value);
    if (!parsed.ok) {
      failures.push(parsed.failure);
      continue;
    }
    for (const m of parsed.value) {
      const message = toRelatedMessage(m);
      reports.push(id === 'cloud' ? { kind: 'cloud', message, bodyHtml: m.body?.content ?? '' } : { kind: 'classic', outcome: id === 'success' ? 'succeeded' : 'failed', message });
    }
  }
  // All three lists failing is a failure; one failing still lets the others inform.
  const [first] = failures;
  return failures.length === 3 && first !== undefined ? fail(first) : ok(reports);
}
