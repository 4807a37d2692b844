import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import type { FailureKind } from '../../../src/domain/failure';
import { en, type MessageKey } from '../../../src/i18n/en';
import { ru } from '../../../src/i18n/ru';
import { escapeHtml } from '../../../src/domain/escapeHtml';
import { createTranslator, resolveLanguage, type Lang } from '../../../src/i18n/translator';

/*
 * The catalogs as a whole: every message of en.ts and ru.ts parsed once with formatjs' own ICU
 * parser and compared structurally. Each test collects the offending keys, so a failure names them.
 * That ru has exactly en's keys is the compiler's job: ru is typed Record<MessageKey, string>, and an
 * object literal with a missing or an extra key does not compile.
 */

const keys = Object.keys(en) as MessageKey[];
const catalogs: Record<Lang, Readonly<Record<MessageKey, string>>> = { en, ru };
const LANGS: readonly Lang[] = ['en', 'ru'];

/** What a message asks of its caller and shows its reader, independent of the words. */
interface Shape {
  /** argument → how it is used ('argument', 'number', 'date', 'time', 'select', 'plural', 'selectordinal'). */
  readonly args: Map<string, Set<string>>;
  /** select argument → its branch names. */
  readonly selects: Map<string, Set<string>>;
  /** cardinal plurals: argument and its CLDR categories (exact =N matches left out). */
  readonly plurals: { readonly arg: string; readonly categories: readonly string[] }[];
  readonly tags: string[];
}

function shapeOf(elements: readonly MessageFormatElement[], shape: Shape = { args: new Map(), selects: new Map(), plurals: [], tags: [] }): Shape {
  const noteUse = (name: string, kind: string) => shape.args.set(name, (shape.args.get(name) ?? new Set()).add(kind));
  for (const element of elements) {
    if (isArgumentElement(element)) noteUse(element.value, 'argument');
    else if (isNumberElement(element)) noteUse(element.value, 'number');
    else if (isDateElement(element)) noteUse(element.value, 'date');
    else if (isTimeElement(element)) noteUse(element.value, 'time');
    else if (isTagElement(element)) {
      shape.tags.push(element.value);
      shapeOf(element.children, shape);
    } else if (isSelectElement(element)) {
      noteUse(element.value, 'select');
      const branches = shape.selects.get(element.value) ?? new Set<string>();
      for (const option of Object.keys(element.options)) branches.add(option);
      shape.selects.set(element.value, branches);
      for (const option of Object.values(element.options)) shapeOf(option.value, shape);
    } else if (isPluralElement(element)) {
      noteUse(element.value, element.pluralType === 'ordinal' ? 'selectordinal' : 'plural');
      if (element.pluralType !== 'ordinal')
        shape.plurals.push({
          arg: element.value,
          categories: Object.keys(element.options)
            .filter((k) => !k.startsWith('='))
            .sort(),
        });
      for (const option of Object.values(element.options)) shapeOf(option.value, shape);
    } else if (isPoundElement(element)) {
      // `#` is the enclosing plural's own number.
    }
  }
  return shape;
}

type Parsed = { readonly ok: true; readonly shape: Shape } | { readonly ok: false; readonly error: string };
const parsed: Record<Lang, Map<MessageKey, Parsed>> = { en: new Map(), ru: new Map() };
for (const lang of LANGS) {
  for (const key of keys) {
    try {
      parsed[lang].set(key, { ok: true, shape: shapeOf(parse(catalogs[lang][key])) });
    } catch (error) {
      parsed[lang].set(key, { ok: false, error: String((error as { originalMessage?: string }).originalMessage ?? error) });
    }
  }
}

/** Keys whose message parsed in both languages, with both shapes. */
const pairs = keys.flatMap((key) => {
  const a = parsed.en.get(key);
  const b = parsed.ru.get(key);
  return a?.ok && b?.ok ? [{ key, en: a.shape, ru: b.shape }] : [];
});

const describeArgs = (shape: Shape) => [...shape.args].map(([name, kinds]) => `${name}:${[...kinds].sort().join('+')}`).sort();

/**
 * What an argument must be given: a select's branch name, a date, a number, or anything printable.
 * A number printed plainly in one language may be a plural in the other (Russian agrees «2 из 3
 * получателей» where English needs no plural), so 'plain' goes with 'number'; any other pair differs.
 */
function argumentClash(a: Set<string>, b: Set<string>): boolean {
  const classOf = (kinds: Set<string>) =>
    kinds.has('select')
      ? 'select'
      : kinds.has('date') || kinds.has('time')
        ? 'date'
        : kinds.has('plural') || kinds.has('selectordinal') || kinds.has('number')
          ? 'number'
          : 'plain';
  const [x, y] = [classOf(a), classOf(b)];
  return x !== y && !([x, y].includes('plain') && [x, y].includes('number'));
}

