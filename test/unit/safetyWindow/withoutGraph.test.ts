/**
 * Issue 23 item 6: without a token at Send (silent nested app authentication fails without prior
 * consent) every message alerted, colleagues' too, and users learnt to click "Send Anyway". Now,
 * with config.json's default (`safetyWindow.withoutGraph: "sender-domain"`), a colleague in the
 * organisation's domains — the verified domains the pane kept in roaming settings, or else the
 * sender's own domain — is "probably internal" and sends without a dialog; an address outside
 * those domains still alerts (fail closed). The real handler, the real token path (silentNaaTokens
 * over a NAA client that refuses silently, as MSAL does without consent), Graph answered by the
 * simulated tenant at the HTTP level, the compose item from the Office.js stand-in.
 */
import { silentNaaTokens } from '../../../src/launchevent/silentTokens';
import { EXCHANGE_ONLINE_DEFAULTS } from '../../../src/domain/policy';
import type { SafetyWindowPolicy } from '../../../src/domain/safetyWindow';
import { simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { GraphClient } from '../../../src/graph/graphClient';
import { sendTimeEvidence } from '../../../src/graph/sendTimeEvidence';
import { roamingVerifiedDomains, VERIFIED_DOMAINS_SETTING } from '../../../src/host/roamingVerifiedDomains';
import { officeComposeItem } from '../../../src/launchevent/composeItem';
import { onMessageSendHandler, type CompletedOptions, type SendTimeDeps } from '../../../src/launchevent/onMessageSend';
import { DemoTokenProvider } from '../../../src/auth/demoTokenProvider';
import { NOW } from '../../builders/domain';
import { setupMswForFile } from '../../builders/graph';
import { aSendEvent, composeStandIn, type ComposeStandInOptions } from '../../builders/officeCompose';
import { aScenario } from '../../builders/scenario';
import { CONFIG, FakeNaaClient, msalErrors } from '../../auth/fakes';

const msw = setupMswForFile();

const boris = { name: 'Boris Ivanov', address: 'boris.ivanov@contoso.com' };
const maria = { name: 'Maria Sokolova', address: 'maria.sokolova@contoso.com' };
/** A colleague in the tenant's second verified domain: the sender's own domain can't tell. */
const olga = { name: 'Olga Lebedeva', address: 'olga.lebedeva@contoso.co.uk' };
const dmitry = { name: 'Dmitry (personal)', address: 'dmitry.k@gmail.com' };
const buyer = { name: 'Buyer', address: 'buyer@fabrikam.com' };

const BY_DEFAULT: SafetyWindowPolicy = { minutes: 10, for: 'outsiders', optInMinutes: 0, withoutGraph: 'sender-domain' };
const STRICT: SafetyWindowPolicy = { ...BY_DEFAULT, withoutGraph: 'alert' };

const tenant = () =>
  aScenario()
    .verifiedDomains('contoso.com', 'contoso.co.uk')
    .mailTip(boris.address, { recipientScope: 'internal' })
    .mailTip(maria.address, { recipientScope: 'internal' })
    .mailTip(olga.address, { recipientScope: 'internal' })
    .mailTip(dmitry.address, { recipientScope: 'external' })
    .mailTip(buyer.address, { recipientScope: 'external' });

/** The event runtime's token path with a NAA client that has no consent: every silent request fails. */
const withoutConsent = () => {
  const naa = new FakeNaaClient([msalErrors.consentRequired()]);
  return { naa, tokens: silentNaaTokens(CONFIG, true, async () => naa) };
};

function setUp(compose: ComposeStandInOptions, { window = BY_DEFAULT, token = false }: { window?: SafetyWindowPolicy; token?: boolean } = {}) {
  msw.server.use(...simulatedTenantHandlers(tenant().build()));
  const standIn = composeStandIn(compose);
  const { naa, tokens } = withoutConsent();
  const client = new GraphClient({ tokens: token ? new DemoTokenProvider() : tokens, maxAttempts: 1 });
  const deps: SendTimeDeps = {
    item: officeComposeItem(standIn.office),
    config: async () => ({ recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window }),
    evidence: (addresses) => sendTimeEvidence(client, addresses, 'contoso.com', roamingVerifiedDomains(standIn.office)),
    now: () => NOW,
  };
  return { deps, naa };
}

async function send(deps: SendTimeDeps): Promise<CompletedOptions> {
  const { event, completed } = aSendEvent();
  await onMessageSendHandler(deps)(event);
  expect(completed).toHaveLength(1);
  return completed[0] as CompletedOptions;
}

const kept = (...domains: string[]) => ({ [VERIFIED_DOMAINS_SETTING]: domains });

describe('no token at Send, config.json default (withoutGraph "sender-domain")', () => {
  it('colleagues in the sender’s domain: sent at once, no alert, and nothing reached Graph', async () => {
    const { deps, naa } = setUp({ to: [boris], cc: [maria] });
    expect(await send(deps)).toEqual({ allowEvent: true });
    expect(naa.silentRequests).toHaveLength(1);
    expect(msw.graphRequests()).toHaveLength(0);
  });

  it.each([
    ['en-US', 'Once delivered, this can’t be recalled from 1 recipient: Dmitry (personal) <dmitry.k@gmail.com> — personal mailbox'],
    ['ru-RU', 'После доставки письмо не отозвать у 1 получателя: Dmitry (personal) <dmitry.k@gmail.com> — личный ящик'],
  ])('%s: a Gmail recipient among colleagues still alerts, and only it is named', async (displayLanguage, words) => {
    const { deps } = setUp({ to: [boris, dmitry], cc: [maria], displayLanguage });
    const options = await send(deps);
    expect(options).toMatchObject({ allowEvent: false, commandId: 'holdAndSend', sendModeOverride: 'promptUser' });
    expect(options.errorMessage).toContain(words);
    expect(options.errorMessage).not.toContain('boris');
    expect(options.errorMessage).not.toContain('maria');
  });

  it('another organisation’s address alerts: outside the organisation’s domains is fail closed', async () => {
    const { deps } = setUp({ to: [boris, buyer] });
    const options = await send(deps);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain('Buyer <buyer@fabrikam.com> — couldn’t confirm it is in your organisation');
  });

  it('a colleague in the tenant’s second domain: alerts when only the sender’s domain is known …', async () => {
    const { deps } = setUp({ to: [olga] });
    expect((await send(deps)).errorMessage).toContain('olga.lebedeva@contoso.co.uk');
  });

  it('… and sends when the pane kept the tenant’s verified domains in roaming settings', async () => {
    const { deps } = setUp({ to: [olga, boris], roaming: kept('contoso.com', 'contoso.co.uk') });
    expect(await send(deps)).toEqual({ allowEvent: true });
  });

  it('kept verified domains name another organisation as such', async () => {
    const { deps } = setUp({ to: [buyer], roaming: kept('contoso.com', 'contoso.co.uk') });
    expect((await send(deps)).errorMessage).toContain('Buyer <buyer@fabrikam.com> — another organisation: recall doesn’t reach it');
  });
});

describe('no token at Send, the admin asked for strictness (withoutGraph "alert")', () => {
  it('colleagues are named: only MailTips confirms a mailbox', async () => {
    const { deps } = setUp({ to: [boris], cc: [maria], roaming: kept('contoso.com') }, { window: STRICT });
    const options = await send(deps);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain('from 2 recipients');
  });
});

describe('with a token, kept domains never outweigh MailTips', () => {
  it('colleagues confirmed by MailTips: sent at once', async () => {
    const { deps } = setUp({ to: [boris, olga] }, { token: true });
    expect(await send(deps)).toEqual({ allowEvent: true });
  });

  it('MailTips says Boris’s address is outside (a contact under our domain): named, whatever the kept domains say', async () => {
    msw.server.use(...simulatedTenantHandlers(tenant().mailTip(boris.address, { recipientScope: 'external' }).build()));
    const standIn = composeStandIn({ to: [boris], roaming: kept('contoso.com') });
    const client = new GraphClient({ tokens: new DemoTokenProvider(), maxAttempts: 1 });
    const deps: SendTimeDeps = {
      item: officeComposeItem(standIn.office),
      config: async () => ({ recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window: BY_DEFAULT }),
      evidence: (addresses) => sendTimeEvidence(client, addresses, 'contoso.com', roamingVerifiedDomains(standIn.office)),
      now: () => NOW,
    };
    expect((await send(deps)).errorMessage).toContain('Boris Ivanov <boris.ivanov@contoso.com> — another organisation');
  });
});
