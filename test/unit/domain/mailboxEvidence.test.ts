import { readReceiptSenders, recallAlreadyRequested, stripPrefix } from '../../../src/domain/mailboxEvidence';

const sent = new Date('2026-11-25T09:56:00Z');
const after = new Date('2026-11-25T09:57:00Z');
const before = new Date('2026-11-25T09:00:00Z');
const subject = 'Q4 budget draft — do not forward';

describe('read receipts: who has opened the message', () => {
  it.each<[string, { subject: string; from: string; dateTime: Date | null }, boolean]>([
    ['an English receipt after sending', { subject: `Read: ${subject}`, from: 'Boris@Contoso.com', dateTime: after }, true],
    ['a Russian receipt', { subject: `Прочитано: ${subject}`, from: 'boris@contoso.com', dateTime: after }, true],
    ['a receipt with no date', { subject: `Read: ${subject}`, from: 'boris@contoso.com', dateTime: null }, true],
    ['a receipt from before the message was sent (an older message, same subject)', { subject: `Read: ${subject}`, from: 'boris@contoso.com', dateTime: before }, false],
    ['a receipt for another subject', { subject: 'Read: Q3 budget', from: 'boris@contoso.com', dateTime: after }, false],
    ['a reply, not a receipt', { subject: `Re: ${subject}`, from: 'boris@contoso.com', dateTime: after }, false],
    ['a receipt from an unreadable address', { subject: `Read: ${subject}`, from: 'Boris', dateTime: after }, false],
  ])('%s → counted: %s', (_why, receipt, counted) => {
    expect(readReceiptSenders([receipt], subject, sent).has('boris@contoso.com')).toBe(counted);
  });
});

describe('recall already requested', () => {
  it.each<[string, string, Date | null, boolean]>([
    ['"Recall:" with the same subject after sending', `Recall: ${subject}`, after, true],
    ['Russian "Отзыв:"', `Отзыв: ${subject}`, after, true],
    ['a recall of another message', 'Recall: Board minutes', after, false],
    ['a recall request from before this message was sent', `Recall: ${subject}`, before, false],
  ])('%s → %s', (_why, requestSubject, dateTime, expected) => {
    expect(recallAlreadyRequested([{ subject: requestSubject, from: 'alex@contoso.com', dateTime }], subject, sent)).toBe(expected);
  });

  it('no recall requests, no recall', () => {
    expect(recallAlreadyRequested([], subject, sent)).toBe(false);
  });
});

describe('stripPrefix', () => {
  it.each<[string, string | null]>([
    ['Read: Hello', 'Hello'],
    ['READ : Hello', 'Hello'],
    ['Read：Hello', 'Hello'],
    ['Hello', null],
    ['Fwd: Hello', null],
  ])('%j → %j', (text, expected) => {
    expect(stripPrefix(text, ['read'])).toBe(expected);
  });
});
