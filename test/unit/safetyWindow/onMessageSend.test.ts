/**
 * The OnMessageSend handler and the hold-and-send command against an Office.js compose stand-in,
 * with Graph answered at the HTTP level by the simulated tenant. What Outlook receives in
 * event.completed is asserted whole: it decides which buttons the user sees and what they say.
 */
import { EXCHANGE_ONLINE_DEFAULTS } from '../../../src/domain/policy';
import type { SafetyWindowPolicy } from '../../../src/domain/safetyWindow';
import { simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { sendTimeEvidence } from '../../../src/graph/sendTimeEvidence';
import { BUTTON_LIMIT, MESSAGE_LIMIT, alertText, holdButtonLabel } from '../../../src/launchevent/alertText';
import { officeComposeItem } from '../../../src/launchevent/composeItem';
import { holdAndSend } from '../../../src/launchevent/holdAndSend';
import { onMessageSendHandler, type SendTimeDeps } from '../../../src/launchevent/onMessageSend';
import { NOW } from '../../builders/domain';
import { http, HttpResponse } from 'msw';
import { GRAPH_ORIGIN } from '../../../src/graph/graphClient';
import { aGraphClient, askedAddresses, batchEndpoint, setupMswForFile, type InnerRequest } from '../../builders/graph';
import { aMailTip, tipsFor } from '../../builders/mailTips';
import { aSendEvent, composeStandIn, type ComposeStandInOptions } from '../../builders/officeCompose';
import { aScenario, builtInScenario, type ScenarioBuilder } from '../../builders/scenario';
import { parseConfig } from '../../../src/config/parseConfig';
import { sendTimeConfig } from '../../../src/launchevent/sendTimeConfig';
import { SimulatedComposeWindow } from '../../../src/demo/compose/simulatedCompose';

const msw = setupMswForFile();

const boris = { name: 'Boris Ivanov', address: 'boris.ivanov@contoso.com' };
const maria = { name: 'Maria Sokolova', address: 'maria.sokolova@contoso.com' };
const anna = { name: 'Anna Petrova', address: 'anna.petrova@gmail.com' };
const TEN_MINUTES: SafetyWindowPolicy = { minutes: 10, for: 'outsiders', optInMinutes: 0, withoutGraph: 'sender-domain' };
/** The admin asked that only what MailTips confirmed passes (config.json safetyWindow.withoutGraph "alert"). */
const TEN_MINUTES_STRICT: SafetyWindowPolicy = { ...TEN_MINUTES, withoutGraph: 'alert' };

const contoso = () =>
  aScenario()
    .verifiedDomains('contoso.com')
    .mailTip(boris.address, { recipientScope: 'internal' })
    .mailTip(maria.address, { recipientScope: 'internal' })
    .mailTip(anna.address, { recipientScope: 'external' });

function setUp(compose: ComposeStandInOptions, tenant: ScenarioBuilder = contoso(), window: SafetyWindowPolicy = TEN_MINUTES) {
  msw.server.use(...simulatedTenantHandlers(tenant.build()));
  const standIn = composeStandIn(compose);
  const { client } = aGraphClient({ maxAttempts: 1 });
  const deps: SendTimeDeps = {
    item: officeComposeItem(standIn.office),
    config: async () => ({ recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window }),
    evidence: (addresses) => sendTimeEvidence(client, addresses, 'contoso.com'),
    now: () => NOW,
  };
  return { deps, calls: standIn.calls };
}

async function send(deps: SendTimeDeps) {
  const { event, completed } = aSendEvent();
  await onMessageSendHandler(deps)(event);
  return completed;
}

describe('Outlook on the web, Mailbox 1.15: one Gmail and two colleagues', () => {
  it('alerts with "Hold, then Send" (holdAndSend), Send Anyway and Don’t Send, naming only the Gmail recipient', async () => {
    const { deps } = setUp({ to: [anna, boris], cc: [maria] });
    expect(await send(deps)).toEqual([
      {
        allowEvent: false,
        errorMessage:
          'Once delivered, this can’t be recalled from 1 recipient: Anna Petrova <anna.petrova@gmail.com> — personal mailbox: recall never reaches it. Hold it 10 minutes: it waits in Drafts, where you can edit it or delete it before it leaves. Or send it now, or go back to editing.',
        errorMessageMarkdown:
          'Once delivered, this can’t be recalled from 1 recipient:\n\n- Anna Petrova (anna.petrova@gmail.com) — personal mailbox: recall never reaches it\r\n\nHold it 10 minutes: it waits in Drafts, where you can edit it or delete it before it leaves. Or send it now, or go back to editing.',
        cancelLabel: 'Hold, then Send',
        commandId: 'holdAndSend',
        contextData: '{"minutes":10}',
        sendModeOverride: 'promptUser',
      },
    ]);
  });

  it('in Russian when Outlook’s display language is Russian', async () => {
    const { deps } = setUp({ to: [anna, boris], cc: [maria], displayLanguage: 'ru-RU' });
    const [options] = (await send(deps)) as [Record<string, unknown>];
    expect(options.errorMessage).toBe(
      'После доставки письмо не отозвать у 1 получателя: Anna Petrova <anna.petrova@gmail.com> — личный ящик: отзыв до него не доходит. Задержите его на 10 минут: оно подождёт в папке «Черновики», где его можно изменить или удалить до отправки. Или отправьте сейчас, или вернитесь к редактированию.',
    );
    expect(options.cancelLabel).toBe('Отложить → Отправить');
  });

  it('one MailTips lookup in one $batch, for the three addresses', async () => {
    const { deps } = setUp({ to: [anna, boris], cc: [maria] });
    await send(deps);
    expect(msw.graphRequests().map((r) => new URL(r.url).pathname)).toEqual(['/v1.0/$batch']);
    expect(await msw.graphRequests()[0]!.body).toContain('"EmailAddresses":["anna.petrova@gmail.com","boris.ivanov@contoso.com","maria.sokolova@contoso.com"]');
  });
});

describe('no alert', () => {
  it('colleagues only: sent at once', async () => {
    const { deps } = setUp({ to: [boris], cc: [maria] });
    expect(await send(deps)).toEqual([{ allowEvent: true }]);
  });

  it('window off: sent at once, and Graph is not asked at all', async () => {
    const { deps } = setUp({ to: [anna] }, contoso(), { ...TEN_MINUTES, minutes: 0 });
    expect(await send(deps)).toEqual([{ allowEvent: true }]);
    expect(msw.graphRequests()).toHaveLength(0);
  });

  it('a user who opted in (roaming setting) gets the opt-in window where the admin allows it', async () => {
    const { deps } = setUp({ to: [anna], optedIn: true }, contoso(), { ...TEN_MINUTES, minutes: 0, optInMinutes: 5 });
    const [options] = (await send(deps)) as [Record<string, unknown>];
    expect(options.contextData).toBe('{"minutes":5}');
  });

  it('already held long enough (after "Hold, then Send"): the second Send goes through', async () => {
    const { deps } = setUp({ to: [anna, boris], deliveryTime: new Date(NOW.getTime() + 10 * 60_000) });
    expect(await send(deps)).toEqual([{ allowEvent: true }]);
  });

  it('Mailbox 1.13 (no runtime Send Anyway): not checked, so the manifest’s SoftBlock never traps the user', async () => {
    const { deps } = setUp({ to: [anna], mailbox: '1.13', hostName: 'Outlook', platform: 'PC' });
    expect(await send(deps)).toEqual([{ allowEvent: true }]);
  });
});

describe('fail closed when facts are missing', () => {
  it('Graph unavailable, withoutGraph "alert": colleagues can’t be confirmed, so both are named and the message is held', async () => {
    const { deps } = setUp({ to: [boris, maria] }, contoso().graphUnavailable(), TEN_MINUTES_STRICT);
    const [options] = (await send(deps)) as [Record<string, unknown>];
    expect(options.errorMessage).toBe(
      'Once delivered, this can’t be recalled from 2 recipients: Boris Ivanov <boris.ivanov@contoso.com> — couldn’t confirm it is in your organisation; Maria Sokolova <maria.sokolova@contoso.com> — couldn’t confirm it is in your organisation. Hold it 10 minutes: it waits in Drafts, where you can edit it or delete it before it leaves. Or send it now, or go back to editing.',
    );
    expect(options.commandId).toBe('holdAndSend');
  });

  // As in the recall check (recipientRules.ts): the tenant's verified domains know the domain, not
  // the mailbox (a group with outside members? a contact forwarding elsewhere?), so a colleague
  // without MailTips is unconfirmed and named too: fail closed.
  it('MailTips failing: colleagues in a verified domain are unconfirmed and held with the Gmail recipient', async () => {
    const { deps } = setUp({ to: [anna, boris] }, contoso().fault({ target: 'mailTips', status: 500 }));
    const [options] = (await send(deps)) as [Record<string, unknown>];
    expect(options.errorMessage).toContain('from 2 recipients: Anna Petrova');
    expect(options.errorMessage).toContain('Boris');
  });

  // As the recall check does (recallFacts.ts): MailTips are asked with each address as the item
  // carries it, once per normalised address, and a malformed one is never asked.
  it('MailTips are asked with the addresses as written, each once, a malformed one not at all', async () => {
    const { deps } = setUp({ to: [{ name: 'Anna Petrova', address: 'Anna.Petrova@Gmail.com' }, anna, { name: 'Nobody', address: 'not an address' }] });
    await send(deps);
    const tips = (await msw.batchCalls()).flat().filter((r) => r.url === '/me/getMailTips');
    expect(tips.map((r) => (r.body as { EmailAddresses: string[] }).EmailAddresses)).toEqual([['Anna.Petrova@Gmail.com']]);
  });

  // #21 item 2, at Send: conflicting answers about one recipient never let a later "internal"
  // override an "external" (collectMailTips, graphClient.ts' $batch); the recipient is not
  // confirmed, so the message is held and the alert says why.
  const gmailOutside = (addresses: string[]) => tipsFor(addresses, (address) => (address.endsWith('@gmail.com') ? 'external' : 'internal'));
  const organization = { id: 'organization', status: 200, body: { value: [{ verifiedDomains: [{ name: 'contoso.com' }] }] } };

  it('MailTips answering twice for Boris (respelt: external, then internal): held, naming Boris and why', async () => {
    const { deps } = setUp({ to: [boris, maria] });
    msw.server.use(
      batchEndpoint((r) =>
        r.id === 'organization'
          ? organization
          : {
              status: 200,
              body: {
                value: [aMailTip('BORIS.IVANOV@CONTOSO.COM.').external().build(), ...gmailOutside(askedAddresses(r))],
              },
            },
      ),
    );
    const [options] = (await send(deps)) as [Record<string, unknown>];
    expect(options).toMatchObject({ allowEvent: false, commandId: 'holdAndSend' });
    expect(options.errorMessage).toContain('from 1 recipient: Boris Ivanov <boris.ivanov@contoso.com> — conflicting answers about where the mailbox is.');
  });

  it('the $batch answering the MailTips request twice (Boris external, then internal): held, Boris unconfirmed', async () => {
    const { deps } = setUp({ to: [boris, maria] });
    msw.server.use(
      http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, async ({ request }) => {
        const { requests } = (await request.json()) as { requests: InnerRequest[] };
        const tips = requests.find((r) => r.id === 'tips-0');
        const asked = (tips?.body as { EmailAddresses: string[] }).EmailAddresses;
        const external = gmailOutside(asked).map((t) => (t.emailAddress.address === boris.address ? { ...t, recipientScope: 'external' } : t));
        return HttpResponse.json({
          responses: [
            organization,
            { id: 'tips-0', status: 200, body: { value: external } },
            { id: 'tips-0', status: 200, body: { value: gmailOutside(asked) } },
          ],
        });
      }),
    );
    const [options] = (await send(deps)) as [Record<string, unknown>];
    expect(options).toMatchObject({ allowEvent: false, commandId: 'holdAndSend' });
    expect(options.errorMessage).toContain('Boris Ivanov <boris.ivanov@contoso.com> — your organisation’s domain, but the mailbox wasn’t confirmed');
  });

  it('recipients unreadable: the user is asked, with Send Anyway', async () => {
    const { deps } = setUp({ to: [boris], failRecipients: true });
    expect(await send(deps)).toEqual([
      {
        allowEvent: false,
        errorMessage:
          'The recipients could not be checked, so it is unknown whether a recall could reach them. Check the recipients before it leaves: send anyway, or go back to editing.',
        sendModeOverride: 'promptUser',
      },
    ]);
  });
});

