/**
 * Reading the outcome of a recall from the reports that arrive in the sender's mailbox. A report
 * that can't be matched, or that lacks Exchange's evidence, must leave the recipient
 * pending/unknown — never "recalled".
 */
import { earlierRecallReport, trackRecall, type FoundReports, type RecallOutcome, type RecallReport } from '../../../src/domain/recallTracking';
// Bodies reach the domain as the Graph adapter reads them from the report's HTML.
import { STATUS_WORDINGS } from '../../../src/domain/reportWordings';
import { readReportBody } from '../../../src/graph/reportBody';
import { keyOf } from '../../builders/domain';

const subject = 'Q4 budget draft — do not forward';
const recalledAt = new Date('2026-11-25T10:00:00Z');
const later = new Date('2026-11-25T10:01:00Z');
const boris = 'boris.ivanov@contoso.com';
const maria = 'maria.sokolova@contoso.com';
const TENANT = ['contoso.com', 'contoso.onmicrosoft.com'];

const classic = (
  outcome: 'succeeded' | 'failed',
  from: string,
  subjectLine = `Message Recall ${outcome === 'succeeded' ? 'Success' : 'Failure'}: ${subject}`,
  dateTime: Date | null = later,
  more: { toRecipients?: string[]; bodyHtml?: string; messageClass?: string } = {},
): RecallReport => ({
  kind: 'classic',
  messageClass: more.messageClass ?? (outcome === 'succeeded' ? 'IPM.Recall.Report.Success' : 'IPM.Recall.Report.Failure'),
  message: { subject: subjectLine, from, dateTime },
  toRecipients: more.toRecipients ?? ['alex.morgan@contoso.com'],
  body: readReportBody(more.bodyHtml ?? ''),
});
const cloud = (
  rows: readonly [string, string][],
  subjectLine = `Message Recall Report: ${subject}`,
  link = 'https://outlook.office.com/mail/recall-report/abc?x=1&amp;y=2',
  from = 'microsoftexchange@contoso.com',
): RecallReport => ({
  kind: 'cloud',
  message: { subject: subjectLine, from, dateTime: later },
  body: readReportBody(
    `<p>Your recall request has been processed.</p><table>${rows.map(([a, s]) => `<tr><td>${a}</td><td>${s}</td></tr>`).join('')}</table><a href="${link}">View</a>`,
  ),
});
/** The user sent this subject once (Sent Items asked): a report with it can be ours alone. */
const found = (reports: readonly RecallReport[], subjectUnique: boolean | null = true): FoundReports => ({
  reports,
  tenantDomains: TENANT,
  complete: true,
  subjectUnique,
});
/** The recalled message: our subject, sent to Boris and Maria. */
const sent = { subject, recipients: new Set([boris, maria].map(keyOf)) };

const outcomesOf = (reports: readonly RecallReport[], targets = [boris, maria], subjectUnique: boolean | null = true) =>
  Object.fromEntries(trackRecall(targets.map(keyOf), found(reports, subjectUnique), sent, recalledAt).outcomes);

