/**
 * The verdict each built-in demo scenario must get: one table, read by the use-case test
 * (test/unit/app/checkMessage.test.ts: checkMessage against the simulated tenant) and by the demo's
 * DOM contract in the browser (test/e2e/scenarios.spec.ts). The expectations are written from the
 * rules in docs/architecture.md ("The reason-code spine") and the scenario files, not copied from
 * the app:
 *
 *   message blockers → every recipient not-recallable, except ALREADY_RECALLED, which blocks a new
 *   recall only (each recipient keeps their own verdict); INTERNAL recallable; EXTERNAL and
 *   CONSUMER_MAILBOX not-recallable; EXTERNAL_ALLOWED_TENANT, GROUP_HAS_EXTERNAL_MEMBERS and
 *   SCOPE_UNKNOWN uncertain; READ recallable unless the policy says recallReadMessages: false.
 *   Overall: blocker or nobody reachable → not-recallable; all recallable → recallable; none
 *   not-recallable but some uncertain → uncertain; otherwise partial.
 *
 * Without Graph (graph-unavailable) the only fact left is the sender's own domain, which
 * docs/architecture.md says is "marked uncertain": SCOPE_UNKNOWN. Office.js never shows Bcc, so
 * that row is absent. MALFORMED_ADDRESS is the app's documented addition to those rules
 * (src/domain/reasonCodes.ts, docs/fail-closed.md). Compose scenarios (message.mode "compose") have
 * no verdict: they are checked at Send (test/unit/safetyWindow, safety-window.spec.ts).
 */
import { largeListScenario } from '../../src/demo/scenarios/largeList';
import type { MessageReason, RecipientReason } from '../../src/domain/reasonCodes';
import type { OverallVerdict, Verdict } from '../../src/domain/verdict';

/** One recipient row: the address as the message spells it, its verdict and its reason codes. */
export type ExpectedRow = readonly [address: string, verdict: Verdict, reasons: readonly RecipientReason[]];

export interface ExpectedVerdict {
  readonly overall: OverallVerdict;
  readonly messageReasons: readonly MessageReason[];
  /** One row per distinct recipient, in the order the check lists them. */
  readonly rows: readonly ExpectedRow[];
  /** The evidence the check says it lacks (the kinds of CheckOutcome.gaps), in order. */
  readonly gaps: readonly string[];
  /** The banner title in English, where worth pinning (the browser checks it). */
  readonly title?: string;
}

const r = 'recallable' as const;
const u = 'uncertain' as const;
const n = 'not-recallable' as const;
const boris = 'boris.ivanov@contoso.com';
const maria = 'maria.sokolova@contoso.com';
const chen = 'chen.wei@contoso.com';
const dmitryGmail = 'dmitry.k@gmail.com';
const internal = (address: string): ExpectedRow => [address, r, ['INTERNAL']];
const blocked = (address: string): ExpectedRow => [address, n, ['INTERNAL']];
/** A verdict without message reasons or evidence gaps. */
const plain = (overall: OverallVerdict, rows: readonly ExpectedRow[], title?: string): ExpectedVerdict => ({
  overall,
  messageReasons: [],
  rows,
  gaps: [],
  ...(title === undefined ? {} : { title }),
});

function largeList(count: number): ExpectedVerdict {
  const rows = largeListScenario(count).message.to.map(({ address }): ExpectedRow => {
    const domain = address.split('@')[1];
    if (domain === 'contoso.com') return [address, r, ['INTERNAL']];
    if (domain === 'gmail.com') return [address, n, ['CONSUMER_MAILBOX']];
    return [address, n, ['EXTERNAL']]; // fabrikam.com, not on the allow-list
  });
  const reachable = rows.filter(([, verdict]) => verdict === r).length;
  return { overall: 'partial', messageReasons: [], rows, gaps: [], title: `Recall can reach ${reachable} of ${count}` };
}

