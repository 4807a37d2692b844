/**
 * The whole check for each built-in demo scenario: simulated Outlook host + real GraphClient +
 * the simulated tenant over MSW. The expected verdicts are test/expected/verdicts.ts, the table
 * the browser's DOM contract (test/e2e/scenarios.spec.ts) reads too.
 */
import { checkMessage } from '../../../src/usecases/check/checkMessage';
import { graphGapText } from '../../../src/app/components/graphGapText';
import { DemoTokenProvider } from '../../../src/auth/demoTokenProvider';
import type { Scenario } from '../../../src/demo/scenario';
import { sentItemOf } from '../../../src/demo/scenarioHost';
import { SIMULATED_REST_ID } from '../../../src/demo/simulatedTenant';
import { BUILT_IN_SCENARIOS } from '../../../src/demo/scenarios';
import { simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { parseAddress } from '../../../src/domain/address';
import { createTranslator } from '../../../src/i18n/translator';
import { askedAddresses, batchEndpoint, emptyButValid, setupMswForFile, type InnerRequest } from '../../builders/graph';
import { tipsFor } from '../../builders/mailTips';
import { aScenario, builtInScenario } from '../../builders/scenario';
import { servicesFor, type ServicesOptions } from '../../builders/services';
import { EXPECTED_VERDICTS } from '../../expected/verdicts';

const { server, graphRequests } = setupMswForFile();

async function check(scenario: Scenario, options: ServicesOptions = {}) {
  server.use(...simulatedTenantHandlers(scenario));
  const { services, host, waits } = servicesFor(scenario, options);
  const item = await host.currentItem();
  if (item === null) throw new Error('no item');
  return { outcome: await checkMessage(services, item), waits };
}

const r = 'recallable' as const;
const n = 'not-recallable' as const;
const boris = 'boris.ivanov@contoso.com';
const dmitryGmail = 'dmitry.k@gmail.com';

// Compose scenarios (message.mode "compose") are checked at Send: test/unit/safetyWindow and safety-window.spec.ts.
const builtInIds = BUILT_IN_SCENARIOS.filter((s) => (s as { message?: { mode?: unknown } }).message?.mode !== 'compose').map((s) => (s as { id: string }).id);

describe('checkMessage for every built-in scenario', () => {
  it('the expected-verdict table (test/expected/verdicts.ts) covers exactly the built-in scenarios', () => {
    expect([...builtInIds].sort()).toEqual(Object.keys(EXPECTED_VERDICTS).sort());
  });

  it.each(Object.entries(EXPECTED_VERDICTS))('%s', async (id, expected) => {
    const { outcome } = await check(builtInScenario(id));
    const { assessment } = outcome;
    expect(assessment.overall).toBe(expected.overall);
    expect(assessment.messageReasons).toEqual(expected.messageReasons);
    expect(assessment.recipients.map((row) => [row.address, row.verdict, row.reasons])).toEqual(expected.rows);
    expect(outcome.gaps.map((g) => g.kind)).toEqual(expected.gaps);
  });

  it('large-list-500: one Graph round trip for 500 recipients; the partner and personal ones are named', async () => {
    const { outcome } = await check(builtInScenario('large-list-500'));
    expect(outcome.roundTrips).toBe(1);
    expect(graphRequests()).toHaveLength(1);
    expect(outcome.assessment.overall).toBe('partial');
    // Every 25th on gmail.com (20), every 10th at fabrikam.com unless already gmail (40).
    expect(outcome.assessment.counts).toEqual({ recallable: 440, uncertain: 0, 'not-recallable': 60 });
    expect(outcome.assessment.recipients.find((row) => row.address === 'person025@gmail.com')?.reasons).toEqual(['CONSUMER_MAILBOX']);
    expect(outcome.assessment.recipients.find((row) => row.address === 'partner010@fabrikam.com')?.reasons).toEqual(['EXTERNAL']);
  });
});

describe('what Graph adds to what Outlook shows', () => {
  it('a Bcc recipient (invisible in Office.js) is judged too, as Bcc', async () => {
    const { outcome } = await check(aScenario().to(boris).bcc(dmitryGmail).build());
    expect(outcome.assessment.recipients.map((row) => [row.address, row.fields, row.verdict])).toEqual([
      [boris, ['to'], r],
      [dmitryGmail, ['bcc'], n],
    ]);
    expect(outcome.gaps).toEqual([]);
  });

  it('recipients beyond the 20 Outlook on the web shows are judged too', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `person${i}@contoso.com`);
    const scenario = aScenario()
      .onWeb()
      .to(...many)
      .build();
    expect(sentItemOf(scenario).recipients).toHaveLength(20);
    const { outcome } = await check(scenario);
    expect(outcome.assessment.recipients).toHaveLength(30);
    expect(outcome.assessment.overall).toBe('recallable');
    expect(outcome.roundTrips).toBe(2);
  });

  it('one check with Graph available is one round trip', async () => {
    const { outcome } = await check(builtInScenario('all-internal'));
    expect(outcome.roundTrips).toBe(1);
    expect(graphRequests()).toHaveLength(1);
  });

  it('subject and sending time come from the message', async () => {
    const { outcome } = await check(builtInScenario('all-internal'));
    expect(outcome.subject).toBe('Q4 budget draft — do not forward');
    expect(outcome.sentDateTime?.toISOString()).toBe('2026-11-25T09:56:00.000Z');
  });
});

