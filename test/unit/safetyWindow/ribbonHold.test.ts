/**
 * Issue 23 item 4: the compose ribbon's "Hold before sending" button always failed when clicked
 * ("Outlook could not hold this message, so it was not sent"): it only read the Smart Alert's
 * contextData, which a ribbon click has none of. The function behind Take Action must be an add-in
 * command on the ribbon ("a button for the function is also added to the ribbon",
 * office.smartalertseventcompletedoptions.yml), so a click there now holds the open message with
 * config.json's window — where a held message stays editable in Drafts (delay-delivery.md) — and
 * says what happened. The real command, the Office.js stand-in's compose item.
 */
import { EXCHANGE_ONLINE_DEFAULTS } from '../../../src/domain/policy';
import type { SafetyWindowPolicy } from '../../../src/domain/safetyWindow';
import { officeComposeItem } from '../../../src/launchevent/composeItem';
import { holdAndSend } from '../../../src/launchevent/holdAndSend';
import { onMessageSendHandler, type SendTimeConfig, type SendTimeDeps } from '../../../src/launchevent/onMessageSend';
import { sendTimeEvidence } from '../../../src/graph/sendTimeEvidence';
import { NOW } from '../../builders/domain';
import { aSendEvent, composeStandIn, type ComposeStandInOptions } from '../../builders/officeCompose';

const anna = { name: 'Anna Petrova', address: 'anna.petrova@gmail.com' };
const WINDOW: SafetyWindowPolicy = { minutes: 10, for: 'outsiders', optInMinutes: 0, withoutGraph: 'sender-domain' };
const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const inMinutes = (m: number) => new Date(NOW.getTime() + m * 60_000);

function setUp(
  compose: ComposeStandInOptions,
  config: () => Promise<SendTimeConfig> = async () => ({ recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window: WINDOW }),
) {
  const standIn = composeStandIn({ to: [anna], ...compose });
  const deps: SendTimeDeps = {
    item: officeComposeItem(standIn.office),
    config,
    // No Graph needed: Anna is on Gmail.
    evidence: (recipients) => sendTimeEvidence(null, recipients, 'contoso.com'),
    now: () => NOW,
  };
  return { deps, calls: standIn.calls };
}

async function click(deps: SendTimeDeps) {
  const { event, completed } = aSendEvent();
  await holdAndSend(deps)(event);
  expect(completed).toHaveLength(1);
}

describe('clicked on the ribbon (no contextData), where a held message stays editable', () => {
  it.each([
    ['en-US', (until: string) => `Set to leave at ${until}, in 10 min. Select Send when ready: until then it waits in Drafts, where you can still edit it.`],
    [
      'ru-RU',
      (until: string) =>
        `Письмо уйдёт не раньше ${until}, через 10 мин. Нажмите «Отправить», когда будете готовы: до тех пор оно ждёт в черновиках, где его можно изменить.`,
    ],
  ])('%s, Outlook on the web: held for config.json’s 10 minutes, and the next Send goes without an alert', async (displayLanguage, words) => {
    const { deps, calls } = setUp({ displayLanguage });
    await click(deps);
    expect(calls.setDelivery).toEqual([inMinutes(10)]);
    expect(calls.notifications).toEqual([
      { key: 'safetyWindow', type: 'informationalMessage', icon: 'Icon.16x16', persistent: false, message: words(hhmm(inMinutes(10))) },
    ]);
    const { event, completed } = aSendEvent();
    await onMessageSendHandler(deps)(event);
    expect(completed).toEqual([{ allowEvent: true }]);
  });

  it.each([
    // office.platformtype.yml: "OfficeOnline is returned if an add-in is running in Outlook on the web or in new Outlook on Windows".
    ['new Outlook on Windows', { hostName: 'newOutlookWindows', platform: 'OfficeOnline' }],
    ['Outlook on Mac at Mailbox 1.14 (delayDeliveryTime is 1.13)', { hostName: 'Outlook', platform: 'Mac', mailbox: '1.14' }],
  ])('%s: held too', async (_client, host) => {
    const { deps, calls } = setUp(host);
    await click(deps);
    expect(calls.setDelivery).toEqual([inMinutes(10)]);
  });

  it('a user who opted in gets the opt-in minutes', async () => {
    const { deps, calls } = setUp({ optedIn: true }, async () => ({
      recallPolicy: EXCHANGE_ONLINE_DEFAULTS,
      window: { ...WINDOW, minutes: 0, optInMinutes: 5 },
    }));
    await click(deps);
    expect(calls.setDelivery).toEqual([inMinutes(5)]);
  });

  it('a delivery time already ahead is kept, never moved earlier', async () => {
    const { deps, calls } = setUp({ deliveryTime: inMinutes(45) });
    await click(deps);
    expect(calls.setDelivery).toEqual([]);
    expect(calls.notifications.map((n) => n.message)).toEqual([`Already set to leave at ${hhmm(inMinutes(45))}: nothing changed.`]);
  });
});