describe('per client', () => {
  it('classic Outlook on Windows: alert only — a held message there could not be cancelled', async () => {
    const { deps } = setUp({ to: [anna, boris], hostName: 'Outlook', platform: 'PC' });
    const [options] = (await send(deps)) as [Record<string, unknown>];
    expect(Object.keys(options).sort()).toEqual(['allowEvent', 'errorMessage', 'errorMessageMarkdown', 'sendModeOverride']);
    expect(options.errorMessage).toMatch(/send anyway, or go back to editing\.$/);
  });

  it('Outlook on Mac at Mailbox 1.14: plain message, Send Anyway, no hold button', async () => {
    const { deps } = setUp({ to: [anna], hostName: 'Outlook', platform: 'Mac', mailbox: '1.14' });
    const [options] = (await send(deps)) as [Record<string, unknown>];
    expect(Object.keys(options).sort()).toEqual(['allowEvent', 'errorMessage', 'sendModeOverride']);
  });
});

describe('"Hold, then Send" (holdAndSend function command, from the alert)', () => {
  const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

  it('sets the delivery time 10 minutes ahead and asks for Send once more; that Send passes the check', async () => {
    const { deps, calls } = setUp({ to: [anna, boris], contextData: '{"minutes":10}' });
    const { event, completed } = aSendEvent();
    await holdAndSend(deps)(event);
    const until = new Date(NOW.getTime() + 10 * 60_000);
    expect(calls.setDelivery).toEqual([until]);
    expect(calls.notifications).toEqual([
      {
        key: 'safetyWindow',
        type: 'informationalMessage',
        icon: 'Icon.16x16',
        persistent: false,
        message: `Held 10 minutes: select Send again. To stop it, open Drafts and delete it before ${hhmm(until)}.`,
      },
    ]);
    expect(completed).toHaveLength(1);
    expect(await send(deps)).toEqual([{ allowEvent: true }]);
  });

  it('when the delay can’t be set, the compose item says it was not held', async () => {
    const { deps, calls } = setUp({ to: [anna], contextData: '{"minutes":10}', failSetDelivery: true });
    const { event, completed } = aSendEvent();
    await holdAndSend(deps)(event);
    expect(calls.notifications).toEqual([
      { key: 'safetyWindow', type: 'errorMessage', message: 'Outlook could not hold this message, so it was not sent. Send it again or edit it.' },
    ]);
    expect(completed).toHaveLength(1);
    // Nothing was held, so the next Send alerts again.
    expect(((await send(deps))[0] as { allowEvent: boolean }).allowEvent).toBe(false);
  });

  it.each(['{"minutes":0}', '{"minutes":"10"}', 'not json', '{"minutes":61}'])('contextData %s: no delay is set', async (contextData) => {
    const { deps, calls } = setUp({ to: [anna], contextData });
    await holdAndSend(deps)(aSendEvent().event);
    expect(calls.setDelivery).toEqual([]);
    expect(calls.notifications.map((n) => n.type)).toEqual(['errorMessage']);
  });

  it.each(['en-US', 'ru-RU'])('%s: the notification fits Outlook’s 150 characters at 60 minutes', async (displayLanguage) => {
    const { deps, calls } = setUp({ to: [anna], contextData: '{"minutes":60}', displayLanguage });
    await holdAndSend(deps)(aSendEvent().event);
    expect(calls.notifications[0]!.message.length).toBeLessThanOrEqual(150);
  });
});