describe('degraded mode: the check never stops, it says what it does not know', () => {
  it('Graph unreachable: gaps graph (offline) + bcc, and every non-consumer recipient SCOPE_UNKNOWN', async () => {
    const { outcome } = await check(builtInScenario('graph-unavailable'));
    expect(outcome.gaps).toEqual([{ kind: 'graph', failure: { kind: 'offline' } }, { kind: 'bcc' }]);
    expect(outcome.assessment.recipients.filter((row) => row.verdict === 'recallable')).toEqual([]);
    expect(outcome.assessment.recipients.filter((row) => !row.reasons.includes('CONSUMER_MAILBOX')).every((row) => row.reasons[0] === 'SCOPE_UNKNOWN')).toBe(
      true,
    );
    expect(outcome.roundTrips).toBe(0);
  });

  it('no sign-in possible here: gap says why, and no request is sent', async () => {
    const scenario = builtInScenario('all-internal');
    const { outcome } = await check(scenario, { tokens: new DemoTokenProvider({ kind: 'auth-unavailable', reason: { kind: 'nested-auth-unsupported' } }) });
    expect(outcome.gaps).toEqual([{ kind: 'graph', failure: { kind: 'auth-unavailable', reason: { kind: 'nested-auth-unsupported' } } }, { kind: 'bcc' }]);
    expect(outcome.assessment.overall).toBe('uncertain');
    expect(graphRequests()).toEqual([]);
  });

  it('Outlook mobile: its itemId is already a REST id (use-rest-api.md), so Graph is asked and there is no gap', async () => {
    const { outcome } = await check(aScenario().onMobile().to(boris).build());
    expect(outcome.gaps).toEqual([]);
    expect(graphRequests()).toHaveLength(1);
  });

  it('no Graph client at all (host cannot use it): gap unsupported + bcc', async () => {
    const { outcome } = await check(builtInScenario('all-internal'), { withoutGraph: true });
    expect(outcome.gaps).toEqual([{ kind: 'graph', failure: { kind: 'unsupported', what: 'graph' } }, { kind: 'bcc' }]);
  });

  it('degraded on the web with a full To line: also says the list may be cut at 20', async () => {
    const many = Array.from({ length: 20 }, (_, i) => `person${i}@contoso.com`);
    const { outcome } = await check(
      aScenario()
        .onWeb()
        .to(...many)
        .graphUnavailable()
        .build(),
    );
    expect(outcome.gaps.map((g) => g.kind)).toEqual(['graph', 'bcc', 'truncated']);
  });

  it('Graph answers but the message lookup is throttled for good: gap throttled, verdict from Outlook', async () => {
    const scenario = aScenario().to(boris).fault({ target: 'message', status: 429, retryAfterSeconds: 1 }).build();
    const { outcome, waits } = await check(scenario);
    // Asked again only after each wait; the last one's end is when "Check again" may be used (the scenario's clock).
    expect(outcome.gaps[0]).toEqual({ kind: 'graph', failure: { kind: 'throttled', retryAfterMs: 1000, notBefore: new Date('2026-11-25T10:00:01Z') } });
    expect(waits).toEqual([1000, 1000]);
    // MailTips still answered in the same batch, so Boris is known to be internal; but without the
    // message nobody confirmed it is in Sent Items, so he is not promised a recall (fail closed).
    expect(outcome.assessment.recipients.map((row) => [row.verdict, row.reasons])).toEqual([['uncertain', ['INTERNAL']]]);
    // Our recall mark is read with the message: without it, an earlier recall through the add-in
    // can't be ruled out; nor can a Bcc recipient, whom only the message would name.
    expect(outcome.assessment.messageCautions).toEqual(['SENT_ITEMS_UNKNOWN', 'RECIPIENTS_INCOMPLETE', 'RECALL_HISTORY_UNKNOWN']);
  });

  it.each([
    [false, ['readReceipts']],
    [true, []],
  ])('read receipts unreadable, org recalls read mail: %s → gaps %j', async (recallReadMessages, gaps) => {
    const scenario = aScenario().to(boris).fault({ target: 'readReceipts', status: 500 }).set('policy', { recallReadMessages }).build();
    const { outcome } = await check(scenario);
    expect(outcome.gaps.map((g) => g.kind)).toEqual(gaps);
  });

  it('a message not sent from this mailbox is recognised without Graph too (the sender differs)', async () => {
    const scenario = aScenario().set('message.from', { name: 'Boris', address: boris }).to('alex.morgan@contoso.com').graphUnavailable().build();
    const { outcome } = await check(scenario);
    expect(outcome.assessment.messageReasons).toEqual(['NOT_IN_SENT_ITEMS']);
  });
});