describe('trackRecall', () => {
  it('everyone the recall aimed at starts pending, and polling goes on', () => {
    const snapshot = trackRecall([boris, maria].map(keyOf), found([]), sent, recalledAt);
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({ [boris]: 'pending', [maria]: 'pending' });
    expect(snapshot.settled).toBe(false);
  });

  it.each<[string, RecallReport[], Record<string, RecallOutcome>]>([
    [
      'classic: one report per recipient',
      [classic('succeeded', 'Boris.Ivanov@CONTOSO.com'), classic('failed', maria)],
      { [boris]: 'succeeded', [maria]: 'failed' },
    ],
    [
      'classic: a report for another message is ignored',
      [classic('succeeded', boris, 'Message Recall Success: Board minutes')],
      { [boris]: 'pending', [maria]: 'pending' },
    ],
    [
      'classic: a report from before this recall is ignored',
      [classic('succeeded', boris, undefined, new Date('2026-11-25T09:00:00Z'))],
      { [boris]: 'pending', [maria]: 'pending' },
    ],
    ['classic: a report from someone not targeted is ignored', [classic('succeeded', 'dmitry.k@contoso.com')], { [boris]: 'pending', [maria]: 'pending' }],
    // Item 5: which field names the recipient is undocumented: from, the To line, or the body.
    [
      'classic: the recipient on the To line (sent by Exchange)',
      [classic('succeeded', 'microsoftexchange@contoso.com', undefined, later, { toRecipients: [boris] })],
      { [boris]: 'succeeded', [maria]: 'pending' },
    ],
    [
      'classic: the recipient named only in the body',
      [
        classic('failed', 'microsoftexchange@contoso.com', undefined, later, {
          bodyHtml: `<p>Your message</p><p>To: Maria Sokolova &lt;${maria}&gt;</p><p>could not be recalled.</p>`,
        }),
      ],
      { [boris]: 'pending', [maria]: 'failed' },
    ],
    [
      'classic: the outcome is the message class, whatever the subject says',
      [classic('failed', boris, `Message Recall Success: ${subject}`)],
      { [boris]: 'failed', [maria]: 'pending' },
    ],
    [
      'cloud: rows by address',
      [
        cloud([
          [boris, 'Succeeded'],
          [maria, 'Failed'],
        ]),
      ],
      { [boris]: 'succeeded', [maria]: 'failed' },
    ],
    [
      'cloud: a pending row stays pending',
      [
        cloud([
          [boris, 'Pending'],
          [maria, 'Succeeded'],
        ]),
      ],
      { [boris]: 'pending', [maria]: 'succeeded' },
    ],
    ['cloud: someone the report does not list is unknown, not recalled', [cloud([[boris, 'Succeeded']])], { [boris]: 'succeeded', [maria]: 'unknown' }],
    [
      'cloud: a later report settles who an earlier one left pending',
      [cloud([[boris, 'Pending']]), cloud([[boris, 'Succeeded']])],
      { [boris]: 'succeeded', [maria]: 'unknown' },
    ],
    // Item 3: subjects follow the mailbox language; the prefix's words are never compared.
    [
      'ru classic: any localized prefix',
      [classic('succeeded', boris, `Сообщение отозвано: ${subject}`), classic('failed', maria, `Не удалось отозвать сообщение: ${subject}`)],
      { [boris]: 'succeeded', [maria]: 'failed' },
    ],
    [
      'ru cloud: «Отчет об отзыве» with Отозвано / Не отозвано',
      [
        cloud(
          [
            [boris, 'Отозвано'],
            [maria, 'Не отозвано'],
          ],
          `Отчет об отзыве: ${subject}`,
        ),
      ],
      { [boris]: 'succeeded', [maria]: 'failed' },
    ],
    [
      'ru cloud: «В ожидании» stays pending',
      [
        cloud(
          [
            [boris, 'В ожидании'],
            [maria, 'Успешно'],
          ],
          `Отчёт об отзыве сообщения: ${subject}`,
        ),
      ],
      { [boris]: 'pending', [maria]: 'succeeded' },
    ],
    [
      'de cloud: a language we have no words for ties by subject, the status words stay unknown',
      [cloud([[boris, 'Zurückgerufen']], `Bericht zum Nachrichtenrückruf: ${subject}`)],
      { [boris]: 'unknown', [maria]: 'unknown' },
    ],
    ['malformed: empty subject', [classic('succeeded', boris, '')], { [boris]: 'pending', [maria]: 'pending' }],
    [
      'malformed: our subject inside a longer one without a prefix colon',
      [classic('succeeded', boris, `About ${subject}`)],
      { [boris]: 'pending', [maria]: 'pending' },
    ],
    ['malformed: no sender address', [classic('succeeded', '')], { [boris]: 'pending', [maria]: 'pending' }],
    [
      'malformed: no date still counts (Graph omitted receivedDateTime)',
      [classic('succeeded', boris, undefined, null)],
      { [boris]: 'succeeded', [maria]: 'pending' },
    ],
    [
      'malformed: a classic report whose class is not a report class',
      [classic('succeeded', boris, undefined, later, { messageClass: 'IPM.Note' })],
      { [boris]: 'pending', [maria]: 'pending' },
    ],
    [
      'malformed: a cloud report with no table leaves everyone unknown, never recalled',
      [
        {
          kind: 'cloud',
          message: { subject: `Message Recall Report: ${subject}`, from: 'microsoftexchange@contoso.com', dateTime: later },
          body: readReportBody('<div><<<>>> </td'),
        },
      ],
      { [boris]: 'unknown', [maria]: 'unknown' },
    ],
    // A row for a mailbox the message did not go to: the report is another message's (issue 21 item 7).
    [
      'malformed: a status word next to another address does not count for ours',
      [cloud([['boris.ivanov@contoso.com.evil.example', 'Succeeded']])],
      { [boris]: 'pending', [maria]: 'pending' },
    ],
  ])('%s', (_case, reports, expected) => {
    expect(outcomesOf(reports)).toEqual(expected);
  });

  it('a cloud report gives the link to its report page (entities decoded)', () => {
    expect(trackRecall([boris].map(keyOf), found([cloud([[boris, 'Succeeded']])]), sent, recalledAt).reportUrl).toBe(
      'https://outlook.office.com/mail/recall-report/abc?x=1&y=2',
    );
  });

  it('settles (polling stops) when nobody is pending any more, and counts add up', () => {
    const snapshot = trackRecall(
      [boris, maria].map(keyOf),
      found([
        cloud([
          [boris, 'Succeeded'],
          [maria, 'Failed'],
        ]),
      ]),
      sent,
      recalledAt,
    );
    expect(snapshot.settled).toBe(true);
    expect(snapshot.counts).toEqual({ pending: 0, succeeded: 1, failed: 1, unknown: 0 });
  });

  it('a cloud report read before it names everyone does not settle: polling goes on until a later reading names them', () => {
    // Read between two recipients' outcomes (issue 22, item 3: a reopened pane whose first reading
    // fell there stopped with Maria "unknown" and "every report is in").
    const early = trackRecall([boris, maria].map(keyOf), found([cloud([[boris, 'Succeeded']])]), sent, recalledAt);
    expect(Object.fromEntries(early.outcomes)).toEqual({ [boris]: 'succeeded', [maria]: 'unknown' });
    expect(early.settled).toBe(false);
    const later = trackRecall(
      [boris, maria].map(keyOf),
      found([
        cloud([
          [boris, 'Succeeded'],
          [maria, 'Failed'],
        ]),
      ]),
      sent,
      recalledAt,
    );
    expect(Object.fromEntries(later.outcomes)).toEqual({ [boris]: 'succeeded', [maria]: 'failed' });
    expect(later.settled).toBe(true);
  });

  it('an incomplete read of the mailbox is said, not hidden', () => {
    expect(trackRecall([boris].map(keyOf), { ...found([]), complete: false }, sent, recalledAt).complete).toBe(false);
  });

  // "Not recalled" / «Не отозвано» contain the success words: they must read as failures.
  it.each<[string, string]>([
    ['English "Not recalled"', 'Not recalled'],
    ['Russian "Не отозвано"', 'Не отозвано'],
  ])('cloud: %s is a failure, never "recalled"', (_case, status) => {
    expect(outcomesOf([cloud([[boris, status]])], [boris])).toEqual({ [boris]: 'failed' });
  });
});