const argumentsDiffer = (p: { en: Shape; ru: Shape }) =>
  [...p.en.args.keys()].sort().join() !== [...p.ru.args.keys()].sort().join() ||
  [...p.en.args].some(([name, kinds]) => argumentClash(kinds, p.ru.args.get(name) ?? new Set()));
const describeSelects = (shape: Shape) => [...shape.selects].map(([name, branches]) => `${name}{${[...branches].sort().join(',')}}`).sort();

describe('the catalogs, message by message, as a whole', () => {
  it('every message is valid ICU MessageFormat', () => {
    const broken = LANGS.flatMap((lang) => [...parsed[lang]].flatMap(([key, p]) => (p.ok ? [] : [`${lang} ${key}: ${p.error}`])));
    expect(broken).toEqual([]);
    // The walk sees real structure (a parser that returned nothing would pass the tests below).
    expect(pairs.filter((p) => p.en.plurals.length > 0).length).toBeGreaterThan(20);
    expect(pairs.filter((p) => p.en.selects.size > 0).length).toBeGreaterThan(10);
  });

  it('no message is empty', () => {
    const empty = LANGS.flatMap((lang) => keys.filter((key) => catalogs[lang][key].trim() === '').map((key) => `${lang} ${key}`));
    expect(empty).toEqual([]);
  });

  it('ru asks for the same arguments as en, each used the same way (plain, number, date, select, plural)', () => {
    const differing = pairs.filter(argumentsDiffer).map((p) => `${p.key}: en [${describeArgs(p.en).join(', ')}] ru [${describeArgs(p.ru).join(', ')}]`);
    expect(differing).toEqual([]);
  });

  it('every select has the same branches in en and ru', () => {
    const differing = pairs
      .filter((p) => describeSelects(p.en).join() !== describeSelects(p.ru).join())
      .map((p) => `${p.key}: en ${describeSelects(p.en).join(' ')} ru ${describeSelects(p.ru).join(' ')}`);
    expect(differing).toEqual([]);
  });

  it('tags are the same in en and ru', () => {
    const differing = pairs
      .filter((p) => [...p.en.tags].sort().join() !== [...p.ru.tags].sort().join())
      .map((p) => `${p.key}: en <${p.en.tags.join('> <')}> ru <${p.ru.tags.join('> <')}>`);
    expect(differing).toEqual([]);
  });

  it('Russian plurals have one, few, many and other; English ones one and other', () => {
    // A plural with only exact matches (=1) and a fallback has no categories to get wrong.
    const wanted: Record<Lang, string> = { en: 'one,other', ru: 'few,many,one,other' };
    const wrong = pairs.flatMap((p) =>
      LANGS.flatMap((lang) =>
        p[lang].plurals
          .filter(({ categories }) => !(categories.length === 1 && categories[0] === 'other') && categories.join() !== wanted[lang])
          .map(({ arg, categories }) => `${lang} ${p.key} {${arg}}: ${categories.join(', ')}`),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('every message formats, with sample values, into text without ICU leftovers', () => {
    const failures: string[] = [];
    for (const lang of LANGS) {
      const { t } = createTranslator(lang);
      for (const key of keys) {
        const p = parsed[lang].get(key);
        if (!p?.ok) continue;
        const values = Object.fromEntries(
          [...p.shape.args].map(([name, kinds]) => {
            const branch = [...(p.shape.selects.get(name) ?? [])].find((b) => b !== 'other');
            if (kinds.has('select')) return [name, branch ?? 'other'];
            return [name, kinds.has('plural') || kinds.has('number') || kinds.has('date') || kinds.has('time') ? 2 : 'X'];
          }),
        );
        try {
          const text = t(key, values);
          if (text.trim() === '' || /[{}]/.test(text)) failures.push(`${lang} ${key}: "${text}"`);
        } catch (error) {
          failures.push(`${lang} ${key}: ${String(error)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('Russian plurals (one / few / many)', () => {
  const t = createTranslator('ru').t;

  it.each<[number, string]>([
    [1, '1 получатель'],
    [2, '2 получателя'],
    [4, '4 получателя'],
    [5, '5 получателей'],
    [11, '11 получателей'],
    [12, '12 получателей'],
    [21, '21 получатель'],
    [22, '22 получателя'],
    [25, '25 получателей'],
    [111, '111 получателей'],
  ])('%i → %s', (count, text) => {
    expect(t('context.recipients', { count })).toBe(text);
  });

  it.each<[number, string]>([
    [1, 'Нельзя отозвать: 1 получатель'],
    [3, 'Нельзя отозвать: 3 получателя'],
    [11, 'Нельзя отозвать: 11 получателей'],
  ])('group heading for %i', (count, text) => {
    expect(t('group.not-recallable', { count })).toBe(text);
  });

  it.each<[number, string]>([
    [1, 'не старше 1 дня'],
    [2, 'не старше 2 дней'],
    [21, 'не старше 21 дня'],
    [365, 'не старше 365 дней'],
  ])('TOO_OLD explanation for %i days', (days, fragment) => {
    expect(t('reason.TOO_OLD.detail', { days })).toContain(fragment);
  });

  it('English: 1 recipient, 2 recipients', () => {
    const tEn = createTranslator('en').t;
    expect([tEn('context.recipients', { count: 1 }), tEn('context.recipients', { count: 2 })]).toEqual(['1 recipient', '2 recipients']);
  });
});

describe('html(): values are text, never markup', () => {
  it.each<Lang>(['en', 'ru'])('%s: a <script> in the subject stays text', (lang) => {
    const subject = '<script>alert("x")</script> & <b>Q4</b>';
    const text = createTranslator(lang).html('template.pleaseDelete.subject', { subject });
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<b>');
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;Q4&lt;/b&gt;');
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('an apostrophe or braces in a value are not read as ICU syntax', () => {
    expect(createTranslator('en').html('template.apology.subject', { subject: "Don't {panic}" })).toBe('Apologies: Don&#39;t {panic}');
  });
});

describe('failures in words', () => {
  const kinds: FailureKind[] = [
    'consent-required',
    'auth-unavailable',
    'forbidden',
    'not-found',
    'mailbox-unavailable',
    'throttled',
    'offline',
    'timeout',
    'server-error',
    'malformed-response',
    'unsupported',
    'unexpected',
    'redirected',
  ];
  const failureOf = (kind: FailureKind) =>
    kind === 'unexpected'
      ? { kind, correlationId: 'ab12cd34' }
      : kind === 'throttled'
        ? { kind, retryAfterMs: 1000, notBefore: new Date('2026-11-25T10:00:01Z') }
        : kind === 'server-error'
          ? { kind, status: 500 }
          : kind === 'auth-unavailable'
            ? { kind, reason: { kind: 'not-configured' } }
            : kind === 'malformed-response' || kind === 'unsupported'
              ? { kind, what: 'x' }
              : { kind };

  it('each kind of failure has its own words in each language, none of them a stack trace', () => {
    const wrong = LANGS.flatMap((lang) => {
      const texts = kinds.map((kind) => [kind, createTranslator(lang).failure(failureOf(kind) as never)] as const);
      return texts
        .filter(([kind, text]) => text.trim() === '' || /Error|at \w+ \(|undefined/.test(text) || texts.some(([other, t]) => other !== kind && t === text))
        .map(([kind, text]) => `${lang} ${kind}: "${text}"`);
    });
    expect(wrong).toEqual([]);
  });

  it('an unexpected failure gives the user a reference to quote', () => {
    expect(createTranslator('en').failure({ kind: 'unexpected', correlationId: 'ab12cd34' })).toContain('ab12cd34');
  });
});

describe('relative time', () => {
  it.each<[Lang, number, string]>([
    ['en', 4 * 60, '4 minutes ago'],
    ['ru', 4 * 60, '4 минуты назад'],
    ['ru', 5 * 60, '5 минут назад'],
    ['en', 3 * 86400, '3 days ago'],
  ])('%s, %i s ago → %s', (lang, seconds, text) => {
    const now = new Date('2026-11-25T10:00:00Z');
    expect(createTranslator(lang).relativeTime(new Date(now.getTime() - seconds * 1000), now)).toBe(text);
  });
});

describe('resolveLanguage: ?lang= wins, then Outlook’s language, else English', () => {
  it.each<[string | null | undefined, string | undefined, Lang]>([
    [null, 'ru-RU', 'ru'],
    [null, 'en-US', 'en'],
    [undefined, 'ru', 'ru'],
    ['en', 'ru-RU', 'en'],
    ['ru', 'en-GB', 'ru'],
    ['RU', undefined, 'ru'],
    ['ru_RU', undefined, 'ru'],
    ['de', 'ru-RU', 'ru'],
    ['', 'ru-RU', 'ru'],
    [null, 'uk-UA', 'en'],
    [null, 'de-DE', 'en'],
    [null, undefined, 'en'],
    ['xx', '', 'en'],
  ])('override %j, Outlook %j → %s', (override, display, lang) => {
    expect(resolveLanguage(override, display)).toBe(lang);
  });
});