/**
 * #11 item 1: mailboxes Graph cannot serve (on-premises Exchange: Office.js accountType
 * "enterprise"; hybrid; unlicensed) answer 404 MailboxNotEnabledForRESTAPI. That is not "not in
 * Sent Items": the check degrades and says, for an admin, why.
 */
describe('a mailbox Graph cannot serve', () => {
  const onPremises = () => aScenario().account('enterprise').to(boris).cc('laura.jensen@fabrikam.com').build();

  it('on-premises (404 MailboxNotEnabledForRESTAPI): no NOT_IN_SENT_ITEMS, a graph gap naming the mailbox, Bcc unknown', async () => {
    const { outcome } = await check(onPremises());
    expect(outcome.assessment.messageReasons).not.toContain('NOT_IN_SENT_ITEMS');
    expect(outcome.assessment.overall).not.toBe('not-recallable');
    expect(outcome.gaps).toEqual([{ kind: 'graph', failure: { kind: 'mailbox-unavailable', code: 'MailboxNotEnabledForRESTAPI' } }, { kind: 'bcc' }]);
  });

  it.each([
    ['en', /can’t reach this mailbox \(error MailboxNotEnabledForRESTAPI\).*on-premises Exchange.*hybrid.*licence.*Outlook’s own Recall command/],
    ['ru', /не может обратиться к этому почтовому ящику \(ошибка MailboxNotEnabledForRESTAPI\).*локальном сервере Exchange.*гибридный.*лицензии/],
  ] as const)('its gap is worded for an admin (%s): what Graph cannot reach and what to do', async (lang, wording) => {
    const { outcome } = await check(onPremises());
    const gap = outcome.gaps.find((g) => g.kind === 'graph');
    if (gap?.kind !== 'graph') throw new Error('expected a graph gap');
    expect(graphGapText(gap.failure, createTranslator(lang))).toMatch(wording);
  });

  it.each(['ResourceNotFound', 'MailboxNotEnabledForRESTAPI'])('a 404 %s on the message alone is a gap, never NOT_IN_SENT_ITEMS', async (code) => {
    const { outcome } = await check(aScenario().to(boris).fault({ target: 'message', status: 404, code }).build());
    expect(outcome.assessment.messageReasons).toEqual([]);
    expect(outcome.gaps[0]).toMatchObject({ kind: 'graph', failure: { code } });
  });

  it('a documented ErrorItemNotFound while Sent Items answers: NOT_IN_SENT_ITEMS (the item is not in this mailbox)', async () => {
    const { outcome } = await check(aScenario().to(boris).fault({ target: 'message', status: 404, code: 'ErrorItemNotFound' }).build());
    expect(outcome.assessment.messageReasons).toEqual(['NOT_IN_SENT_ITEMS']);
    expect(outcome.gaps).toEqual([]);
  });

  it('the message read but the Sent Items folder not: a gap for that, Bcc still known', async () => {
    const { outcome } = await check(aScenario().to(boris).bcc('finance@contoso.com').fault({ target: 'sentItemsFolder', status: 500 }).build());
    expect(outcome.gaps).toEqual([{ kind: 'graph', failure: { kind: 'server-error', status: 500 } }]);
    expect(outcome.assessment.recipients.map((row) => row.address)).toContain('finance@contoso.com');
  });
});

describe('a personal (consumer) account', () => {
  it('skips Graph entirely: zero requests, no gap to apologise for, NOT_EXCHANGE_MAILBOX', async () => {
    const { outcome } = await check(builtInScenario('personal-outlook-com'));
    expect(graphRequests()).toEqual([]);
    expect(outcome.gaps).toEqual([]);
    expect(outcome.assessment.messageReasons).toEqual(['NOT_EXCHANGE_MAILBOX']);
  });

  it('skips Graph even when Graph would answer', async () => {
    const { outcome } = await check(aScenario().account('outlookCom').to('kim@outlook.com').build());
    expect(graphRequests()).toEqual([]);
    expect(outcome.assessment.overall).toBe('not-recallable');
  });
});

