import { draftMessage, templateText } from '../../src/usecases/followUp/templates';
import { clampSubject, HTML_BODY_LIMIT, htmlBodyBytes, SUBJECT_LIMIT, textToHtml } from '../../src/domain/draftText';
import { FOLLOW_UP_TEMPLATES, type Audience, type FollowUpTemplate } from '../../src/domain/followUp';
import { createTranslator, type Lang } from '../../src/i18n/translator';

/*
 * Follow-up templates: short, filled with the original subject and date, plain text the user may
 * edit; HTML only when the draft opens, with everything the text holds escaped.
 */

const SENT = new Date('2026-11-25T09:56:00Z');
const context = { subject: 'Q4 budget draft', sentDateTime: SENT, senderName: 'Alex Morgan', count: 2 };
const ALL: [Lang, FollowUpTemplate, Audience][] = (['en', 'ru'] as const).flatMap((lang) =>
  FOLLOW_UP_TEMPLATES.flatMap((t) => (['internal', 'external'] as const).map((a): [Lang, FollowUpTemplate, Audience] => [lang, t, a])),
);

describe('templateText', () => {
  it.each(ALL)('%s %s %s: quotes the subject and the sending date, signs with the sender', (lang, template, audience) => {
    const i18n = createTranslator(lang);
    const text = templateText(i18n, template, audience, context);
    expect(text.body).toContain('Q4 budget draft');
    expect(text.body).toContain(i18n.dateTime(SENT));
    expect(text.body.trimEnd().endsWith('Alex Morgan')).toBe(true);
    expect(text.subject).toContain('Q4 budget draft');
    // Plain text: the user edits it; no markup, no unfilled ICU arguments.
    expect(text.body).not.toMatch(/<[a-z]/i);
    expect(text.body).not.toMatch(/[{}]/);
    // Short: a few paragraphs, not an essay.
    expect(text.body.split(/\n\s*\n/).length).toBeLessThanOrEqual(6);
    expect(text.body.length).toBeLessThan(700);
  });

  it.each<[Lang, FollowUpTemplate, string]>([
    ['en', 'pleaseDelete', 'Please delete: Q4 budget draft'],
    ['en', 'correction', 'Correction: Q4 budget draft'],
    ['en', 'apology', 'Apologies: Q4 budget draft'],
    ['ru', 'pleaseDelete', 'Просьба удалить: Q4 budget draft'],
    ['ru', 'correction', 'Исправление: Q4 budget draft'],
    ['ru', 'apology', 'Извинения: Q4 budget draft'],
  ])('%s %s subject', (lang, template, subject) => {
    expect(templateText(createTranslator(lang), template, 'external', context).subject).toBe(subject);
  });

  it('please-delete asks to delete without opening attachments and to confirm (both languages, both audiences)', () => {
    expect(templateText(createTranslator('en'), 'pleaseDelete', 'external', context).body).toContain('Please delete it without opening any attachments');
    expect(templateText(createTranslator('en'), 'pleaseDelete', 'external', context).body).toMatch(/confirm/);
    expect(templateText(createTranslator('en'), 'pleaseDelete', 'internal', context).body).toMatch(/delete it without opening any attachments/);
    expect(templateText(createTranslator('ru'), 'pleaseDelete', 'external', context).body).toMatch(/удалить его, не открывая вложений/);
    expect(templateText(createTranslator('ru'), 'pleaseDelete', 'external', context).body).toMatch(/подтвердить удаление/);
    expect(templateText(createTranslator('ru'), 'pleaseDelete', 'internal', context).body).toMatch(/удалите его, не открывая вложений/);
  });

  it('outsiders get the more formal wording', () => {
    const en = createTranslator('en');
    expect(templateText(en, 'apology', 'external', context).body).toContain('Kind regards');
    expect(templateText(en, 'apology', 'internal', context).body).not.toContain('Kind regards');
    const ru = createTranslator('ru');
    expect(templateText(ru, 'apology', 'external', context).body).toContain('С уважением');
    expect(templateText(ru, 'apology', 'internal', context).body).not.toContain('С уважением');
  });

  it.each<[Lang, Audience, number, string]>([
    ['en', 'internal', 1, 'Hi,'],
    ['en', 'internal', 3, 'Hi all,'],
    ['en', 'external', 1, 'Hello,'],
    ['en', 'external', 21, 'Dear all,'],
    ['ru', 'internal', 1, 'Добрый день!'],
    ['ru', 'internal', 21, 'Коллеги, добрый день!'],
    ['ru', 'external', 1, 'Добрый день!'],
  ])('%s %s, %i recipient(s): greets with “%s”', (lang, audience, count, greeting) => {
    expect(templateText(createTranslator(lang), 'pleaseDelete', audience, { ...context, count }).body.split('\n')[0]).toBe(greeting);
  });

  it('Russian formal address: “Вам” to one person, “вам” to several', () => {
    const ru = createTranslator('ru');
    expect(templateText(ru, 'pleaseDelete', 'external', { ...context, count: 1 }).body).toContain('попало к Вам по ошибке');
    expect(templateText(ru, 'pleaseDelete', 'external', { ...context, count: 5 }).body).toContain('попало к вам по ошибке');
  });

  it.each<Lang>(['en', 'ru'])('%s: an unknown sending time still reads as a sentence', (lang) => {
    for (const template of FOLLOW_UP_TEMPLATES) {
      for (const audience of ['internal', 'external'] as const) {
        const body = templateText(createTranslator(lang), template, audience, { ...context, sentDateTime: null }).body;
        expect(body).not.toMatch(/ ,|\s{3,}|On {2}/);
        expect(body).toContain('Q4 budget draft');
      }
    }
  });

  it.each<Lang>(['en', 'ru'])('%s: an empty subject is quoted as “(no subject)” in the user’s language', (lang) => {
    const i18n = createTranslator(lang);
    const text = templateText(i18n, 'apology', 'external', { ...context, subject: '   ' });
    expect(text.body).toContain(i18n.t('context.noSubject'));
  });

  it('no sender name: no stray blank line at the end', () => {
    const body = templateText(createTranslator('en'), 'apology', 'internal', { ...context, senderName: '' }).body;
    expect(body).toBe(body.trim());
  });

  it.each<Lang>(['en', 'ru'])('%s: a 300-character subject is cut to Outlook’s 255', (lang) => {
    const long = 'x'.repeat(300);
    const text = templateText(createTranslator(lang), 'pleaseDelete', 'external', { ...context, subject: long });
    expect(text.subject).toHaveLength(SUBJECT_LIMIT);
    // The body quotes the whole subject: only the subject line has a limit.
    expect(text.body).toContain(long);
  });
});

