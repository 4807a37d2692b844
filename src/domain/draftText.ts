import { escapeHtml } from './escapeHtml';

/**
 * Plain text the user edits, turned into what Outlook's new-message form accepts. The user types
 * text, never HTML: everything is escaped, blank lines make paragraphs, single newlines line breaks.
 */

/** displayNewMessageForm: subject at most 255 characters. */
export const SUBJECT_LIMIT = 255;
/** displayNewMessageForm: HTML body at most 32 KB. */
export const HTML_BODY_LIMIT = 32 * 1024;

/** Paragraphs from blank lines, <br> from single newlines; every character of the text escaped. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

/** One line, at most 255 UTF-16 units, never cutting a surrogate pair in half. */
export function clampSubject(subject: string, limit = SUBJECT_LIMIT): string {
  const line = subject.replace(/[\r\n]+/g, ' ');
  if (line.length <= limit) return line;
  let cut = line.slice(0, limit);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/** Size in bytes as Outlook counts the body (UTF-8). */
export function htmlBodyBytes(html: string): number {
  return new TextEncoder().encode(html).length;
}
