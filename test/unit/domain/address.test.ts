import { isSameOrSubdomain, parseAddress, toAsciiDomain, visibleAddress } from '../../../src/domain/address';
import { aMessage, aRecipient, assess, rowFor, SENDER } from '../../builders/domain';

describe('parseAddress: addresses as mail really has them', () => {
  it.each<[string, string, string]>([
    ['case', 'Boris.Ivanov@CONTOSO.com', 'boris.ivanov@contoso.com'],
    ['surrounding spaces', '  boris@contoso.com  ', 'boris@contoso.com'],
    ['mailto: wrapper', 'mailto:Boris@Contoso.com', 'boris@contoso.com'],
    ['MAILTO: in capitals', 'MAILTO:boris@contoso.com', 'boris@contoso.com'],
    ['<...> wrapper', '<boris@contoso.com>', 'boris@contoso.com'],
    ['mailto: around <...>', 'mailto:<boris@contoso.com>', 'boris@contoso.com'],
    ['IDN domain → punycode', 'пётр@пример.рф', 'пётр@xn--e1afmkfd.xn--p1ai'],
    ['IDN domain in capitals', 'Пётр@ПРИМЕР.РФ', 'пётр@xn--e1afmkfd.xn--p1ai'],
    ['already punycode', 'petr@xn--e1afmkfd.xn--p1ai', 'petr@xn--e1afmkfd.xn--p1ai'],
    ['plus addressing is kept (a distinct address)', 'boris.ivanov+billing@contoso.com', 'boris.ivanov+billing@contoso.com'],
    ['trailing dot of a fully-qualified domain', 'boris@contoso.com.', 'boris@contoso.com'],
    ['subdomain', 'boris@mail.contoso.com', 'boris@mail.contoso.com'],
  ])('%s: %j → %j', (_why, raw, normalised) => {
    const parsed = parseAddress(raw);
    expect(parsed).toMatchObject({ valid: true, normalised });
  });

  it('splits local part and ASCII domain', () => {
    expect(parseAddress('Пётр@Пример.рф')).toEqual({
      valid: true,
      key: 'пётр@xn--e1afmkfd.xn--p1ai',
      normalised: 'пётр@xn--e1afmkfd.xn--p1ai',
      local: 'пётр',
      domain: 'xn--e1afmkfd.xn--p1ai',
    });
  });

  it.each<[string, string | null | undefined]>([
    ['empty', ''],
    ['only spaces', '   '],
    ['null', null],
    ['undefined', undefined],
    ['no @', 'not-an-address'],
    ['nothing before @', '@contoso.com'],
    ['nothing after @', 'boris@'],
    ['single-label domain', 'boris@localhost'],
    ['space inside', 'boris ivanov@contoso.com'],
    ['display name left in', 'Boris Ivanov <boris@contoso.com>'],
    ['domain label starting with a dash', 'boris@-contoso.com'],
    ['path in the domain', 'boris@contoso.com/x'],
    ['empty label', 'boris@contoso..com'],
  ])('%s is invalid, never a throw', (_why, raw) => {
    expect(parseAddress(raw).valid).toBe(false);
  });

  it('keeps a lower-cased normalised form even for invalid input, so duplicates still merge', () => {
    expect(parseAddress('  Not-An-Address ').normalised).toBe('not-an-address');
  });
});

