/**
 * The mailbox key (issue #14, item 1): the one identity recipients are keyed by, and only the
 * address parser makes one. What the parser accepts and refuses is the fail-closed rule's
 * (address.test.ts); here: which addresses share a key and which never do.
 */
import { MALFORMED_KEY_MARK, parseAddress, type MailboxKey } from '../../../src/domain/address';

const keyOf = (raw: string) => parseAddress(raw).key;

describe('MailboxKey: only the parser makes one', () => {
  it('a plain string is not a key (tsc refuses it: the brand is structural, checked by `npx tsc -p tsconfig.json`)', () => {
    // @ts-expect-error a MailboxKey comes from parseAddress, never from a string literal
    const forged: MailboxKey = 'boris@contoso.com';
    // At run time a key is only a string: the brand exists for the compiler, which is the point.
    expect(keyOf('Boris@Contoso.com')).toBe(forged);
  });
});

describe('one mailbox, one key, however it is written', () => {
  it.each([
    ['case and spaces (Office.js)', ' Boris.Ivanov@CONTOSO.com '],
    ['a <…> wrapper (MailTips, reports)', '<boris.ivanov@contoso.com>'],
    ['mailto:', 'mailto:Boris.Ivanov@contoso.com'],
  ])('%s', (_how, raw) => {
    expect(keyOf(raw)).toBe(keyOf('boris.ivanov@contoso.com'));
  });

  it('an IDN domain in Unicode (Office.js) and in punycode (Graph)', () => {
    expect(keyOf('Пётр@Пример.рф')).toBe(keyOf('пётр@xn--e1afmkfd.xn--p1ai'));
  });
});

describe('a malformed address keeps a key of its own', () => {
  // Each of these is MALFORMED_ADDRESS; its key must never be the mailbox it imitates.
  it.each([
    ['the Kelvin sign for K (full case mapping folds it into "k")', '\u212Aate.smith@contoso.com', 'kate.smith@contoso.com'],
    ['a zero-width space', 'kate.smith@con\u200btoso.com', 'kate.smith@contoso.com'],
    ['full-width letters', 'kate.smith@ｃｏｎｔｏｓｏ.com', 'kate.smith@contoso.com'],
    ['a %-escaped dot', 'kate.smith@contoso%2ecom', 'kate.smith@contoso.com'],
    ['an ideographic full stop', 'kate.smith@contoso。com', 'kate.smith@contoso.com'],
  ])('%s', (_disguise, lookAlike, real) => {
    expect(parseAddress(lookAlike).valid).toBe(false);
    expect(keyOf(lookAlike)).not.toBe(keyOf(real));
    expect(keyOf(lookAlike).startsWith(MALFORMED_KEY_MARK)).toBe(true);
  });

  it('is stable, and the same malformed spelling in another ASCII case is the same key (To and Cc are one row)', () => {
    expect(keyOf('Not-An-Address')).toBe(keyOf('not-an-address'));
    expect(keyOf(' not-an-address ')).toBe(keyOf('not-an-address'));
    expect(keyOf('a@b@c')).not.toBe(keyOf('a@b'));
  });
});
