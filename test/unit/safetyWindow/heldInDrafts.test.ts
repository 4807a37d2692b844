/**
 * Issue #23 items 2, 3 and 5 at Send: the hold is offered only where Microsoft documents that the
 * held message waits in Drafts, editable (office-js-docs-pr docs/outlook/delay-delivery.md); the
 * alert promises only that, and says how to stop it; and the Send that lets a held message go
 * leaves its delivery time, nothing else, for the task pane. The handler runs whole against the
 * Office.js compose stand-in, Graph answered at the HTTP level by the simulated tenant.
 */
import { EXCHANGE_ONLINE_DEFAULTS } from '../../../src/domain/policy';
import { simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { sendTimeEvidence } from '../../../src/graph/sendTimeEvidence';
import { HELD_TIMES_KEY, localHeldTimes } from '../../../src/host/heldTimesStorage';
import { officeComposeItem } from '../../../src/launchevent/composeItem';
import { sendTimeClient } from '../../../src/launchevent/heldInDrafts';
import { holdAndSend } from '../../../src/launchevent/holdAndSend';
import { onMessageSendHandler, type SendTimeDeps } from '../../../src/launchevent/onMessageSend';
import { NOW } from '../../builders/domain';
import { aGraphClient, setupMswForFile } from '../../builders/graph';
import { aSendEvent, composeStandIn, type ComposeStandInOptions } from '../../builders/officeCompose';
import { aScenario } from '../../builders/scenario';

const msw = setupMswForFile();
afterEach(() => localStorage.clear());

const boris = { name: 'Boris Ivanov', address: 'boris.ivanov@contoso.com' };
const anna = { name: 'Anna Petrova', address: 'anna.petrova@gmail.com' };

function setUp(compose: ComposeStandInOptions) {
  const tenant = aScenario()
    .verifiedDomains('contoso.com')
    .mailTip(boris.address, { recipientScope: 'internal' })
    .mailTip(anna.address, { recipientScope: 'external' });
  msw.server.use(...simulatedTenantHandlers(tenant.build()));
  const standIn = composeStandIn({ to: [anna, boris], ...compose });
  const { client } = aGraphClient({ maxAttempts: 1 });
  const deps: SendTimeDeps = {
    item: officeComposeItem(standIn.office),
    config: async () => ({ recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window: { minutes: 10, for: 'outsiders', optInMinutes: 0, withoutGraph: 'sender-domain' } }),
    evidence: (addresses) => sendTimeEvidence(client, addresses, 'contoso.com'),
    now: () => NOW,
    heldTimes: localHeldTimes(),
  };
  return { deps, calls: standIn.calls };
}

async function send(deps: SendTimeDeps) {
  const { event, completed } = aSendEvent();
  await onMessageSendHandler(deps)(event);
  return completed[0] as Record<string, unknown>;
}

const inMinutes = (m: number) => new Date(NOW.getTime() + m * 60_000);
const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

// #23 item 3: a client that could not be identified was offered the hold. delay-delivery.md:
// web, new Outlook and Mac keep the held message in Drafts, editable; classic Windows can't
// cancel it; nothing is documented for anything else.
describe('the hold is offered only where the held message waits in Drafts', () => {
  it.each<[string, string, string, string]>([
    ['Outlook on the web', 'OutlookWebApp', 'OfficeOnline', '1.15'],
    ['new Outlook on Windows', 'newOutlookWindows', 'OfficeOnline', '1.15'],
    ['Outlook on Mac with Mailbox 1.15', 'Outlook', 'Mac', '1.15'],
  ])('%s: "Hold, then Send" is offered', async (_client, hostName, platform, mailbox) => {
    const { deps } = setUp({ hostName, platform, mailbox });
    expect(await send(deps)).toMatchObject({ allowEvent: false, commandId: 'holdAndSend', cancelLabel: 'Hold, then Send' });
  });

  it.each<[string, string, string, string]>([
    ['classic Outlook on Windows (a held message can’t be cancelled there)', 'Outlook', 'PC', '1.15'],
    ['Outlook on Mac at Mailbox 1.14 (no function command from the dialog)', 'Outlook', 'Mac', '1.14'],
    ['a host name Office.js does not list', 'OutlookOnSomethingNew', 'OfficeOnline', '1.15'],
    ['"Outlook" (classic Windows or Mac) claiming the web platform', 'Outlook', 'OfficeOnline', '1.15'],
    ['Outlook on the web claiming a Windows desktop', 'OutlookWebApp', 'PC', '1.15'],
    ['Outlook on iOS (OnMessageSend is not documented there)', 'OutlookIOS', 'iOS', '1.15'],
  ])('%s: alert only, with Send Anyway, and no word of a hold', async (_client, hostName, platform, mailbox) => {
    const { deps } = setUp({ hostName, platform, mailbox });
    const options = await send(deps);
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(options).not.toHaveProperty('commandId');
    expect(options).not.toHaveProperty('cancelLabel');
    expect(options.errorMessage).toMatch(/Check the recipients before it leaves: send anyway, or go back to editing\.$/);
    expect(options.errorMessage).not.toMatch(/hold|Drafts/i);
  });

  it.each<[string | undefined, string | undefined]>([
    ['Outlook', undefined],
    [undefined, 'OfficeOnline'],
    ['newOutlookWindows', 'PC'],
  ])('host name %s with platform %s names no client', (hostName, platform) => {
    expect(sendTimeClient(hostName, platform)).toBe('unknown');
  });
});

// #23 item 2: the alert said the held message "can still be stopped"; delay-delivery.md says it
// waits in Drafts and can be edited there. It says that, and how to stop it: delete it in Drafts
// before the time shown.
describe('what the alert promises about a held message', () => {
  it.each<[string, RegExp, RegExp]>([
    ['en-US', /Hold it 10 minutes: it waits in Drafts, where you can edit it or delete it before it leaves\./, /still stop/],
    ['ru-RU', /Задержите его на 10 минут: оно подождёт в папке «Черновики», где его можно изменить или удалить до отправки\./, /передумать|остановить/],
  ])('%s: the offer names Drafts, editing and deleting, and promises no more', async (displayLanguage, says, never) => {
    const { deps } = setUp({ displayLanguage });
    const options = await send(deps);
    expect(options.errorMessage).toMatch(says);
    expect(options.errorMessage).not.toMatch(never);
  });

  it.each<[string, (time: string) => string]>([
    ['en-US', (time) => `Held 10 minutes: select Send again. To stop it, open Drafts and delete it before ${time}.`],
    ['ru-RU', (time) => `Задержка 10 минут: нажмите «Отправить» ещё раз. Чтобы остановить письмо, удалите его из папки «Черновики» до ${time}.`],
  ])('%s: after "Hold, then Send", the notice says how to stop it, and by when', async (displayLanguage, words) => {
    const { deps, calls } = setUp({ displayLanguage, contextData: '{"minutes":10}' });
    await holdAndSend(deps)(aSendEvent().event);
    expect(calls.notifications.map((n) => n.message)).toEqual([words(hhmm(inMinutes(10)))]);
  });
});

// #23 item 5: with Graph down the pane knew of no held message. The Send that lets it go leaves
// its delivery time in the origin's localStorage (office-js-docs-pr docs/testing/runtimes.md,
// "Share data across runtimes"), and nothing else.
describe('the Send that lets a held message go leaves its delivery time for the pane', () => {
  it('Send → alert → "Hold, then Send" → Send again: the delivery time is remembered, and only it', async () => {
    const { deps } = setUp({ contextData: '{"minutes":10}' });
    expect(await send(deps)).toMatchObject({ allowEvent: false });
    // The alerting Send let nothing go: nothing is remembered yet.
    expect(localStorage.length).toBe(0);
    await holdAndSend(deps)(aSendEvent().event);
    expect(await send(deps)).toEqual({ allowEvent: true });
    expect(Object.keys(localStorage)).toEqual([HELD_TIMES_KEY]);
    expect(localStorage.getItem(HELD_TIMES_KEY)).toBe(`[${inMinutes(10).getTime()}]`);
    expect(localHeldTimes().read(NOW)).toEqual([inMinutes(10)]);
  });

  it('the same with Graph down, to a colleague alone (no alert: probably internal), held all the same: remembered', async () => {
    const { deps } = setUp({ to: [boris], contextData: '{"minutes":10}' });
    msw.server.use(...simulatedTenantHandlers(aScenario().graphUnavailable().build()));
    await holdAndSend(deps)(aSendEvent().event);
    expect(await send(deps)).toEqual({ allowEvent: true });
    expect(localHeldTimes().read(NOW)).toEqual([inMinutes(10)]);
  });

  // The two branches together: the ribbon's "Hold before sending" (no contextData) on mail to
  // colleagues, whose Send has nothing to alert about, still leaves the time for the pane.
  it('ribbon "Hold before sending" → Send to a colleague (no alert): the delivery time is remembered', async () => {
    const { deps, calls } = setUp({ to: [boris], contextData: null });
    await holdAndSend(deps)(aSendEvent().event);
    expect(calls.setDelivery).toEqual([inMinutes(10)]);
    expect(await send(deps)).toEqual({ allowEvent: true });
    expect(localHeldTimes().read(NOW)).toEqual([inMinutes(10)]);
  });

  it('classic Outlook on Windows, a delivery time the user set: let go, nothing remembered (no Drafts to point to)', async () => {
    const { deps } = setUp({ hostName: 'Outlook', platform: 'PC', deliveryTime: inMinutes(30) });
    expect(await send(deps)).toEqual({ allowEvent: true });
    expect(localStorage.length).toBe(0);
  });

  it('Web Storage refusing to write never fails the Send', async () => {
    const { deps } = setUp({ deliveryTime: inMinutes(10) });
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      expect(await send(deps)).toEqual({ allowEvent: true });
    } finally {
      setItem.mockRestore();
    }
  });
});