describe('clicked on the ribbon where Recall Assistant does not hold', () => {
  it.each([
    ['classic Outlook on Windows (a held message can’t be edited or cancelled there)', { hostName: 'Outlook', platform: 'PC' }],
    ['an Outlook it can’t identify', { hostName: 'SomethingElse', platform: 'Unknown' }],
    // The alert's rule (heldInDrafts.ts): a pair Office.js never gives names no client, so no hold here either.
    ['new Outlook’s host name with a Windows desktop platform', { hostName: 'newOutlookWindows', platform: 'PC' }],
    ['Outlook on the web below Mailbox 1.13 (no delayDeliveryTime)', { mailbox: '1.12' }],
  ])('%s: nothing set, and the notification says where it holds', async (_client, host) => {
    const { deps, calls } = setUp(host);
    await click(deps);
    expect(calls.setDelivery).toEqual([]);
    expect(calls.notifications).toEqual([
      {
        key: 'safetyWindow',
        type: 'informationalMessage',
        icon: 'Icon.16x16',
        persistent: false,
        message: 'Not held: Recall Assistant holds messages only in Outlook on the web, new Outlook and Outlook on Mac, where a held one can still be edited.',
      },
    ]);
  });

  it('no window for this user: nothing set, and it says so', async () => {
    const { deps, calls } = setUp({}, async () => ({ recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window: { ...WINDOW, minutes: 0 } }));
    await click(deps);
    expect(calls.setDelivery).toEqual([]);
    expect(calls.notifications.map((n) => n.message)).toEqual(['Not held: your organisation has set no hold time for your messages.']);
  });

  it.each([
    ['en-US', 'Recall Assistant couldn’t hold this message: nothing changed.'],
    ['ru-RU', 'Помощнику отзыва не удалось задержать письмо: ничего не изменено.'],
  ])('%s: config.json unreadable: an error, never "it was not sent" (nothing was being sent)', async (displayLanguage, words) => {
    const { deps, calls } = setUp({ displayLanguage }, async () => {
      throw new Error('config.json could not be read');
    });
    await click(deps);
    expect(calls.setDelivery).toEqual([]);
    expect(calls.notifications).toEqual([{ key: 'safetyWindow', type: 'errorMessage', message: words }]);
  });
});

it.each(['en-US', 'ru-RU'])('%s: every ribbon notification fits Outlook’s 150 characters at 60 minutes', async (displayLanguage) => {
  const sixty = async () => ({ recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window: { ...WINDOW, minutes: 60 } });
  const runs = [
    setUp({ displayLanguage }, sixty),
    setUp({ displayLanguage, hostName: 'Outlook', platform: 'PC' }, sixty),
    setUp({ displayLanguage, deliveryTime: inMinutes(90) }, sixty),
  ];
  for (const { deps } of runs) await click(deps);
  const messages = runs.flatMap(({ calls }) => calls.notifications.map((n) => n.message));
  expect(messages).toHaveLength(3);
  for (const message of messages) expect(message.length).toBeLessThanOrEqual(150);
});
