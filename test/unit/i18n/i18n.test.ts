import { IntlMessageFormat } from 'intl-messageformat';
import type { FailureKind } from '../../../src/domain/failure';
import { en, type MessageKey } from '../../../src/i18n/en';
import { ru } from '../../../src/i18n/ru';
import { createTranslator, escapeHtml, resolveLanguage, type Lang } from '../../../src/i18n/translator';

const keys = Object.keys(en) as MessageKey[];
const catalogs: Record<Lang, Record<MessageKey, string>> = { en, ru };

/** Every argument a message uses, with how it uses it (plural, select, plain…). */
function argumentsOf(message: string, lang: Lang): Map<string, string> {
  const found = new Map<string, string>();
  const kinds: Record<number, string> = { 1: 'argument', 2: 'number', 3: 'date', 4: 'time', 5: 'select', 6: 'plural' };
  const walk = (elements: readonly unknown[]) => {
    for (const element of elements as { type: number; value?: unknown; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      const kind = kinds[element.type];
      if (kind !== undefined && typeof element.value === 'string') found.set(element.value, kind === 'number' ? 'plural' : kind);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  // Parsed as the translator parses (tags are text: templates carry HTML).
  walk(new IntlMessageFormat(message, lang, undefined, { ignoreTag: true }).getAst());
  return found;
}

describe('catalogs', () => {
  it('ru has exactly the keys of en', () => {
    expect(Object.keys(ru).sort()).toEqual([...keys].sort());
  });

  const translators = { en: createTranslator('en'), ru: createTranslator('ru') };
  it.each(keys.flatMap((key) => (['en', 'ru'] as const).map((lang) => [lang, key] as const)))('%s %s compiles and formats', (lang, key) => {
    const message = catalogs[lang][key];
    const values = Object.fromEntries([...argumentsOf(message, lang)].map(([name, kind]) => [name, kind === 'plural' ? 2 : kind === 'select' ? 'true' : 'X']));
    const text = translators[lang].t(key, values);
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(/[{}]/);
  });

  it.each(keys)('%s uses the same arguments in ru as in en', (key) => {
    expect([...argumentsOf(ru[key], 'ru').keys()].sort()).toEqual([...argumentsOf(en[key], 'en').keys()].sort());
  });

  it('every reason code has a title and an explanation (the UI shows both)', () => {
    const reasons = ['NOT_EXCHANGE_MAILBOX', 'NOT_IN_SENT_ITEMS', 'MEETING_ITEM', 'RECALL_DISABLED_BY_POLICY', 'ALREADY_RECALLED', 'TOO_OLD', 'INTERNAL', 'EXTERNAL_ALLOWED_TENANT', 'EXTERNAL', 'CONSUMER_MAILBOX', 'READ', 'GROUP_HAS_EXTERNAL_MEMBERS', 'SCOPE_UNKNOWN', 'MALFORMED_ADDRESS'];
    for (const code of reasons) {
      expect(keys).toContain(`reason.${code}.title`);
      expect(keys).toContain(`reason.${code}.detail`);
    }
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
  const kinds: FailureKind[] = ['consent-required', 'auth-unavailable', 'forbidden', 'not-found', 'mailbox-unavailable', 'throttled', 'offline', 'timeout', 'server-error', 'malformed-response', 'unsupported', 'unexpected'];

  it.each(kinds.flatMap((kind) => (['en', 'ru'] as const).map((lang) => [lang, kind] as const)))('%s: %s has its own text', (lang, kind) => {
    const failure = kind === 'unexpected' ? { kind, correlationId: 'ab12cd34' } : kind === 'throttled' ? { kind, retryAfterMs: 1000 } : kind === 'server-error' ? { kind, status: 500 } : kind === 'auth-unavailable' ? { kind, reason: { kind: 'not-configured' } } : kind === 'malformed-response' || kind === 'unsupported' ? { kind, what: 'x' } : { kind };
    const text = createTranslator(lang).failure(failure as never);
    expect(text).not.toBe('');
    expect(text).not.toMatch(/Error|at \w+ \(|undefined/);
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