describe('addresses are judged as sent: a disguise never collapses into another mailbox (issue #12)', () => {
  // Each of these, fed to the URL parser's IDNA mapping, used to become boris@contoso.com.
  it.each<[string, string]>([
    ['zero-width space in the domain', 'boris@con\u200btoso.com'],
    ['zero-width joiner in the domain', 'boris@contoso\u200d.com'],
    ['soft hyphen in the domain', 'boris@con\u00adtoso.com'],
    ['word joiner in the domain', 'boris@contoso.\u2060com'],
    ['byte-order mark in the domain', 'boris@\ufeffcontoso.com'],
    ['byte-order mark before the whole address (String#trim would eat it)', '\ufeffboris@contoso.com'],
    ['no-break space inside the domain', 'boris@contoso\u00a0.com'],
    ['right-to-left override before the domain', 'boris@\u202econtoso.com'],
    ['left-to-right isolate in the domain', 'boris@contoso\u2066.com'],
    ['variation selector after the domain', 'boris@contoso.com\ufe0f'],
    ['combining grapheme joiner', 'boris@conto\u034fso.com'],
    ['full-width letters', 'boris@ｃｏｎｔｏｓｏ.com'],
    ['full-width dot', 'boris@contoso．com'],
    ['ideographic full stop', 'boris@contoso。com'],
    ['double-struck capital C', 'boris@ℂontoso.com'],
    ['Kelvin sign for k', 'boris@\u212Aontoso.com'],
    ['a %-escaped dot', 'boris@contoso%2ecom'],
    ['a %-escaped letter', 'boris@c%6Fntoso.com'],
    ['zero-width space in the local part', 'bo\u200bris@contoso.com'],
    ['full-width local part', 'ｂｏｒｉｓ@contoso.com'],
    ['bidi override in the local part', '\u202eboris@contoso.com'],
    ['a ligature in the local part', 'ﬁnance@contoso.com'],
  ])('%s: %j is MALFORMED (disguised), not boris@contoso.com', (_why, raw) => {
    const parsed = parseAddress(raw);
    expect(parsed).toMatchObject({ valid: false, disguised: true });
    expect(parsed.normalised).not.toBe('boris@contoso.com');
    // Even if some source "knew" the collapsed address as internal, the row is uncertain and says why.
    const row = rowFor(assess(aMessage().to(raw), [aRecipient('boris@contoso.com').internal()]), raw);
    expect(row).toMatchObject({ verdict: 'uncertain', reasons: ['MALFORMED_ADDRESS'] });
  });

  it('shows a disguised address with its invisible characters spelt out, and leaves others as they are', () => {
    expect(visibleAddress('boris@con\u200btoso.com')).toBe('boris@con[U+200B]toso.com');
    expect(visibleAddress('\u202eboris@contoso.com\u{E0041}')).toBe('[U+202E]boris@contoso.com[U+E0041]');
    expect(visibleAddress('пётр@пример.рф')).toBe('пётр@пример.рф');
  });

  it('an ordinary malformed address is not called disguised', () => {
    expect(parseAddress('not-an-address')).toMatchObject({ valid: false, disguised: false });
    expect(parseAddress('boris@localhost')).toMatchObject({ valid: false, disguised: false });
  });

  it.each<[string, string]>([
    ['Cyrillic о in contoso', 'boris@cоntoso.com'],
    ['Greek ο in contoso', 'boris@cοntoso.com'],
  ])('a look-alike made of real letters (%s) is a different, valid domain: never ours', (_why, raw) => {
    const parsed = parseAddress(raw);
    expect(parsed.valid).toBe(true);
    expect(parsed.valid && parsed.domain).toMatch(/^xn--/);
    expect(parsed.normalised).not.toBe('boris@contoso.com');
  });

  it.each<[string, string]>([
    ['Russian IDN', 'пётр@пример.рф'],
    ['German IDN with umlaut', 'anna@bücher.de'],
    ['Greek IDN', 'eleni@παράδειγμα.δοκιμή'],
    ['Chinese IDN', 'li@例子.中国'],
    ['Devanagari (combining marks)', 'ravi@उदाहरण.भारत'],
  ])('legit IDN stays valid (%s): %j', (_why, raw) => {
    expect(parseAddress(raw)).toMatchObject({ valid: true, domain: expect.stringMatching(/xn--/) });
  });
});

