/**
 * Receipts, recall requests and reports in a busy mailbox (issue 11 item 4). Graph lists
 * messages in no particular order, a page at a time (user-list-messages.md): the lists must be
 * filtered on time since sending, ordered the way Graph accepts ($orderby leading the $filter),
 * and followed through @odata.nextLink within a bound — at the bound, a stated gap.
 * Answered by a small paged mailbox over MSW, independent of the simulated tenant.
 */
import { checkMessage } from '../../../src/usecases/check/checkMessage';
import { SIMULATED_REST_ID, simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { sentItemOf } from '../../../src/demo/scenarioHost';
import { GRAPH_ORIGIN } from '../../../src/graph/graphClient';
import { MAX_PAGES } from '../../../src/graph/messageLists';
import { aGraphClient, batchEndpoint, emptyButValid, setupMswForFile, type InnerAnswer, type InnerRequest } from '../../builders/graph';
import { aScenario } from '../../builders/scenario';
import { servicesFor } from '../../builders/services';
import { graphAdapter } from '../../../src/graph/graphAdapter';

const { server, batchCalls } = setupMswForFile();
const boris = 'boris.ivanov@contoso.com';
const SUBJECT = 'Q4';
const SENT = '2026-11-25T09:56:00Z';

const receipt = (subject: string, from: string, minutes: number) => ({
  subject: `Read: ${subject}`,
  from: { emailAddress: { address: from } },
  receivedDateTime: new Date(new Date(SENT).getTime() + minutes * 60_000).toISOString(),
});

/** Read receipts in pages of 100: `pages` full pages of other messages' receipts, then Boris's (unless `endless`). */
function pagedReceipts(pages: number, { endless = false } = {}) {
  return (request: InnerRequest): InnerAnswer => {
    if (!request.url.startsWith('/me/messages?')) {
      const answer = emptyButValid(request);
      if (request.url.startsWith('/me/messages/')) {
        return { ...answer, body: { ...(answer.body as object), subject: SUBJECT, sentDateTime: SENT, toRecipients: [{ emailAddress: { address: boris } }] } };
      }
      return answer;
    }
    const skip = Number(new URL(request.url, GRAPH_ORIGIN).searchParams.get('$skip') ?? 0);
    const page = skip / 100;
    const next = `${GRAPH_ORIGIN}/v1.0/me/messages?$skip=${skip + 100}`;
    if (endless || page < pages)
      return {
        status: 200,
        body: { value: Array.from({ length: 100 }, (_, i) => receipt(`Other ${skip + i}`, `p${i}@contoso.com`, 1)), '@odata.nextLink': next },
      };
    return { status: 200, body: { value: [receipt(SUBJECT, boris, 2)] } };
  };
}

const scenario = aScenario().subject(SUBJECT).sentAt(SENT).to(boris).policy({ recallReadMessages: false }).build();

async function check() {
  const { services } = servicesFor(scenario);
  return checkMessage({ ...services, graph: graphAdapter(aGraphClient().client) }, sentItemOf(scenario));
}

describe('read receipts beyond the first page', () => {
  it('Boris’s receipt on page 2 is found: READ (and, as the org recalls only unread mail, not recallable)', async () => {
    server.use(batchEndpoint(pagedReceipts(1)));
    const outcome = await check();
    const b = outcome.assessment.recipients.find((r) => r.address === boris);
    expect(b?.reasons).toContain('READ');
    expect(b?.verdict).toBe('not-recallable');
    // The second page is one more $batch, carrying the nextLink as a relative URL.
    const calls = await batchCalls();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.map((r) => [r.id, r.url])).toEqual([['readReceipts', '/me/messages?$skip=100']]);
  });

  it(`more than ${MAX_PAGES} pages: reading stops at the bound and the pane says receipts are unknown`, async () => {
    server.use(batchEndpoint(pagedReceipts(0, { endless: true })));
    const outcome = await check();
    expect(await batchCalls()).toHaveLength(MAX_PAGES);
    expect(outcome.gaps).toContainEqual({ kind: 'readReceipts' });
  });

  it('a nextLink off Graph is not followed (the token goes to graph.microsoft.com only); the list is incomplete', async () => {
    server.use(
      batchEndpoint((r) => {
        const answer = pagedReceipts(1)(r);
        const body = answer.body as { '@odata.nextLink'?: string } | null;
        return body?.['@odata.nextLink']
          ? { ...answer, body: { ...body, '@odata.nextLink': 'https://graph.evil.example/v1.0/me/messages?$skip=100' } }
          : answer;
      }),
    );
    const outcome = await check();
    expect(await batchCalls()).toHaveLength(1);
    expect(outcome.gaps).toContainEqual({ kind: 'readReceipts' });
  });
});

