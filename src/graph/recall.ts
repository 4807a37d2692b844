import * as v from 'valibot';
import { READ_SCOPES, RECALL_SCOPES } from '../auth/tokenProvider';
import { fail, ok, type Result } from '../domain/failure';
import { subjectRefersTo } from '../domain/mailboxEvidence';
import type { FoundReports, RecallReport } from '../domain/recallTracking';
import type { GraphClient } from './graphClient';
import { readAllPages } from './messageLists';
import { parseWith } from './recallFacts';
import { bothFailed, classicReports, flaggedCloudReports, readCandidates, reportListRequests } from './reportLists';
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

const organizationSchema = v.object({ value: v.array(v.object({ verifiedDomains: v.optional(v.array(v.object({ name: v.string() })), []) })) });

/** What identifies the recalled message to Graph: its subject (reports carry it) and its REST id (the Sent Items probe). */
export interface ReportedMessage {
  readonly subject: string;
  readonly restId: string;
}

/**
 * Reads the recall reports in the Inbox since the message was sent (the two lists of
 * reportLists.ts, paged as messageLists.ts explains, to their end or MAX_PAGES), the tenant's
 * verified domains (trackRecall accepts only reports from inside), then, when something carries
 * our subject, the bodies of those cloud reports and whether the user sent another message with
 * that subject (readCandidates). An unread rest makes it `complete: false`.
 */
export async function fetchRecallReports(client: GraphClient, sentAt: Date | null, about: ReportedMessage): Promise<Result<FoundReports>> {
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

  const classicTie = classic.ok && classic.value.reports.some((r) => subjectRefersTo(r.message.subject, about.subject));
  const candidates = await readCandidates(client, READ_SCOPES, cloud.ok ? cloud.value.flagged : [], about, classicTie);
  const reports: RecallReport[] = [...(classic.ok ? classic.value.reports : []), ...candidates.cloud];
  const complete = classic.ok && classic.value.complete && cloud.ok && cloud.value.complete && candidates.bodiesComplete;
  return ok({ reports, tenantDomains: organization.value, complete, subjectUnique: candidates.subjectUnique });
}