describe('Outlook’s limits on the dialog', () => {
  const many = Array.from({ length: 30 }, (_, i) => ({
    name: `A very long display name number ${i} from a partner`,
    address: `person.${i}@fabrikam-international-holdings.example`,
    reason: 'EXTERNAL' as const,
  }));
  it.each(['en', 'ru'] as const)('%s: 30 outsiders with long names still fit in 500 characters, and the count is told', (lang) => {
    const text = alertText(lang, { outOfReach: many, reasons: ['OUTSIDE_RECALL_REACH'], minutes: 10, holdOffered: true });
    expect(text.plain.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(text.markdown?.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(text.plain).toContain('30');
  });
  it.each(['en', 'ru'] as const)('%s: the hold button fits in 20 characters', (lang) => {
    expect(holdButtonLabel(lang).length).toBeLessThanOrEqual(BUTTON_LIMIT);
  });
  it('Russian plurals: 1 минуту, 3 минуты, 5 минут', () => {
    const hold = (minutes: number) => alertText('ru', { outOfReach: [], reasons: ['WINDOW_FOR_EVERYONE'], minutes, holdOffered: false }).plain;
    expect([hold(1), hold(3), hold(5), hold(21)].map((t) => /на (\d+ \S+)/.exec(t)?.[1])).toEqual(['1 минуту', '3 минуты', '5 минут', '21 минуту']);
  });
});

// Issue #21 item 13: an unknown recallEnabled was told as "recall is turned off", and a name's
// right-to-left override reversed the alert's own words.
describe('what the alert says about each recipient', () => {
  const anna = { name: 'Anna Petrova', address: 'anna.petrova@contoso.com', reason: 'INTERNAL' as const };
  it.each<['en' | 'ru', string, string]>([
    ['en', 'unknown whether your organisation allows recall', 'turned off'],
    ['ru', 'неизвестно, разрешён ли отзыв в вашей организации', 'отключён'],
  ])('%s: recall on/off unknown is said as unknown, not as turned off', (lang, unknown, off) => {
    const text = alertText(lang, { outOfReach: [anna], reasons: ['RECALL_POLICY_UNKNOWN'], minutes: 10, holdOffered: true });
    expect(text.plain).toContain(unknown);
    expect(text.plain).not.toContain(off);
  });
  it('a right-to-left override in a name is spelt out, so it can’t reverse the words after it', () => {
    const text = alertText('en', {
      outOfReach: [{ name: 'Boris \u202Eliamg', address: 'boris@gmail.com', reason: 'CONSUMER_MAILBOX' }],
      reasons: ['OUTSIDE_RECALL_REACH'],
      minutes: 10,
      holdOffered: true,
    });
    expect(text.plain).toContain('Boris [U+202E]liamg <boris@gmail.com> — personal mailbox');
    expect(text.plain).not.toContain('\u202E');
  });
});

describe('the built-in compose scenarios, as the demo runs them', () => {
  it.each([
    ['compose-gmail-and-colleagues', { allowEvent: false, commandId: 'holdAndSend', names: ['dmitry.k@gmail.com'] }],
    ['compose-colleagues-only', { allowEvent: true }],
    ['compose-graph-unavailable', { allowEvent: false, commandId: 'holdAndSend', names: ['dmitry.k@gmail.com'] }],
  ] as const)('%s', async (id, expected) => {
    const scenario = builtInScenario(id);
    msw.server.use(...simulatedTenantHandlers(scenario));
    const compose = new SimulatedComposeWindow(scenario, 'en-US', () => undefined);
    const { client } = aGraphClient({ maxAttempts: 1 });
    const deps: SendTimeDeps = {
      item: compose.item,
      config: async () => sendTimeConfig({ ...parseConfig(scenario.policy), file: 'read' }),
      evidence: (addresses) => sendTimeEvidence(client, addresses, 'contoso.com'),
      now: () => new Date(scenario.now),
    };
    const [options] = (await send(deps)) as [{ allowEvent: boolean; commandId?: string; errorMessage?: string }];
    expect(options.allowEvent).toBe(expected.allowEvent);
    if ('commandId' in expected) {
      expect(options.commandId).toBe(expected.commandId);
      const named = ['boris.ivanov@contoso.com', 'maria.sokolova@contoso.com', 'dmitry.k@gmail.com'].filter((a) => options.errorMessage?.includes(a));
      expect(named).toEqual(expected.names);
    }
  });
});
