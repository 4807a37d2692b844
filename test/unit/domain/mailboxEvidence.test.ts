import { earliestRecallRequest, fromTenant, readReceiptSenders, subjectRefersTo } from '../../../src/domain/mailboxEvidence';
import { keyOf } from '../../builders/domain';

const sent = new Date('2026-11-25T09:56:00Z');
const after = new Date('2026-11-25T09:57:00Z');
const before = new Date('2026-11-25T09:00:00Z');
const subject = 'Q4 budget draft — do not forward';

// The receipts given here are already of class REPORT.IPM.Note.IPNRN (Graph filtered on it).
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
  ])('%s → counted: %s', (_why, receipt, counted) => {
    expect(readReceiptSenders([receipt], subject, sent)?.has(keyOf('boris@contoso.com')) === true).toBe(counted);
  });
});

describe('earlier recall request (class IPM.Outlook.Recall)', () => {
  it.each<[string, string, Date | null, boolean]>([
    ['"Recall:" with the same subject after sending', `Recall: ${subject}`, after, true],
    ['Russian "Отзыв:"', `Отзыв: ${subject}`, after, true],
    ['a recall of another message', 'Recall: Board minutes', after, false],
    ['a recall request from before this message was sent', `Recall: ${subject}`, before, false],
  ])('%s → %s', (_why, requestSubject, dateTime, expected) => {
    expect(earliestRecallRequest([{ subject: requestSubject, from: 'alex@contoso.com', dateTime }], subject, sent) !== null).toBe(expected);
  });

  it('the earliest of several, with its time', () => {
    const later = new Date('2026-11-25T10:30:00Z');
    expect(
      earliestRecallRequest(
        [
          { subject: `Recall: ${subject}`, from: 'a@contoso.com', dateTime: later },
          { subject: `Recall: ${subject}`, from: 'a@contoso.com', dateTime: after },
        ],
        subject,
        sent,
      )?.dateTime,
    ).toEqual(after);
  });

  it('no recall requests, no recall', () => {
    expect(earliestRecallRequest([], subject, sent)).toBeNull();
  });
});

describe('subjectRefersTo: our subject behind any prefix, in any language', () => {
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
