/**
 * The simulated Drafts folder of the safety window (src/demo/simulatedHeldDrafts.ts), over HTTP:
 * what its Exchange does with a held draft (#23 item 2: deleting it is what stops it; a kept one
 * leaves at its time), and that it answers only what a request's $filter asks (#23 item 8).
 */
import { heldDraftHandlers, HeldDraftStore } from '../../../src/demo/simulatedHeldDrafts';
import { GRAPH_ORIGIN } from '../../../src/graph/graphClient';
import { listHeld } from '../../../src/graph/heldMessages';
import { NOW } from '../../builders/domain';
import { aGraphClient, setupMswForFile } from '../../builders/graph';
import { aScenario } from '../../builders/scenario';

const msw = setupMswForFile();

const inMinutes = (m: number) => new Date(NOW.getTime() + m * 60_000);

/** A clock the test moves on, as the minutes of a hold pass. */
function simulatedMailbox() {
  let now = NOW;
  const store = new HeldDraftStore();
  msw.server.use(...heldDraftHandlers(aScenario().build(), store, () => now));
  const { client } = aGraphClient({ maxAttempts: 1 });
  return {
    store,
    at: (minutes: number) => void (now = inMinutes(minutes)),
    listed: async () => {
      const result = await listHeld(client, now);
      if (!result.ok) throw new Error('the simulated Drafts failed');
      return result.value.held.map((h) => h.subject);
    },
  };
}

const held = (store: HeldDraftStore, subject: string, minutes: number | null) =>
  store.add({ subject, to: ['dmitry.k@gmail.com'], cc: [], bcc: [], deliverAt: minutes === null ? null : inMinutes(minutes) });

describe('what the simulated Exchange does with a held draft', () => {
  it('a kept draft waits in Drafts until its time, then is delivered at that time', async () => {
    const mailbox = simulatedMailbox();
    const draft = held(mailbox.store, 'Q4 budget', 10);
    mailbox.at(9);
    expect(await mailbox.listed()).toEqual(['Q4 budget']);
    expect(mailbox.store.delivered()).toEqual([]);
    mailbox.at(10);
    expect(await mailbox.listed()).toEqual([]);
    expect(mailbox.store.delivered()).toEqual([{ id: draft.id, deliveredAt: inMinutes(10) }]);
  });

  it('a draft the user deleted before its time is never delivered; the one kept beside it is', async () => {
    const mailbox = simulatedMailbox();
    const deleted = held(mailbox.store, 'To Dmitry by mistake', 10);
    const kept = held(mailbox.store, 'To Dmitry on purpose', 10);
    mailbox.at(4);
    expect(mailbox.store.delete(deleted.id)).toBe(true);
    expect(await mailbox.listed()).toEqual(['To Dmitry on purpose']);
    mailbox.at(60);
    await mailbox.listed();
    expect(mailbox.store.delivered().map((d) => d.id)).toEqual([kept.id]);
  });
});

describe('the simulated Drafts answers only what the $filter asks', () => {
  const drafts = `${GRAPH_ORIGIN}/v1.0/me/mailFolders/drafts/messages`;
  const get = async (query: string) => {
    const response = await fetch(`${drafts}?${query}`, { headers: { Authorization: 'Bearer demo' } });
    return { status: response.status, body: (await response.json()) as { value?: { subject: string }[]; '@odata.nextLink'?: string } };
  };

  it('with the deferred-send-time filter: only drafts that have one; without a filter: every draft, a page of 10', async () => {
    const mailbox = simulatedMailbox();
    for (let i = 0; i < 12; i++) held(mailbox.store, `Plain ${i}`, null);
    held(mailbox.store, 'Held', 5);
    const filtered = await get(`$filter=${encodeURIComponent("singleValueExtendedProperties/any(ep:ep/id eq 'SystemTime 0x3FEF')")}&$select=subject`);
    expect(filtered.body.value?.map((m) => m.subject)).toEqual(['Held']);
    const all = await get('$select=subject');
    expect(all.body.value).toHaveLength(10);
    expect(all.body['@odata.nextLink']).toContain('%24skip=10');
  });

  it('a filter it does not know is refused with 400, never ignored', async () => {
    simulatedMailbox();
    const refused = await get(`$filter=${encodeURIComponent("singleValueExtendedProperties/any(ep:ep/id eq 'String 0x001A')")}`);
    expect(refused.status).toBe(400);
  });
});
