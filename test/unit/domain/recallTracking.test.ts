/**
 * Reading the outcome of a recall from the reports that arrive in the sender's mailbox. A report
 * that can't be matched must leave the recipient pending/unknown — never "recalled".
 */
import { trackRecall, type RecallOutcome, type RecallReport } from '../../../src/domain/recallTracking';

const subject = 'Q4 budget draft — do not forward';
const recalledAt = new Date('2026-11-25T10:00:00Z');
const later = new Date('2026-11-25T10:01:00Z');
const boris = 'boris.ivanov@contoso.com';
const maria = 'maria.sokolova@contoso.com';

const classic = (outcome: 'succeeded' | 'failed', from: string, subjectLine = `Message Recall ${outcome === 'succeeded' ? 'Success' : 'Failure'}: ${subject}`, dateTime: Date | null = later): RecallReport => ({
  kind: 'classic',
  outcome,
  message: { subject: subjectLine, from, dateTime },
});
const cloud = (rows: readonly [string, string][], subjectLine = `Message Recall Report: ${subject}`, link = 'https://outlook.office.com/mail/recall-report/abc?x=1&amp;y=2'): RecallReport => ({
  kind: 'cloud',
  message: { subject: subjectLine, from: 'microsoftexchange@contoso.com', dateTime: later },
  bodyHtml: `<p>Your recall request has been processed.</p><table>${rows.map(([a, s]) => `<tr><td>${a}</td><td>${s}</td></tr>`).join('')}</table><a href="${link}">View</a>`,
});

const outcomesOf = (reports: readonly RecallReport[], targets = [boris, maria]) => Object.fromEntries(trackRecall(targets, reports, subject, recalledAt).outcomes);

describe('trackRecall', () => {
  it('everyone the recall aimed at starts pending, and polling goes on', () => {
    const snapshot = trackRecall([boris, maria], [], subject, recalledAt);
    expect(Object.fromEntries(snapshot.outcomes)).toEqual({ [boris]: 'pending', [maria]: 'pending' });
    expect(snapshot.settled).toBe(false);
  });

  it.each<[string, RecallReport[], Record<string, RecallOutcome>]>([
    ['classic: one report per recipient', [classic('succeeded', 'Boris.Ivanov@CONTOSO.com'), classic('failed', maria)], { [boris]: 'succeeded', [maria]: 'failed' }],
    ['classic: a report for another message is ignored', [classic('succeeded', boris, 'Message Recall Success: Board minutes')], { [boris]: 'pending', [maria]: 'pending' }],
    ['classic: a report from before this recall is ignored', [classic('succeeded', boris, undefined, new Date('2026-11-25T09:00:00Z'))], { [boris]: 'pending', [maria]: 'pending' }],
    ['classic: a report from someone not targeted is ignored', [classic('succeeded', 'dmitry.k@gmail.com')], { [boris]: 'pending', [maria]: 'pending' }],
    ['cloud: rows by address', [cloud([[boris, 'Succeeded'], [maria, 'Failed']])], { [boris]: 'succeeded', [maria]: 'failed' }],
    ['cloud: a pending row stays pending', [cloud([[boris, 'Pending'], [maria, 'Succeeded']])], { [boris]: 'pending', [maria]: 'succeeded' }],
    ['cloud: someone the report does not list is unknown, not recalled', [cloud([[boris, 'Succeeded']])], { [boris]: 'succeeded', [maria]: 'unknown' }],
    ['cloud: a later report settles who an earlier one left pending', [cloud([[boris, 'Pending']]), cloud([[boris, 'Succeeded']])], { [boris]: 'succeeded', [maria]: 'unknown' }],
    ['ru classic: «Успешный отзыв сообщения» / «Сбой отзыва сообщения»', [classic('succeeded', boris, `Успешный отзыв сообщения: ${subject}`), classic('failed', maria, `Сбой отзыва сообщения: ${subject}`)], { [boris]: 'succeeded', [maria]: 'failed' }],
    ['ru cloud: «Отчёт об отзыве сообщения» with Успешно / Сбой', [cloud([[boris, 'Успешно'], [maria, 'Сбой']], `Отчёт об отзыве сообщения: ${subject}`)], { [boris]: 'succeeded', [maria]: 'failed' }],
    ['ru cloud: «В ожидании» stays pending', [cloud([[boris, 'В ожидании'], [maria, 'Успешно']], `Отчет об отзыве сообщения: ${subject}`)], { [boris]: 'pending', [maria]: 'succeeded' }],
    ['malformed: empty subject', [classic('succeeded', boris, '')], { [boris]: 'pending', [maria]: 'pending' }],
    ['malformed: no prefix, only the subject', [classic('succeeded', boris, subject)], { [boris]: 'pending', [maria]: 'pending' }],
    ['malformed: an unknown prefix', [classic('succeeded', boris, `Re: ${subject}`)], { [boris]: 'pending', [maria]: 'pending' }],
    ['malformed: no sender address', [classic('succeeded', '')], { [boris]: 'pending', [maria]: 'pending' }],
    ['malformed: no date still counts (Graph omitted receivedDateTime)', [classic('succeeded', boris, undefined, null)], { [boris]: 'succeeded', [maria]: 'pending' }],
    [
      'malformed: a cloud report with no table leaves everyone unknown, never recalled',
      [{ kind: 'cloud', message: { subject: `Message Recall Report: ${subject}`, from: '', dateTime: later }, bodyHtml: '<div><<<>>> </td' }],
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
    expect(trackRecall([boris], [cloud([[boris, 'Succeeded']])], subject, recalledAt).reportUrl).toBe('https://outlook.office.com/mail/recall-report/abc?x=1&y=2');
  });

  it('settles (polling stops) when nobody is pending any more, and counts add up', () => {
    const snapshot = trackRecall([boris, maria], [cloud([[boris, 'Succeeded'], [maria, 'Failed']])], subject, recalledAt);
    expect(snapshot.settled).toBe(true);
    expect(snapshot.counts).toEqual({ pending: 0, succeeded: 1, failed: 1, unknown: 0 });
  });

  // "Not recalled" / «Не отозвано» contain the success words: they must read as failures.
  it.each<[string, string]>([
    ['English "Not recalled"', 'Not recalled'],
    ['Russian "Не отозвано"', 'Не отозвано'],
  ])('cloud: %s is a failure, never "recalled"', (_case, status) => {
    expect(outcomesOf([cloud([[boris, status]])], [boris])).toEqual({ [boris]: 'failed' });
  });
});
