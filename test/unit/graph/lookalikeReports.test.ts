/**
 * Look-alike recall reports (issue 12, and issue 11 item 3): a report counts only with the
 * evidence Exchange gives — in the Inbox (never Junk Email), from inside the tenant, marked as a
 * report (message class, or the cloud report header) — and only Microsoft links are offered.
 * A mailbox over MSW that keeps folders apart: /me/messages sees every folder, the Inbox only its own.
 */
import { memoryRecallStore, SIMULATED_REST_ID, simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { trackRecall } from '../../../src/domain/recallTracking';
import { fetchRecallReports } from '../../../src/graph/recall';
import type { GraphClient } from '../../../src/graph/graphClient';
import { aGraphClient, batchEndpoint, setupMswForFile, type InnerAnswer, type InnerRequest } from '../../builders/graph';
import { aScenario } from '../../builders/scenario';
import { keyOf } from '../../builders/domain';

const { server } = setupMswForFile();
const boris = 'boris.ivanov@contoso.com';
const maria = 'maria.sokolova@contoso.com';
const SUBJECT = 'Q4 budget';
const SENT = new Date('2026-11-25T09:56:00Z');

interface Stored {
  readonly id: string;
  readonly folder: 'inbox' | 'junkemail';
  readonly from: string;
  readonly link: string;
  /** Default: an English cloud report. */
  readonly subject?: string;
  readonly status?: string;
}

const table = (status = 'Succeeded') => `<table><tr><td>${boris}</td><td>${status}</td></tr><tr><td>${maria}</td><td>${status}</td></tr></table>`;
const asGraph = (m: Stored) => ({
  id: m.id,
  subject: m.subject ?? `Message Recall Report: ${SUBJECT}`,
  from: { emailAddress: { address: m.from } },
  receivedDateTime: '2026-11-25T10:01:00Z',
  internetMessageHeaders: [{ name: 'X-MS-Exchange-RecallReportGenerated', value: 'true' }],
  body: { contentType: 'html', content: `<p>Your recall request has been processed.</p>${table(m.status)}<a href="${m.link}">View the full report</a>` },
});

function mailbox(stored: readonly Stored[]) {
  return (r: InnerRequest): InnerAnswer => {
    if (r.url.startsWith('/organization')) return { status: 200, body: { value: [{ verifiedDomains: [{ name: 'contoso.com' }] }] } };
    if (r.url.startsWith('/me/messages?')) {
      // As Exchange would: a subject filter, if any, is applied.
      const prefix = /startswith\(subject,'([^']*)'\)/.exec(decodeURIComponent(r.url))?.[1];
      return { status: 200, body: { value: stored.map(asGraph).filter((m) => prefix === undefined || m.subject.startsWith(prefix)) } };
    }
    const inbox = stored.filter((m) => m.folder === 'inbox');
    const one = /^\/me\/mailFolders\/inbox\/messages\/([^?]+)/.exec(r.url);
    if (one) {
      const m = inbox.find((s) => s.id === one[1]);
      return m ? { status: 200, body: { id: m.id, body: asGraph(m).body } } : { status: 404, body: { error: { code: 'ErrorItemNotFound', message: '' } } };
    }
    if (r.url.startsWith('/me/mailFolders/inbox/messages?'))
      return { status: 200, body: { value: r.url.includes('IPM.Recall.Report') ? [] : inbox.map(asGraph) } };
    return { status: 200, body: { value: [] } };
  };
}

/** Reads the reports and tracks Boris and Maria. */
async function track(client: GraphClient) {
  const reports = await fetchRecallReports(client, SENT, { subject: SUBJECT, restId: SIMULATED_REST_ID });
  if (!reports.ok) throw new Error(`expected reports, got ${reports.failure.kind}`);
  return trackRecall([boris, maria].map(keyOf), reports.value, { subject: SUBJECT, recipients: new Set([boris, maria].map(keyOf)) }, SENT);
}

describe('look-alike reports settle nobody', () => {
  it('one from an outside address (in the Inbox) and one from "Exchange" in Junk Email: both pending, no link', async () => {
    server.use(
      batchEndpoint(
        mailbox([
          { id: 'outside', folder: 'inbox', from: 'microsoftexchange@contoso-support.example', link: 'https://recall-report.example/r' },
          { id: 'junk', folder: 'junkemail', from: 'microsoftexchange@contoso.com', link: 'https://outlook.office.com/mail/r' },
        ]),
      ),
    );
    const snapshot = await track(aGraphClient().client);
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({ [boris]: 'pending', [maria]: 'pending' });
    expect(snapshot.reportUrl).toBeNull();
  });

  it('a genuine report whose link leads off Microsoft: the outcomes count, the link is not offered', async () => {
    server.use(batchEndpoint(mailbox([{ id: 'genuine', folder: 'inbox', from: 'microsoftexchange@contoso.com', link: 'https://recall-report.example/r' }])));
    const snapshot = await track(aGraphClient().client);
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({ [boris]: 'succeeded', [maria]: 'succeeded' });
    expect(snapshot.reportUrl).toBeNull();
  });
});

describe('a report in the mailbox’s language (item 3)', () => {
  it('a Russian cloud report ("Отчет об отзыве: …", Отозвано) settles the recipients: found by its header, not an English subject', async () => {
    server.use(
      batchEndpoint(
        mailbox([
          {
            id: 'ru',
            folder: 'inbox',
            from: 'microsoftexchange@contoso.com',
            link: 'https://outlook.office.com/mail/r',
            subject: `Отчет об отзыве: ${SUBJECT}`,
            status: 'Отозвано',
          },
        ]),
      ),
    );
    const snapshot = await track(aGraphClient().client);
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({ [boris]: 'succeeded', [maria]: 'succeeded' });
    expect(snapshot.settled).toBe(true);
  });
});

describe('the simulated tenant’s look-alike reports (the demo’s `tenant.lookalikeReports`)', () => {
  const recalledAMinuteAgo = () => {
    const store = memoryRecallStore();
    store.set(Date.now() - 60_000);
    return store;
  };
  const base = () => aScenario().subject(SUBJECT).sentAt(SENT.toISOString()).to(boris, maria).set('tenant.lookalikeReports', true);

  it('before Exchange’s own report arrives, the look-alikes leave everyone pending', async () => {
    server.use(...simulatedTenantHandlers(base().set('tenant.recall', { defaultAfterSeconds: 3600 }).build(), recalledAMinuteAgo()));
    const snapshot = await track(aGraphClient().client);
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({ [boris]: 'pending', [maria]: 'pending' });
    expect(snapshot.reportUrl).toBeNull();
  });

  it('Exchange’s own report settles them, and its outlook.office.com link is offered', async () => {
    server.use(
      ...simulatedTenantHandlers(
        base()
          .set('tenant.recall', { defaultAfterSeconds: 0, outcomes: { [maria]: { outcome: 'failed', afterSeconds: 0 } } })
          .build(),
        recalledAMinuteAgo(),
      ),
    );
    const snapshot = await track(aGraphClient().client);
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({ [boris]: 'succeeded', [maria]: 'failed' });
    expect(snapshot.reportUrl).toMatch(/^https:\/\/outlook\.office\.com\//);
  });
});