export const EXPECTED_VERDICTS: Readonly<Record<string, ExpectedVerdict>> = {
  'all-internal': plain('recallable', [internal(boris), internal(maria), internal(chen)], 'Recall can still work for everyone'),
  'gmail-among-internal': plain('partial', [internal(boris), [dmitryGmail, n, ['CONSUMER_MAILBOX']], internal(maria)], 'Recall can reach 2 of 3'),
  'only-external': plain(
    'not-recallable',
    [
      ['laura.jensen@fabrikam.com', n, ['EXTERNAL']],
      ['sam.patel@northwind.example', n, ['EXTERNAL']],
    ],
    'A recall can’t work for this message',
  ),
  'personal-outlook-com': {
    overall: 'not-recallable',
    messageReasons: ['NOT_EXCHANGE_MAILBOX'],
    rows: [
      ['kim.lee@outlook.com', n, ['CONSUMER_MAILBOX']],
      [dmitryGmail, n, ['CONSUMER_MAILBOX']],
    ],
    gaps: [],
  },
  // Graph: the message is in the Inbox (parentFolderId ≠ Sent Items' id). Alex is the only recipient of Boris' message.
  'not-in-sent-items': { overall: 'not-recallable', messageReasons: ['NOT_IN_SENT_ITEMS'], rows: [blocked('alex.morgan@contoso.com')], gaps: [] },
  // Degraded: only what Office.js shows (no Bcc finance@), scope guessed from the sender's domain.
  'graph-unavailable': {
    overall: 'partial',
    messageReasons: [],
    rows: [
      [boris, u, ['SCOPE_UNKNOWN']],
      [dmitryGmail, n, ['CONSUMER_MAILBOX']],
      [maria, u, ['SCOPE_UNKNOWN']],
    ],
    gaps: ['graph', 'bcc'],
    // Two of the "reachable" are only uncertain, so the title must not promise them.
    title: 'Recall may reach up to 2 of 3',
  },
  // Graph can't serve the mailbox (404 MailboxNotEnabledForRESTAPI): not NOT_IN_SENT_ITEMS; scopes from
  // the tenant's verified domains (the directory still answers); Bcc unknown. MailTips can't be
  // asked either: the verified domains alone leave colleagues unconfirmed.
  'on-premises-mailbox': {
    overall: 'partial',
    messageReasons: [],
    rows: [
      [boris, u, ['INTERNAL_DOMAIN_UNCONFIRMED']],
      [maria, u, ['INTERNAL_DOMAIN_UNCONFIRMED']],
      ['laura.jensen@fabrikam.com', n, ['EXTERNAL']],
    ],
    gaps: ['graph', 'bcc'],
  },
  // No token (nobody consented to the add-in's Graph permissions): nothing from Graph at all, so as
  // without Graph: the sender's domain alone (SCOPE_UNKNOWN), no Bcc.
  'consent-missing': {
    overall: 'partial',
    messageReasons: [],
    rows: [
      [boris, u, ['SCOPE_UNKNOWN']],
      [dmitryGmail, n, ['CONSUMER_MAILBOX']],
      [maria, u, ['SCOPE_UNKNOWN']],
    ],
    gaps: ['graph', 'bcc'],
    title: 'Recall may reach up to 2 of 3',
  },
  'too-old': { overall: 'not-recallable', messageReasons: ['TOO_OLD'], rows: [blocked(boris), blocked(maria)], gaps: [] },
  'recall-disabled': { overall: 'not-recallable', messageReasons: ['RECALL_DISABLED_BY_POLICY'], rows: [blocked(boris), blocked(maria)], gaps: [] },
  'meeting-request': { overall: 'not-recallable', messageReasons: ['MEETING_ITEM'], rows: [blocked(boris)], gaps: [] },
  'group-with-externals': plain(
    'uncertain',
    [['atlas@contoso.com', u, ['INTERNAL', 'GROUP_HAS_EXTERNAL_MEMBERS']], internal(boris)],
    'Recall may work, but it is not certain',
  ),
  'partner-tenant': plain('uncertain', [['laura.jensen@fabrikam.com', u, ['EXTERNAL_ALLOWED_TENANT']], internal(boris)]),
  'throttled-batch': plain('recallable', [internal(boris), internal(maria), internal(chen)]),
  // The message lookup throttled for 30 s, longer than the check's budget: not asked again. MailTips
  // still say colleagues, but nobody confirmed the message is in Sent Items (SENT_ITEMS_UNKNOWN caps
  // everyone at uncertain) and Bcc is unknown.
  'throttled-wait': {
    overall: 'uncertain',
    messageReasons: [],
    rows: [
      [boris, u, ['INTERNAL']],
      [maria, u, ['INTERNAL']],
      [chen, u, ['INTERNAL']],
    ],
    gaps: ['graph', 'bcc'],
  },
  // The cc "boris.ivanov@contoso.com" is the same mailbox as the first To: one row, first spelling.
  'odd-addresses': plain('partial', [
    internal('Boris.Ivanov@CONTOSO.com'),
    internal('boris.ivanov+billing@contoso.com'),
    ['not-an-address', u, ['MALFORMED_ADDRESS']],
    ['пётр@пример.рф', n, ['EXTERNAL']],
  ]),
  'read-by-one': plain('recallable', [[boris, r, ['INTERNAL', 'READ']], internal(maria), internal(chen)]),
  'read-not-recallable': plain('partial', [[boris, n, ['INTERNAL', 'READ']], internal(maria), internal(chen)]),
  'already-recalled': { overall: 'not-recallable', messageReasons: ['ALREADY_RECALLED'], rows: [internal(boris), internal(maria), internal(chen)], gaps: [] },
  'new-outlook-ru': plain('partial', [internal(boris), ['dmitry.k@yandex.ru', n, ['CONSUMER_MAILBOX']], internal(chen)]),
  // The recall-* scenarios differ only in how the recall itself goes; the check is plain.
  'recall-partial-failure': plain('partial', [internal(boris), [dmitryGmail, n, ['CONSUMER_MAILBOX']], internal(maria)]),
  'recall-refused': plain('recallable', [internal(boris), internal(maria), internal(chen)]),
  'recall-throttled': plain('recallable', [internal(boris), internal(maria), internal(chen)]),
  'recall-classic-reports': plain('recallable', [internal(boris), internal(maria), internal(chen)]),
  'large-list-500': largeList(500),
};