describe('rows match the message, whatever its spelling', () => {
  it('each row is one normalised address', async () => {
    const { outcome } = await check(builtInScenario('odd-addresses'));
    const normalised = outcome.assessment.recipients.map((row) => row.parsed.normalised);
    expect(new Set(normalised).size).toBe(normalised.length);
    expect(outcome.assessment.recipients.find((row) => row.parsed.normalised === parseAddress(boris).normalised)?.fields).toEqual(['to', 'cc']);
  });
});

// Issue 21 item 12: read receipts are the class family REPORT.<original class>.IPNRN; a non-read
// report (…IPNNRN) is not one. Seen where the org recalls only unread mail: READ makes it not-recallable.
describe('read receipts of signed and encrypted mail', () => {
  const unreadOnly = (itemClass: string) => aScenario().to(boris).set('message.itemClass', itemClass).policy({ recallReadMessages: false });

  it.each(['IPM.Note.SMIME', 'IPM.Note.SMIME.MultipartSigned'])('a receipt for a %s message (REPORT.….IPNRN) counts: READ', async (itemClass) => {
    const { outcome } = await check(unreadOnly(itemClass).readBy(boris).build());
    expect(outcome.assessment.recipients.map((row) => [row.address, row.verdict, row.reasons])).toEqual([[boris, n, ['INTERNAL', 'READ']]]);
  });

  it('a non-read report (deleted unread, REPORT.IPM.Note.IPNNRN) is not a read receipt: still recallable', async () => {
    const { outcome } = await check(unreadOnly('IPM.Note').set('tenant.nonReadReceipts', [boris]).build());
    expect(outcome.assessment.recipients.map((row) => [row.address, row.verdict, row.reasons])).toEqual([[boris, r, ['INTERNAL']]]);
    expect(outcome.gaps).toEqual([]);
  });
});

/**
 * #21 item 1: Graph's message adds recipients Outlook can't show and confirms the ones it shows; it
 * never removes one. A field it leaves out is unknown; an answer about another message is none.
 */
describe('Graph never removes a recipient Outlook shows', () => {
  const laura = 'laura.jensen@fabrikam.com';
  const scenario = aScenario().subject('Q4').to(boris).cc(laura).build();
  const list = (...addresses: string[]) => addresses.map((address) => ({ emailAddress: { address } }));
  async function checkWith(message: Record<string, unknown>) {
    const honest = {
      id: SIMULATED_REST_ID,
      parentFolderId: 'folder-sentitems',
      subject: 'Q4',
      toRecipients: list(boris),
      ccRecipients: list(laura),
      bccRecipients: [],
    };
    server.use(
      batchEndpoint((r: InnerRequest) => {
        if (r.id === 'message') return { status: 200, body: Object.fromEntries(Object.entries({ ...honest, ...message }).filter(([, v]) => v !== undefined)) };
        if (!r.id.startsWith('tips-')) return emptyButValid(r);
        return { status: 200, body: { value: tipsFor(askedAddresses(r)) } };
      }),
    );
    const { services } = servicesFor(scenario);
    const outcome = await checkMessage(services, sentItemOf(scenario));
    return { ...outcome, rows: outcome.assessment.recipients.map((row) => [row.address, row.verdict]) };
  }

  it('Graph’s message without ccRecipients: Laura (Cc, outside) stays, so it is not "everyone is in your organisation"', async () => {
    const outcome = await checkWith({ ccRecipients: undefined });
    expect(outcome.rows).toEqual([
      [boris, r],
      [laura, n],
    ]);
    expect(outcome.assessment.overall).toBe('partial');
    expect(outcome.gaps).toEqual([]);
  });

  it('Graph’s message without bccRecipients: Bcc unknown, said, and nobody promised a recall', async () => {
    const outcome = await checkWith({ ccRecipients: [], bccRecipients: undefined });
    expect(outcome.gaps).toEqual([{ kind: 'bcc' }, { kind: 'recipientsDisagree' }]);
    expect(outcome.assessment.messageCautions).toEqual(['RECIPIENTS_INCOMPLETE']);
    expect(outcome.rows).toEqual([
      [boris, 'uncertain'],
      [laura, n],
    ]);
  });

  it('an answer about another message (another id): no evidence at all, the verdict from what Outlook shows', async () => {
    const outcome = await checkWith({ id: 'AAMkAGI2-another-sent-item', ccRecipients: [], bccRecipients: list('finance@contoso.com') });
    expect(outcome.gaps).toEqual([{ kind: 'graph', failure: { kind: 'malformed-response', what: 'message (another-id)' } }, { kind: 'bcc' }]);
    expect(outcome.rows).toEqual([
      [boris, 'uncertain'],
      [laura, n],
    ]);
    expect(outcome.assessment.messageCautions).toEqual(['SENT_ITEMS_UNKNOWN', 'RECIPIENTS_INCOMPLETE', 'RECALL_HISTORY_UNKNOWN']);
  });
});