describe('draftMessage: what Outlook’s form gets', () => {
  const batch = {
    to: [{ name: 'Laura', address: 'laura@fabrikam.com', field: 'to' as const }],
    bcc: [{ name: 'Dmitry', address: 'dmitry@gmail.com', field: 'bcc' as const }],
  };

  it('escapes everything the user typed; paragraphs and line breaks survive', () => {
    const draft = draftMessage({ subject: 'Re: <b>Q4</b>', body: 'Hello <script>alert("x")</script>,\nline two & more\n\nSecond paragraph' }, batch);
    expect(draft.htmlBody).toBe('<p>Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;,<br>line two &amp; more</p><p>Second paragraph</p>');
    // The subject is plain text for Outlook's form (it is not HTML).
    expect(draft.subject).toBe('Re: <b>Q4</b>');
  });

  it('keeps To and Bcc as the batch has them', () => {
    const draft = draftMessage({ subject: 's', body: 'b' }, batch);
    expect(draft.to).toBe(batch.to);
    expect(draft.bcc).toBe(batch.bcc);
  });

  it('a subject the user pasted with line breaks becomes one line, ≤ 255', () => {
    const draft = draftMessage({ subject: `${'a'.repeat(200)}\r\n${'b'.repeat(200)}`, body: '' }, batch);
    expect(draft.subject).not.toMatch(/[\r\n]/);
    expect(draft.subject).toHaveLength(255);
  });
});

describe('draftText helpers', () => {
  it.each<[string, string, string]>([
    ['one line', 'Hello', '<p>Hello</p>'],
    ['Windows line endings', 'a\r\nb\r\n\r\nc', '<p>a<br>b</p><p>c</p>'],
    ['several blank lines are one paragraph break', 'a\n\n\n\nb', '<p>a</p><p>b</p>'],
    ['whitespace-only lines separate paragraphs', 'a\n  \nb', '<p>a</p><p>b</p>'],
    ['leading and trailing blank lines dropped', '\n\na\n\n', '<p>a</p>'],
    ['empty text, empty body', '', ''],
    ['quotes and apostrophes escaped', `"it's"`, '<p>&quot;it&#39;s&quot;</p>'],
  ])('textToHtml: %s', (_name, text, html) => {
    expect(textToHtml(text)).toBe(html);
  });

  it('clampSubject never cuts a surrogate pair in half', () => {
    const subject = `${'a'.repeat(254)}😀tail`;
    const clamped = clampSubject(subject);
    expect(clamped).toBe('a'.repeat(254));
    expect(clampSubject('short')).toBe('short');
    expect(clampSubject('x'.repeat(255))).toHaveLength(255);
  });

  it('htmlBodyBytes counts UTF-8 bytes (Cyrillic is two bytes a letter)', () => {
    expect(htmlBodyBytes('abc')).toBe(3);
    expect(htmlBodyBytes('абв')).toBe(6);
    expect(HTML_BODY_LIMIT).toBe(32 * 1024);
  });
});
