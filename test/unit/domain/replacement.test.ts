/**
 * The replacement's body and place in the job (issue 22 item 1): the original as Office.js gives
 * it, under a marker the sender can edit, within displayNewMessageForm's 32 KB ("The body content
 * is limited to a maximum size of 32 KB": office.messageform.yml, htmlBody).
 */
import { HTML_BODY_LIMIT, htmlBodyBytes } from '../../../src/domain/draftText';
import {
  htmlReplacement,
  replacementBatches,
  replacementClipboardBody,
  replacementStatus,
  replacementSubject,
  textReplacement,
  type ReplacementProgress,
} from '../../../src/domain/replacement';
import { aMessage, aRecipient, assess } from '../../builders/domain';

const WORDS = { marker: '[Corrected]', cutNote: '[…cut…]' };

describe('htmlReplacement: the original HTML, the marker first', () => {
  it('a fragment: the marker paragraph before it', () => {
    expect(htmlReplacement('<div>Hi <b>all</b></div>', WORDS)).toBe('<p>[Corrected]</p><div>Hi <b>all</b></div>');
  });

  it('a whole document, as Outlook gives it: the marker is the first thing inside <body>', () => {
    const html = '<html><head><style>p{margin:0}</style></head><body lang="EN-US" style="word-wrap:break-word"><p>Hi</p></body></html>';
    expect(htmlReplacement(html, WORDS)).toBe(
      '<html><head><style>p{margin:0}</style></head><body lang="EN-US" style="word-wrap:break-word"><p>[Corrected]</p><p>Hi</p></body></html>',
    );
  });

  it('the marker is the user’s words, escaped', () => {
    expect(htmlReplacement('<p>x</p>', { ...WORDS, marker: '<Corrected> & final' })).toBe('<p>&lt;Corrected&gt; &amp; final</p><p>x</p>');
  });

  it('inline images of the original (cid:, its attachments) are dropped: the new form has no such attachment', () => {
    const html = '<p>Logo <img width="80" src="cid:image001.png@01DB3F" alt="logo"> and <img src="https://contoso.com/a.png"></p>';
    expect(htmlReplacement(html, WORDS)).toBe('<p>[Corrected]</p><p>Logo  and <img src="https://contoso.com/a.png"></p>');
  });

  it('over 32 KB (UTF-8 bytes, marker included): null, so the caller falls back to the text', () => {
    const exactly = `<p>${'x'.repeat(HTML_BODY_LIMIT - '<p>[Corrected]</p><p></p>'.length)}</p>`;
    expect(htmlReplacement(exactly, WORDS)).not.toBeNull();
    expect(htmlReplacement(`${exactly} `, WORDS)).toBeNull();
  });
});

describe('textReplacement: plain text escaped into HTML, cut to fit when it must', () => {
  it('fits: the whole text, escaped, paragraphs and lines kept', () => {
    expect(textReplacement('Hi <all>,\n\nline 1\nline 2', WORDS)).toEqual({
      htmlBody: '<p>[Corrected]</p><p>Hi &lt;all&gt;,</p><p>line 1<br>line 2</p>',
      copied: 'whole',
    });
  });

  it('over the limit: within it, cut at a line break near the end, the cut note last', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Line ${i + 1}: ${'Бюджет '.repeat(10)}`).join('\n');
    const { htmlBody, copied } = textReplacement(lines, WORDS, 8_000);
    expect(copied).toBe('cut');
    expect(htmlBodyBytes(htmlBody)).toBeLessThanOrEqual(8_000);
    expect(htmlBody.startsWith('<p>[Corrected]</p><p>Line 1: ')).toBe(true);
    // The last line kept is whole, then the note.
    expect(htmlBody).toMatch(/Бюджет<\/p><p>\[…cut…\]<\/p>$/);
    // Near the limit: only the part of a line that did not fit is lost.
    expect(htmlBodyBytes(htmlBody)).toBeGreaterThan(7_700);
  });

  it('one long word: cut inside it rather than lose everything, never splitting a surrogate pair', () => {
    const { htmlBody } = textReplacement('😀'.repeat(5_000), WORDS, 1_000);
    expect(htmlBodyBytes(htmlBody)).toBeLessThanOrEqual(1_000);
    expect(htmlBody).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(htmlBody).toContain('😀😀');
  });
});

describe('the replacement’s recipients and subject', () => {
  it('those the recall is aimed at, each in their field; a Gmail recipient (no recall can reach) is left to the follow-up', () => {
    const assessment = assess(aMessage().to('boris@contoso.com', 'dmitry@gmail.com').cc('chen@contoso.com').bcc('maria@contoso.com'), [
      aRecipient('boris@contoso.com').internal(),
      aRecipient('chen@contoso.com').internal(),
      aRecipient('maria@contoso.com').internal(),
    ]);
    const batches = replacementBatches(assessment);
    expect(batches.map((b) => [b.to.map((r) => r.address), b.cc?.map((r) => r.address), b.bcc.map((r) => r.address)])).toEqual([
      [['boris@contoso.com'], ['chen@contoso.com'], ['maria@contoso.com']],
    ]);
  });

  it('the original subject unchanged, within the form’s 255 characters', () => {
    expect(replacementSubject('Q4 budget')).toBe('Q4 budget');
    expect(replacementSubject('x'.repeat(300))).toHaveLength(255);
  });

  it('the clipboard body (no new-message form): the marker, then the original text; the marker alone without one', () => {
    expect(replacementClipboardBody('Figures below.', WORDS)).toBe('[Corrected]\n\nFigures below.');
    expect(replacementClipboardBody(null, WORDS)).toBe('[Corrected]');
  });
});

describe('replacementStatus: the replacement keeps the job open until opened or skipped', () => {
  const progress = (p: Partial<ReplacementProgress> = {}): ReplacementProgress => ({ by: 'add-in', opened: [], skipped: false, ...p });
  it.each<[string, ReplacementProgress | undefined, boolean, number, ReturnType<typeof replacementStatus>]>([
    ['not chosen', undefined, true, 1, null],
    ['chosen, no recall requested yet', progress(), false, 1, null],
    ['chosen, recalled, nothing opened', progress(), true, 1, 'due'],
    ['two parts, one opened', progress({ opened: [0] }), true, 2, 'due'],
    ['two parts, both opened', progress({ opened: [1, 0] }), true, 2, 'opened'],
    ['skipped', progress({ skipped: true }), true, 1, 'skipped'],
    ['classic Outlook’s dialog does it', progress({ by: 'outlook' }), true, 1, 'by-outlook'],
    ['nobody the recall is aimed at', progress(), true, 0, null],
  ])('%s', (_case, p, recalled, parts, status) => {
    expect(replacementStatus(p, recalled, parts)).toBe(status);
  });
});
