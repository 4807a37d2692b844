/**
 * Reading the outcome of a recall from the reports that arrive in the sender's mailbox. A report
 * that can't be matched, or that lacks Exchange's evidence, must leave the recipient
 * pending/unknown — never "recalled".
 */
import { trackRecall, type FoundReports, type RecallOutcome, type RecallReport } from '../../../src/domain/recallTracking';
// Bodies reach the domain as the Graph adapter reads them from the report's HTML.
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
const found = (reports: readonly RecallReport[]): FoundReports => ({ reports, tenantDomains: TENANT, complete: true });

const outcomesOf = (reports: readonly RecallReport[], targets = [boris, maria]) =>
  Object.fromEntries(trackRecall(targets.map(keyOf), found(reports), subject, recalledAt).outcomes);

describe('trackRecall', () => {
  it('everyone the recall aimed at starts pending, and polling goes on', () => {
    const snapshot = trackRecall([boris, maria].map(keyOf), found([]), subject, recalledAt);
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
    [
      'malformed: a status word next to another address does not count for ours',
      [cloud([['boris.ivanov@contoso.com.evil.example', 'Succeeded']])],
      { [boris]: 'unknown', [maria]: 'unknown' },
    ],
  ])('%s', (_case, reports, expected) => {
    expect(outcomesOf(reports)).toEqual(expected);
  });

  it('a cloud report gives the link to its report page (entities decoded)', () => {
    expect(trackRecall([boris].map(keyOf), found([cloud([[boris, 'Succeeded']])]), subject, recalledAt).reportUrl).toBe(
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
      subject,
      recalledAt,
    );
    expect(snapshot.settled).toBe(true);
    expect(snapshot.counts).toEqual({ pending: 0, succeeded: 1, failed: 1, unknown: 0 });
  });

  it('a cloud report read before it names everyone does not settle: polling goes on until a later reading names them', () => {
    // Read between two recipients' outcomes (issue 22, item 3: a reopened pane whose first reading
    // fell there stopped with Maria "unknown" and "every report is in").
    const early = trackRecall([boris, maria].map(keyOf), found([cloud([[boris, 'Succeeded']])]), subject, recalledAt);
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
      subject,
      recalledAt,
    );
    expect(Object.fromEntries(later.outcomes)).toEqual({ [boris]: 'succeeded', [maria]: 'failed' });
    expect(later.settled).toBe(true);
  });

  it('an incomplete read of the mailbox is said, not hidden', () => {
    expect(trackRecall([boris].map(keyOf), { ...found([]), complete: false }, subject, recalledAt).complete).toBe(false);
  });

  // "Not recalled" / «Не отозвано» contain the success words: they must read as failures.
  it.each<[string, string]>([
    ['English "Not recalled"', 'Not recalled'],
    ['Russian "Не отозвано"', 'Не отозвано'],
  ])('cloud: %s is a failure, never "recalled"', (_case, status) => {
    expect(outcomesOf([cloud([[boris, status]])], [boris])).toEqual({ [boris]: 'failed' });
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
    const snapshot = trackRecall([boris, maria].map(keyOf), found([report]), subject, recalledAt);
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
    const snapshot = trackRecall([boris].map(keyOf), found([cloud([[boris, 'Succeeded']], undefined, link)]), subject, recalledAt);
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
    expect(trackRecall([boris].map(keyOf), found([report]), subject, recalledAt).reportUrl).toBe('https://outlook.office365.com/mail/r');
  });
});