// Issue 21 item 6: a row is "recalled" only on a recognised success wording with no negation in it
// (src/domain/reportWordings.ts, one table with sources); a failure wording wins; anything else is
// unknown, never recalled by default.
describe('cloud report wording (issue 21 item 6): negations and failures never read as recalled', () => {
  it.each<[string, RecallOutcome]>([
    ['This message could not be recalled', 'failed'],
    ['This message couldn’t be recalled', 'failed'],
    ["It wasn't recalled", 'failed'],
    ['Was not recalled', 'failed'],
    ['Recall unsuccessful', 'failed'],
    ['Recalled: no', 'unknown'],
    ['Not successfully recalled', 'unknown'],
    ['Not yet recalled', 'unknown'],
    ['Сообщение не удалось отозвать', 'failed'],
    ['Сообщение не было отозвано', 'unknown'],
    ['Не\u00a0отозвано', 'failed'],
    ['Отзыв не выполнен', 'unknown'],
    ['Zurückgerufen', 'unknown'],
    // What a genuine row of success says, en and ru: still recalled.
    ['Recalled', 'succeeded'],
    ['Succeeded', 'succeeded'],
    ['Отозвано', 'succeeded'],
    ['Успешно', 'succeeded'],
  ])('%j → %s', (status, expected) => {
    expect(outcomesOf([cloud([[boris, status]])], [boris])).toEqual({ [boris]: expected });
  });
});

