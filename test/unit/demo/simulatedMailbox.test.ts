/**
 * The simulated tenant lists messages the way Graph documents (user-list-messages.md): no order
 * unless asked, a default page of 10, @odata.nextLink to go on, and 400 InefficientFilter when
 * the $orderby property does not lead the $filter. A busy mailbox hides the relevant item beyond
 * the first page of an unordered read.
 */
import { simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { GRAPH_ORIGIN } from '../../../src/graph/graphClient';
import { setupMswForFile } from '../../builders/graph';
import { aScenario } from '../../builders/scenario';

const { server } = setupMswForFile();
const boris = 'boris.ivanov@contoso.com';
const CLASS = "singleValueExtendedProperties/any(ep:ep/id eq 'String 0x001A' and ep/value eq 'REPORT.IPM.Note.IPNRN')";

async function get(pathAndQuery: string) {
  const response = await fetch(`${GRAPH_ORIGIN}/v1.0${pathAndQuery}`, { headers: { Authorization: 'Bearer demo' } });
  return {
    status: response.status,
    body: (await response.json()) as {
      value?: { subject: string; from: { emailAddress: { address: string } } }[];
      '@odata.nextLink'?: string;
      error?: { code: string };
    },
  };
}
const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('ordering and filtering', () => {
  it('an $orderby whose property does not lead the $filter: 400 InefficientFilter', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to(boris).readBy(boris).build()));
    const answer = await get(`/me/messages${q({ $filter: `${CLASS} and receivedDateTime ge 2026-11-25T09:00:00Z`, $orderby: 'receivedDateTime' })}`);
    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'InefficientFilter', message: 'The restriction or sort order is too complex for this operation.' } },
    });
  });

  it('the same, with the time leading: accepted, only what arrived since then', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to(boris).readBy(boris).set('tenant.busyMailbox', 3).build()));
    const answer = await get(
      `/me/messages${q({ $filter: `receivedDateTime ge 2026-11-25T09:50:00Z and ${CLASS}`, $orderby: 'receivedDateTime', $top: '100' })}`,
    );
    expect(answer.status).toBe(200);
    // 3 unrelated receipts since sending (3 older ones are filtered out), then Boris's.
    expect(answer.body.value?.map((m) => m.from.emailAddress.address)).toEqual([
      'colleague0@contoso.com',
      'colleague1@contoso.com',
      'colleague2@contoso.com',
      boris,
    ]);
  });
});

describe('paging', () => {
  it('no $top: a page of 10 and a nextLink that reads the rest', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to(boris).set('tenant.busyMailbox', 8).build()));
    const first = await get(`/me/messages${q({ $filter: CLASS })}`);
    expect(first.body.value).toHaveLength(10);
    const next = first.body['@odata.nextLink'];
    expect(next).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/me\/messages\?/);
    const second = await get((next ?? '').replace(`${GRAPH_ORIGIN}/v1.0`, ''));
    expect(second.body.value).toHaveLength(6);
    expect(second.body['@odata.nextLink']).toBeUndefined();
  });

  it('busy mailbox: an unordered first page of 100 holds no receipt for our message', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to(boris).readBy(boris).set('tenant.busyMailbox', 150).build()));
    const page = await get(`/me/messages${q({ $filter: CLASS, $top: '100' })}`);
    expect(page.body.value).toHaveLength(100);
    expect(page.body.value?.some((m) => m.from.emailAddress.address === boris)).toBe(false);
    expect(page.body['@odata.nextLink']).toBeDefined();
  });
});

describe('Sent Items by subject (the probe for other messages with the same subject)', () => {
  const subject = "Budget and plan: Alex's draft";
  const probe = `/me/mailFolders/sentitems/messages${q({ $filter: `subject eq '${subject.replace(/'/g, "''")}'`, $select: 'id', $top: '2' })}`;

  it('finds the sent message itself, its subject matched whole (an " and " and a doubled quote inside the literal)', async () => {
    server.use(...simulatedTenantHandlers(aScenario().subject(subject).to(boris).build()));
    expect((await get(probe)).body.value).toHaveLength(1);
  });

  it('and the other messages sent with that subject (`tenant.sentWithSameSubject`)', async () => {
    server.use(...simulatedTenantHandlers(aScenario().subject(subject).to(boris).set('tenant.sentWithSameSubject', 3).build()));
    expect((await get(probe)).body.value).toHaveLength(2);
  });
});