describe('toAsciiDomain / isSameOrSubdomain', () => {
  it.each<[string, string | null]>([
    ['Contoso.COM', 'contoso.com'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai'],
    ['contoso.com.', 'contoso.com'],
    ['', null],
    ['contoso', null],
    ['con toso.com', null],
    ['contoso.com:443', null],
  ])('%j → %j', (raw, ascii) => {
    expect(toAsciiDomain(raw)).toBe(ascii);
  });

  it.each<[string, string, boolean]>([
    ['contoso.com', 'contoso.com', true],
    ['eu.mail.contoso.com', 'contoso.com', true],
    ['notcontoso.com', 'contoso.com', false],
    ['contoso.com.evil.org', 'contoso.com', false],
  ])('%s under %s: %s', (domain, parent, expected) => {
    expect(isSameOrSubdomain(domain, parent)).toBe(expected);
  });
});

describe('recipients in an assessment', () => {
  it('the same person in To, Cc and Bcc (any case) is one row listing every field', () => {
    const assessment = assess(aMessage().to('Boris.Ivanov@CONTOSO.com').cc('boris.ivanov@contoso.com').bcc('<BORIS.IVANOV@contoso.com>'), [
      aRecipient('boris.ivanov@contoso.com').internal(),
    ]);
    expect(assessment.recipients).toHaveLength(1);
    expect(assessment.recipients[0]).toMatchObject({ address: 'Boris.Ivanov@CONTOSO.com', fields: ['to', 'cc', 'bcc'], verdict: 'recallable' });
    expect(assessment.counts.recallable).toBe(1);
  });

  it('the same address twice in one field is still one row with that field once', () => {
    const assessment = assess(aMessage().to('boris@contoso.com', 'BORIS@contoso.com'), [aRecipient('boris@contoso.com').internal()]);
    expect(assessment.recipients.map((r) => r.fields)).toEqual([['to']]);
  });

  it('keeps the first display name and the address as the message carries it', () => {
    const assessment = assess(aMessage().to({ name: 'BORIS IVANOV', address: 'Boris@Contoso.com' }).cc({ name: 'Boris again', address: 'boris@contoso.com' }));
    expect(assessment.recipients[0]).toMatchObject({ name: 'BORIS IVANOV', address: 'Boris@Contoso.com' });
  });

  it('a plus address is judged by its own domain, as its own row', () => {
    const assessment = assess(aMessage().to('boris@contoso.com', 'boris+billing@contoso.com'), [
      aRecipient('boris@contoso.com').internal(),
      aRecipient('boris+billing@contoso.com').internal('verifiedDomains'),
    ]);
    expect(assessment.recipients.map((r) => [r.parsed.normalised, r.verdict])).toEqual([
      ['boris@contoso.com', 'recallable'],
      ['boris+billing@contoso.com', 'uncertain'],
    ]);
  });

  it('an IDN recipient finds the facts recorded for its punycode form', () => {
    const assessment = assess(aMessage().to('пётр@пример.рф'), [aRecipient('пётр@xn--e1afmkfd.xn--p1ai').external()]);
    expect(rowFor(assessment, 'пётр@пример.рф')).toMatchObject({ verdict: 'not-recallable', reasons: ['EXTERNAL'] });
  });

  it('empty and malformed addresses are rows judged uncertain, next to normal ones', () => {
    const assessment = assess(aMessage().to('', 'not-an-address', '@', 'boris@contoso.com').cc('   '), [aRecipient('boris@contoso.com').internal()]);
    const malformed = assessment.recipients.filter((r) => !r.parsed.valid);
    expect(malformed.length).toBeGreaterThan(0);
    for (const row of malformed) expect(row).toMatchObject({ verdict: 'uncertain', reasons: ['MALFORMED_ADDRESS'] });
    expect(rowFor(assessment, 'boris@contoso.com').verdict).toBe('recallable');
    expect(assessment.overall).toBe('uncertain');
  });

  it('the sender among the recipients is a recipient like any other (their own copy can be recalled)', () => {
    const assessment = assess(aMessage().from(SENDER).to('boris@contoso.com').bcc(SENDER.toUpperCase()), [
      aRecipient('boris@contoso.com').internal(),
      aRecipient(SENDER).internal(),
    ]);
    expect(assessment.recipients).toHaveLength(2);
    expect(rowFor(assessment, SENDER)).toMatchObject({ verdict: 'recallable', fields: ['bcc'] });
    expect(assessment.overall).toBe('recallable');
  });
});
