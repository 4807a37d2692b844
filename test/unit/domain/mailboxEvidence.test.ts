import { earliestRecallRequest, fromTenant, readReceiptSenders, subjectRefersTo } from '../../../src/domain/mailboxEvidence';
import { keyOf } from '../../builders/domain';

const sent = new Date('2026-11-25T09:56:00Z');
const after = new Date('2026-11-25T09:57:00Z');
const before = new Date('2026-11-25T09:00:00Z');
const subject = 'Q4 budget draft — do not forward';

// The receipts given here are already of the read-receipt class family REPORT.….IPNRN (Graph filtered on it).
describe('read receipts: who has opened the message', () => {
  it.each<[string, { subject: string; from: string; dateTime: Date | null }, boolean]>([
    ['an English receipt after sending', { subject: `Read: ${subject}`, from: 'Boris@Contoso.com', dateTime: after }, true],
    ['a Russian receipt', { subject: `Прочитано: ${subject}`, from: 'boris@contoso.com', dateTime: after }, true],
    ['a receipt in a language we have no word list for (Polish)', { subject: `Przeczytano: ${subject}`, from: 'boris@contoso.com', dateTime: after }, true],
    ['a receipt with no date', { subject: `Read: ${subject}`, from: 'boris@contoso.com', dateTime: null }, true],
    [
      'a receipt from before the message was sent (an older message, same subject)',
      { subject: `Read: ${subject}`, from: 'boris@contoso.com', dateTime: before },
      false,
    ],
    ['a receipt for another subject', { subject: 'Read: Q3 budget', from: 'boris@contoso.com', dateTime: after }, false],
    ['a receipt from an unreadable address', { subject: `Read: ${subject}`, from: 'Boris', dateTime: after }, false],
    // Issue 21 item 7: a reply's receipt is another message's (our subject behind two prefixes).
    ['a receipt for a reply to it ("Read: RE: …")', { subject: `Read: RE: ${subject}`, from: 'boris@contoso.com', dateTime: after }, false],
    [
      'a Russian receipt for a forward («Прочитано: Пересл.: …»)',
      { subject: `Прочитано: Пересл.: ${subject}`, from: 'boris@contoso.com', dateTime: after },
      false,
    ],
  ])('%s → counted: %s', (_why, receipt, counted) => {
    expect(readReceiptSenders([receipt], subject, sent)?.has(keyOf('boris@contoso.com')) === true).toBe(counted);
  });
});

describe('earlier recall request (class IPM.Outlook.Recall)', () => {
  /** The message went to Boris, and the user sent its subject once. */
  const ours = { subject, recipients: new Set([keyOf('boris@contoso.com')]), subjectUnique: true };
  const request = (requestSubject: string, dateTime: Date | null, recipients = ['boris@contoso.com']) => ({
    subject: requestSubject,
    from: 'alex@contoso.com',
    dateTime,
    recipients,
  });

  it.each<[string, ReturnType<typeof request>, typeof ours, 'ours' | 'ambiguous' | null]>([
    ['"Recall:" with the same subject after sending', request(`Recall: ${subject}`, after), ours, 'ours'],
    ['Russian "Отзыв:"', request(`Отзыв: ${subject}`, after), ours, 'ours'],
    ['a recall of another message', request('Recall: Board minutes', after), ours, null],
    ['a recall request from before this message was sent', request(`Recall: ${subject}`, before), ours, null],
    // Issue 21 item 7: the same rules as for reports decide an earlier recall.
    ['a recall of a reply to it ("Recall: RE: …")', request(`Recall: RE: ${subject}`, after), ours, null],
    ['a recall sent to someone the message did not go to', request(`Recall: ${subject}`, after, ['dmitry@contoso.com']), ours, null],
    ['the subject sent more than once: it may be the other one’s', request(`Recall: ${subject}`, after), { ...ours, subjectUnique: false }, 'ambiguous'],
  ])('%s → %s', (_why, candidate, message, expected) => {
    const earliest = earliestRecallRequest([candidate], message, sent);
    expect(earliest === null || earliest === 'ambiguous' ? earliest : 'ours').toBe(expected);
  });

  it('the earliest of several, with its time', () => {
    const later = new Date('2026-11-25T10:30:00Z');
    const earliest = earliestRecallRequest([request(`Recall: ${subject}`, later), request(`Recall: ${subject}`, after)], ours, sent);
    expect(earliest !== 'ambiguous' && earliest?.dateTime).toEqual(after);
  });

  it('no recall requests, no recall', () => {
    expect(earliestRecallRequest([], ours, sent)).toBeNull();
  });
});

describe('subjectRefersTo: our subject behind one prefix, in any language', () => {
  it.each<[string, string, boolean]>([
    ['Read: Hello', 'Hello', true],
    ['READ : hello', 'Hello', true],
    ['Read：Hello', 'Hello', true],
    ['Message Recall Report for message: Hello', 'Hello', true],
    ['Hello', 'Hello', true],
    ['Re Hello', 'Hello', false],
    ['Othello', 'Hello', false],
    ['Read: Hello again', 'Hello', false],
    ['Read: ', '', false],
    // One prefix segment only: a second one is another message (a reply, a forward).
    ['Message Recall Report: RE: Hello', 'Hello', false],
    ['Read: RE: Hello', 'Hello', false],
    ['Recall: FW: Hello', 'Hello', false],
    ['Отчет об отзыве: Ответ: Hello', 'Hello', false],
    ['Read：RE：Hello', 'Hello', false],
    ['Read: RE: Hello', 'RE: Hello', true],
  ])('%j refers to %j: %s', (text, ours, expected) => {
    expect(subjectRefersTo(text, ours)).toBe(expected);
  });
});

describe('fromTenant', () => {
  it.each<[string, boolean]>([
    ['microsoftexchange@contoso.com', true],
    ['MicrosoftExchange@Contoso.OnMicrosoft.com', true],
    ['microsoftexchange@contoso.com.evil.example', false],
    ['microsoftexchange@evil-contoso.com', false],
    ['microsoftexchange', false],
  ])('%s → %s', (address, expected) => {
    expect(fromTenant(address, ['contoso.com', 'contoso.onmicrosoft.com'])).toBe(expected);
  });
});