describe('the query shapes Graph accepts', () => {
  it('each list is filtered from the sent time on, ordered by the property that leads its $filter, 100 a page', async () => {
    server.use(batchEndpoint(pagedReceipts(0)));
    await check();
    const [first] = await batchCalls();
    const query = (id: string) => Object.fromEntries(new URL(first?.find((r) => r.id === id)?.url ?? '/', GRAPH_ORIGIN).searchParams);
    // Five minutes' slack before the sent time for clock differences.
    expect(query('readReceipts')).toEqual({
      $filter: "receivedDateTime ge 2026-11-25T09:51:00Z and singleValueExtendedProperties/any(ep:ep/id eq 'String 0x001A' and contains(ep/value,'.IPNRN'))",
      $orderby: 'receivedDateTime',
      $select: 'subject,from,receivedDateTime',
      $top: '100',
    });
    expect(query('recallRequests')).toMatchObject({
      $filter: "sentDateTime ge 2026-11-25T09:51:00Z and singleValueExtendedProperties/any(ep:ep/id eq 'String 0x001A' and ep/value eq 'IPM.Outlook.Recall')",
      $orderby: 'sentDateTime',
    });
    // The mark is read with the message itself: one request, one mailbox slot.
    expect(first?.find((r) => r.id === 'message')?.url).toBe(
      `/me/messages/${SIMULATED_REST_ID}?$select=id,subject,sentDateTime,from,toRecipients,ccRecipients,bccRecipients,parentFolderId&$expand=${encodeURIComponent("singleValueExtendedProperties($filter=id eq 'String {8f1aeed5-05c7-4098-970d-66d9ce54bc45} Name RecallAssistantRecallAcceptedAt')")}`,
    );
  });
});

describe('the simulated tenant’s busy mailbox (`tenant.busyMailbox`)', () => {
  it('150 unrelated receipts and requests around ours: Boris’s receipt and an Outlook recall request are still found', async () => {
    const busy = aScenario()
      .subject(SUBJECT)
      .sentAt(SENT)
      .to(boris)
      .readBy(boris)
      .alreadyRecalled()
      .set('tenant.busyMailbox', 150)
      .policy({ recallReadMessages: false })
      .build();
    server.use(...simulatedTenantHandlers(busy));
    const { services } = servicesFor(busy);
    const outcome = await checkMessage({ ...services, graph: graphAdapter(aGraphClient().client) }, sentItemOf(busy));
    expect(outcome.assessment.recipients.find((r) => r.address === boris)?.reasons).toContain('READ');
    expect(outcome.earlierRecall).toMatchObject({ byAddIn: false, source: 'recall-request' });
    expect(outcome.gaps).toEqual([]);
    // The Inbox holds 300 messages since sending: the cloud report list (every Inbox message, 50 a
    // page, read to MAX_PAGES as tracking reads it) takes 4 more $batch rounds, which carry page 2
    // of the receipts and of the requests too; then one for the Sent Items probe, since a recall
    // request carries the subject (is it the user's only message with it?).
    expect((await batchCalls()).length).toBe(6);
  });
});