// Issue 21 item 7: a report settles only the message it is about.
describe('reports of another message (issue 21 item 7) settle nobody', () => {
  it.each<[string, RecallReport[]]>([
    ['a cloud report of a reply ("…: RE: <subject>")', [cloud([[boris, 'Succeeded']], `Message Recall Report: RE: ${subject}`)]],
    ['a classic report of a forward ("…: FW: <subject>")', [classic('succeeded', boris, `Message Recall Success: FW: ${subject}`)]],
    ['a Russian report of a reply («…: Ответ: <subject>»)', [cloud([[boris, 'Отозвано']], `Отчет об отзыве: Ответ: ${subject}`)]],
    [
      'a report that also names someone the message did not go to',
      [
        cloud([
          [boris, 'Succeeded'],
          ['dmitry.kozlov@contoso.com', 'Succeeded'],
        ]),
      ],
    ],
  ])('%s: everyone stays pending, no link', (_case, reports) => {
    const snapshot = trackRecall([boris, maria].map(keyOf), found(reports), sent, recalledAt);
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({ [boris]: 'pending', [maria]: 'pending' });
    expect(snapshot.reportUrl).toBeNull();
  });

  it('the subject was sent more than once: the report may be the other message’s, so its rows are unknown, never recalled', () => {
    const reports = [cloud([[boris, 'Succeeded']]), classic('succeeded', maria)];
    const snapshot = trackRecall([boris, maria].map(keyOf), found(reports, false), sent, recalledAt);
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({ [boris]: 'unknown', [maria]: 'unknown' });
    expect(snapshot.reportUrl).toBeNull();
  });

  it('not known yet whether the subject was sent once (Sent Items unanswered): pending, read again at the next poll', () => {
    expect(outcomesOf([cloud([[boris, 'Succeeded']])], [boris, maria], null)).toEqual({ [boris]: 'pending', [maria]: 'pending' });
  });

  it('a report received before the recall (a recall of an earlier message with this subject) settles nobody', () => {
    const before: RecallReport = {
      ...cloud([[boris, 'Succeeded']]),
      message: { subject: `Message Recall Report: ${subject}`, from: 'microsoftexchange@contoso.com', dateTime: new Date('2026-11-25T09:30:00Z') },
    };
    expect(outcomesOf([before])).toEqual({ [boris]: 'pending', [maria]: 'pending' });
  });
});

