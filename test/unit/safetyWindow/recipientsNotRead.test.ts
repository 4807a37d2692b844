/**
 * Issue 23 item 7: recipients Office.js did not hand over were never checked. `getAsync` "only
 * returns recipients resolved by the Outlook client", at most 500 (classic Windows up to Mailbox
 * 1.15), 1,000 (web, new Outlook, classic Windows from 1.16) or 100 (Android, iOS) per field
 * (office-js-docs-reference office.recipients.yml). A field at its cap may hold more than the
 * handler saw, and an entry without an address was not resolved: both count as out of reach, and
 * the alert says why. The real handler, the Office.js stand-in, Graph from the simulated tenant.
 */
import { EXCHANGE_ONLINE_DEFAULTS } from '../../../src/domain/policy';
import type { SafetyWindowPolicy } from '../../../src/domain/safetyWindow';
import { simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { sendTimeEvidence } from '../../../src/graph/sendTimeEvidence';
import { officeComposeItem } from '../../../src/launchevent/composeItem';
import { onMessageSendHandler, type CompletedOptions, type SendTimeDeps } from '../../../src/launchevent/onMessageSend';
import { NOW } from '../../builders/domain';
import { aGraphClient, setupMswForFile } from '../../builders/graph';
import { aSendEvent, composeStandIn, type ComposeStandInOptions } from '../../builders/officeCompose';
import { aScenario } from '../../builders/scenario';

const msw = setupMswForFile();

const WINDOW: SafetyWindowPolicy = { minutes: 10, for: 'outsiders', optInMinutes: 0, withoutGraph: 'sender-domain' };
const colleagues = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Colleague ${i}`, address: `colleague${i}@contoso.com` }));

async function send(compose: ComposeStandInOptions): Promise<CompletedOptions> {
  const people = [...(compose.to ?? []), ...(compose.cc ?? []), ...(compose.bcc ?? [])];
  const tenant = people.reduce(
    (s, p) => (p.address === '' ? s : s.mailTip(p.address, { recipientScope: 'internal' })),
    aScenario().verifiedDomains('contoso.com'),
  );
  msw.server.use(...simulatedTenantHandlers(tenant.build()));
  const { office } = composeStandIn(compose);
  const { client } = aGraphClient({ maxAttempts: 1 });
  const deps: SendTimeDeps = {
    item: officeComposeItem(office),
    config: async () => ({ recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window: WINDOW }),
    evidence: (recipients) => sendTimeEvidence(client, recipients, 'contoso.com'),
    now: () => NOW,
  };
  const { event, completed } = aSendEvent();
  await onMessageSendHandler(deps)(event);
  return completed[0] as CompletedOptions;
}

describe('a field at the client’s cap', () => {
  it.each([
    ['en-US', 'Not every recipient could be checked: Cc: Outlook lets add-ins read only the first 500, so any after them weren’t checked.'],
    ['ru-RU', 'Проверить удалось не всех получателей: Копия: Outlook даёт надстройкам прочитать только первых 500, остальные не проверены.'],
  ])('%s: classic Outlook (Mailbox 1.15) gave 500 colleagues in Cc: an alert says the rest weren’t checked', async (displayLanguage, words) => {
    const options = await send({ to: colleagues(1), cc: colleagues(500), hostName: 'Outlook', platform: 'PC', displayLanguage });
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain(words);
  });

  it('classic Outlook from Mailbox 1.16 gives up to 1,000: 500 colleagues are all of them, sent at once', async () => {
    expect(await send({ to: colleagues(500), hostName: 'Outlook', platform: 'PC', mailbox: '1.16' })).toEqual({ allowEvent: true });
  });

  it('Outlook on the web, 1,000 in To: the hold is offered, and the alert names the field', async () => {
    const options = await send({ to: colleagues(1000) });
    expect(options).toMatchObject({ allowEvent: false, commandId: 'holdAndSend' });
    expect(options.errorMessage).toContain('To: Outlook lets add-ins read only the first 1,000');
  });

  it('Outlook on the web, 999 in To: nothing can be missing, sent at once', async () => {
    expect(await send({ to: colleagues(999) })).toEqual({ allowEvent: true });
  });
});

describe('an entry Outlook has not resolved', () => {
  it.each([
    ['en-US', 'Dmitry — not resolved to an address: press Tab or pick it from the suggestions'],
    ['ru-RU', 'Dmitry — не распознан как адрес: нажмите Tab или выберите его из подсказок'],
  ])('%s: named with what to do, never "Dmitry <>"', async (displayLanguage, words) => {
    const options = await send({ to: [...colleagues(1), { name: 'Dmitry', address: '' }], displayLanguage });
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain(words);
    expect(options.errorMessage).not.toContain('<>');
  });
});
