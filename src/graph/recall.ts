import * as v from 'valibot';
import { READ_SCOPES, RECALL_SCOPES } from '../auth/tokenProvider';
import { fail, ok, type Result } from '../domain/failure';
import type { FoundReports, RecallReport } from '../domain/recallTracking';
import { BATCH_LIMIT, type GraphClient } from './graphClient';
import { readAllPages } from './messageLists';
import { parseWith } from './recallFacts';
import { readReportBody } from './reportBody';
import { bothFailed, classicReports, flaggedCloudReports, reportListRequests } from './reportLists';
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
  const response = await client.call('beta', { method: 'POST', url: graphPath('recall', { id: restId }) }, RECALL_SCOPES, {
    budget: client.budget(RECALL_BUDGET_MS),
  });
  return response.ok ? ok('accepted') : fail(response.failure);
}

/** Reports are looked for from a little before the message was sent (clocks differ). */
const CLOCK_SLACK_MS = 5 * 60_000;

const bodyOnlySchema = v.object({ body: v.optional(v.nullable(v.object({ content: v.optional(v.nullable(v.string())) }))) });
const organizationSchema = v.object({ value: v.array(v.object({ verifiedDomains: v.optional(v.array(v.object({ name: v.string() })), []) })) });

/**
 * Reads the recall reports in the Inbox since the message was sent (the two lists of
 * reportLists.ts, paged as messageLists.ts explains), then the bodies of the cloud reports
 * (GET /me/mailFolders/inbox/messages/{id}?$select=body), and the tenant's verified domains, so
 * that trackRecall accepts only reports from inside. An unread rest makes it `complete: false`.
 */
export async function fetchRecallReports(client: GraphClient, sentAt: Date | null): Promise<Result<FoundReports>> {
  const since = sentAt === null ? null : new Date(sentAt.getTime() - CLOCK_SLACK_MS);
  const first = await client.batch(
    [
      { id: 'organization', method: 'GET', url: graphPath('organization', { query: '$select=verifiedDomains' }) },
      ...reportListRequests(since, { classic: 'classic', cloud: 'cloud' }),
    ],
    READ_SCOPES,
  );
  if (!first.ok) return first;
  const organization = parseWith(first.value.get('organization'), organizationSchema, 'organization', (org) =>
    org.value.flatMap((o) => o.verifiedDomains.map((d) => d.name.toLowerCase())),
  );
  // Without the tenant's domains no report can be judged genuine: say so rather than guess.
  if (!organization.ok) return organization;
  const paged = await readAllPages(client, new Map(['classic', 'cloud'].map((id) => [id, first.value.get(id)])), READ_SCOPES);
  const classic = classicReports(paged.lists.get('classic'));
  const cloud = flaggedCloudReports(paged.lists.get('cloud'));
  const failed = bothFailed(classic, cloud);
  if (failed !== null) return failed;

  const reports: RecallReport[] = classic.ok ? [...classic.value.reports] : [];
  let bodiesComplete = true;
  if (cloud.ok) {
    // The list runs oldest first; one report arrives per recall, so the newest few bodies are enough.
    const wanted = cloud.value.flagged.slice(-BATCH_LIMIT);
    bodiesComplete = wanted.length === cloud.value.flagged.length;
    if (wanted.length > 0) {
      const bodies = await client.batch(
        wanted.map((m, i) => ({ id: `body-${i}`, method: 'GET', url: graphPath('inboxMessage', { id: m.id, query: '$select=body' }) })),
        READ_SCOPES,
      );
      wanted.forEach((m, i) => {
        const body = parseWith(bodies.ok ? bodies.value.get(`body-${i}`) : bodies, bodyOnlySchema, 'recall report body', (b) => b.body?.content ?? '');
        if (body.ok) reports.push({ ...m.report, body: readReportBody(body.value) });
        else bodiesComplete = false;
      });
    }
  }
  const complete = classic.ok && classic.value.complete && cloud.ok && cloud.value.complete && bodiesComplete;
  return ok({ reports, tenantDomains: organization.value, complete });
}
