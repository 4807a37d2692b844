import * as v from 'valibot';
import { READ_SCOPES, RECALL_SCOPES } from '../auth/tokenProvider';
import { fail, ok, type Failure, type Result } from '../domain/failure';
import type { RecallReport } from '../domain/recallTracking';
import { failureForStatus, type GraphClient, type RawResponse } from './graphClient';
import { messageClassFilter, RELATED_TOP } from './recallFacts';
import { graphPath } from './requestPaths';

/** Why the add-in can't recall itself: the user is sent to Outlook's own Recall command. */
export type RecallRefusal = Failure;

export interface RecallAttemptOptions {
  /** Attempts for server errors and time-outs (throttling is retried inside the client). */
  readonly attempts?: number;
  readonly backoffMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Asks Exchange Online to recall the message (Graph beta: 202 Accepted, no body, no status
 * handle). Beta endpoints may change or vanish, so every refusal maps to "use Outlook's command".
 * 401 gets one more try with a fresh token (consent may just have been granted); 5xx and
 * time-outs are retried with backoff.
 */
export async function requestRecall(client: GraphClient, restId: string, options: RecallAttemptOptions = {}): Promise<Result<'accepted'>> {
  const attempts = options.attempts ?? 3;
  const backoffMs = options.backoffMs ?? 1000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let unauthorisedOnce = false;
  let last: Failure = { kind: 'unexpected', correlationId: 'recall' };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const response = await client.call('beta', { method: 'POST', url: graphPath('recall', { id: restId }) }, RECALL_SCOPES);
    if (response.ok) return ok('accepted');
    last = response.failure;
    if (last.kind === 'consent-required' && !unauthorisedOnce) {
      unauthorisedOnce = true;
      attempt--;
      continue;
    }
    // Throttling was already retried inside the client; only server errors and time-outs here.
    if (last.kind !== 'server-error' && last.kind !== 'timeout') break;
    if (attempt < attempts) await sleep(backoffMs * 2 ** (attempt - 1));
  }
  return fail(last);
}

const reportListSchema = v.object({
  value: v.array(
    v.object({
      subject: v.optional(v.nullable(v.string())),
      from: v.optional(v.nullable(v.object({ emailAddress: v.object({ address: v.optional(v.nullable(v.string())) }) }))),
      receivedDateTime: v.optional(v.nullable(v.string())),
      body: v.optional(v.nullable(v.object({ content: v.optional(v.nullable(v.string())) }))),
    }),
  ),
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
    const parsed = parseList(batch.value.get(id));
    if (!parsed.ok) {
      failures.push(parsed.failure);
      continue;
    }
    for (const m of parsed.value) {
      const date = m.receivedDateTime ? new Date(m.receivedDateTime) : null;
      const message = { subject: m.subject ?? '', from: m.from?.emailAddress.address ?? '', dateTime: date && !Number.isNaN(date.getTime()) ? date : null };
      reports.push(id === 'cloud' ? { kind: 'cloud', message, bodyHtml: m.body?.content ?? '' } : { kind: 'classic', outcome: id === 'success' ? 'succeeded' : 'failed', message });
    }
  }
  // All three lists failing is a failure; one failing still lets the others inform.
  const [first] = failures;
  return failures.length === 3 && first !== undefined ? fail(first) : ok(reports);
}

function parseList(response: Result<RawResponse> | undefined): Result<v.InferOutput<typeof reportListSchema>['value']> {
  if (response === undefined) return fail({ kind: 'malformed-response', what: 'recall reports' });
  if (!response.ok) return response;
  const failure = failureForStatus(response.value);
  if (failure !== null) return fail(failure);
  const parsed = v.safeParse(reportListSchema, response.value.body);
  return parsed.success ? ok(parsed.output.value) : fail({ kind: 'malformed-response', what: 'recall reports' });
}
