/**
 * Issue 23 item 9 (the handler's part): Markdown escapes that Outlook does not document, the
 * catch-all path's Send Anyway on clients that have none, and the hold button that did not say a
 * second Send is needed. The real handler over the Office.js stand-in; no Graph is needed (every
 * recipient here is on a consumer domain, which is out of recall's reach whatever Graph says).
 */
import { EXCHANGE_ONLINE_DEFAULTS } from '../../../src/domain/policy';
import type { SafetyWindowPolicy } from '../../../src/domain/safetyWindow';
import { sendTimeEvidence } from '../../../src/graph/sendTimeEvidence';
import { officeComposeItem } from '../../../src/launchevent/composeItem';
import { onMessageSendHandler, type CompletedOptions, type SendTimeDeps } from '../../../src/launchevent/onMessageSend';
import { NOW } from '../../builders/domain';
import { aSendEvent, composeStandIn, type ComposeStandInOptions } from '../../builders/officeCompose';

const WINDOW: SafetyWindowPolicy = { minutes: 10, for: 'outsiders', optInMinutes: 0, withoutGraph: 'sender-domain' };

function itemOf(compose: ComposeStandInOptions, tamper?: (office: ReturnType<typeof composeStandIn>['office']) => void): SendTimeDeps {
  const { office } = composeStandIn(compose);
  tamper?.(office);
  return {
    item: officeComposeItem(office),
    config: async () => ({ recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window: WINDOW }),
    evidence: (recipients) => sendTimeEvidence(null, recipients, 'contoso.com'),
    now: () => NOW,
  };
}

async function send(deps: SendTimeDeps): Promise<CompletedOptions> {
  const { event, completed } = aSendEvent();
  await onMessageSendHandler(deps)(event);
  expect(completed).toHaveLength(1);
  return completed[0] as CompletedOptions;
}

// errorMessageMarkdown documents bold, italic, lists and links, and no escapes
// (office.smartalertseventcompletedoptions.yml → onmessagesend-onappointmentsend-events.md,
// "Limitations to formatting the dialog message using Markdown"): a backslash may show as itself.
describe('the Markdown message never carries a backslash escape', () => {
  it('a plain name: a list item "Name (address)", with no backslash anywhere', async () => {
    const options = await send(itemOf({ to: [{ name: 'Anna Petrova', address: 'anna.petrova@gmail.com' }] }));
    expect(options.errorMessageMarkdown).toContain('- Anna Petrova (anna.petrova@gmail.com) — personal mailbox: recall never reaches it\r');
    expect(options.errorMessageMarkdown).not.toContain('\\');
  });

  it.each([
    ['a name Markdown would read as emphasis', { name: '*Boss* Anna', address: 'anna.petrova@gmail.com' }, '*Boss* Anna <anna.petrova@gmail.com>'],
    [
      'a name in brackets, as a link’s text',
      { name: '[Anna](https://evil.example)', address: 'anna@gmail.com' },
      '[Anna](https://evil.example) <anna@gmail.com>',
    ],
    ['an address with underscores', { name: 'Anna', address: 'anna_petrova_home@gmail.com' }, 'Anna <anna_petrova_home@gmail.com>'],
    ['a name starting like a list item', { name: '1. Anna', address: 'anna@gmail.com' }, '1. Anna <anna@gmail.com>'],
  ])('%s: only the plain message, with the name exactly as written', async (_case, person, shown) => {
    const options = await send(itemOf({ to: [person] }));
    expect(options).not.toHaveProperty('errorMessageMarkdown');
    expect(options.errorMessage).toContain(`${shown} — personal mailbox`);
    expect(options.errorMessage).not.toContain('\\');
  });
});

// The hold needs a second Send (holdAndSend.ts: sendAsync would need the read/write mailbox
// permission). The button says what comes after it, within cancelLabel's 20 characters.
it.each([
  ['en-US', 'Hold, then Send'],
  ['ru-RU', 'Отложить → Отправить'],
])('%s: the hold button names the Send that follows it', async (displayLanguage, label) => {
  const options = await send(itemOf({ to: [{ name: 'Anna', address: 'anna@gmail.com' }], displayLanguage }));
  expect(options.cancelLabel).toBe(label);
  expect(label.length).toBeLessThanOrEqual(20);
});

// sendModeOverride is Mailbox 1.14: where Outlook can't say it has that, an alert from the catch-all
// would have no Send Anyway under the manifest's SoftBlock, and the message could not be sent at all.
describe('the catch-all path (something failed outside the check)', () => {
  const breakRequirements = (failFrom: string) => (office: ReturnType<typeof composeStandIn>['office']) => {
    const requirements = office.context.requirements;
    office.context.requirements = {
      ...requirements,
      isSetSupported: (name: string, version?: string) => {
        if (version !== undefined && Number(version.split('.')[1]) >= Number(failFrom.split('.')[1])) throw new Error('requirements unavailable');
        return requirements.isSetSupported(name, version);
      },
    } as typeof requirements;
  };

  it('Outlook can’t say whether it supports Mailbox 1.14: the message goes, rather than an alert without Send Anyway', async () => {
    expect(await send(itemOf({ to: [{ name: 'Anna', address: 'anna@gmail.com' }] }, breakRequirements('1.14')))).toEqual({ allowEvent: true });
  });

  it('Mailbox 1.14 is there (the failure comes later): the user is asked, with Send Anyway', async () => {
    const options = await send(itemOf({ to: [{ name: 'Anna', address: 'anna@gmail.com' }] }, breakRequirements('1.15')));
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
  });
});