describe('earlierRecallReport: a report proves an earlier recall only of its own message', () => {
  const sentAt = new Date('2026-11-25T09:56:00Z');
  it.each<[string, 'ours' | 'ambiguous' | null, RecallReport[], boolean | null]>([
    ['a genuine report of ours', 'ours', [cloud([[boris, 'Succeeded']])], true],
    ['a report of a reply', null, [cloud([[boris, 'Succeeded']], `Message Recall Report: RE: ${subject}`)], true],
    ['a report naming someone else', null, [cloud([['dmitry.kozlov@contoso.com', 'Succeeded']])], true],
    ['the subject sent more than once', 'ambiguous', [cloud([[boris, 'Succeeded']])], false],
    ['uniqueness not known', 'ambiguous', [classic('failed', maria)], null],
    ['a classic report about nobody we sent to', null, [classic('succeeded', 'dmitry.kozlov@contoso.com')], true],
  ])('%s → %s', (_case, expected, reports, unique) => {
    const earlier = earlierRecallReport(found(reports, unique), sent, sentAt);
    expect(earlier === null || earlier === 'ambiguous' ? earlier : 'ours').toBe(expected);
  });
});

describe('look-alike reports (issue 12): only Exchange’s evidence counts', () => {
  it.each<[string, RecallReport]>([
    [
      'a cloud report from an outside address',
      cloud(
        [
          [boris, 'Succeeded'],
          [maria, 'Succeeded'],
        ],
        undefined,
        undefined,
        'microsoftexchange@contoso-support.example',
      ),
    ],
    ['a classic report from an outside address', classic('succeeded', 'boris.ivanov@contoso.com.evil.example', undefined, later, { toRecipients: [boris] })],
    ['a cloud report from an address with no domain', cloud([[boris, 'Succeeded']], undefined, undefined, 'microsoftexchange')],
  ])('%s settles nobody and gives no link', (_case, report) => {
    const snapshot = trackRecall([boris, maria].map(keyOf), found([report]), sent, recalledAt);
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({ [boris]: 'pending', [maria]: 'pending' });
    expect(snapshot.reportUrl).toBeNull();
  });

  it.each([
    ['a foreign host', 'https://recall-report.example/mail/recall-report/abc'],
    ['a look-alike host', 'https://outlook.office.com.evil.example/report'],
    ['plain http', 'http://outlook.office.com/mail/recall-report/abc'],
    ['credentials in the URL', 'https://user:pw@outlook.office.com/report'],
    ['a javascript: link', 'javascript:alert(1)'],
  ])('a genuine report linking to %s: the outcome counts, the link is not offered', (_case, link) => {
    const snapshot = trackRecall([boris].map(keyOf), found([cloud([[boris, 'Succeeded']], undefined, link)]), sent, recalledAt);
    expect(snapshot.outcomes.get(keyOf(boris))).toBe('succeeded');
    expect(snapshot.reportUrl).toBeNull();
  });

  it('of several links, the Microsoft one is offered (outlook.office365.com)', () => {
    const report: RecallReport = {
      ...cloud([[boris, 'Succeeded']]),
      body: readReportBody(
        `<a href="https://evil.example/x">x</a><table><tr><td>${boris}</td><td>Succeeded</td></tr></table><a href="https://outlook.office365.com/mail/r">View</a>`,
      ),
    };
    expect(trackRecall([boris].map(keyOf), found([report]), sent, recalledAt).reportUrl).toBe('https://outlook.office365.com/mail/r');
  });
});

describe('the wording table (src/domain/reportWordings.ts)', () => {
  it('has success, failure and pending wordings in English and Russian, each with its source', () => {
    const covered = new Set(STATUS_WORDINGS.map((w) => `${w.lang}:${w.outcome}`));
    expect([...covered].sort()).toEqual(['en:failed', 'en:pending', 'en:succeeded', 'ru:failed', 'ru:pending', 'ru:succeeded']);
    expect(STATUS_WORDINGS.filter((w) => w.source.trim() === '' || w.phrase.trim() === '')).toEqual([]);
  });
});
