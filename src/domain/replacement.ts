import type { Assessment } from './assessment';
import { clampSubject, HTML_BODY_LIMIT, htmlBodyBytes, textToHtml } from './draftText';
import { escapeHtml } from './escapeHtml';
import { followUpBatches, recallTargets, type FollowUpBatch } from './followUp';

/*
 * "Delete unread copies and replace with a new message", as Outlook's own option does it: after
 * the recall, a new message to the same people in the same fields, starting from the original
 * subject and text, which the sender corrects and sends.
 */

/** The original's body as Office.js `item.body.getAsync` gives it (office.body.yml): HTML or plain text. */
export interface MessageBody {
  readonly type: 'html' | 'text';
  readonly content: string;
}

/**
 * Who the replacement goes to, and in which field: those the recall is aimed at (`recallTargets`),
 * each in the field they were in (To, Cc, Bcc), split so no field of one form holds more than 100.
 * Outlook's own replace addresses every original recipient; the add-in leaves out those a recall
 * can't reach (another organisation, a personal mailbox): they still have the wrong message, and
 * a second one beside it tells them it mattered. The follow-up step writes to them instead.
 */
export function replacementBatches(assessment: Assessment): FollowUpBatch[] {
  return followUpBatches(recallTargets(assessment), undefined, 'as-sent');
}

/** The original subject, unchanged (as Outlook's replace keeps it), within the form's 255 characters. */
export function replacementSubject(subject: string): string {
  return clampSubject(subject);
}

/**
 * How much of the original made it into the replacement:
 * - `whole`: as Outlook gave it;
 * - `as-text`: the HTML was over the form's 32 KB, its plain text fitted (formatting lost);
 * - `cut`: even the plain text was over it: the start, and a note saying the rest is missing;
 * - `none`: the body could not be read; the replacement opens with its marker only.
 */
export type BodyCopied = 'whole' | 'as-text' | 'cut' | 'none';

export interface ReplacementBody {
  readonly htmlBody: string;
  readonly copied: BodyCopied;
}

/** The words put into the body, in the user's language: the marker on top, the note where it is cut. */
export interface ReplacementWords {
  /** The line a recipient sees first, e.g. "[Corrected]"; the sender can edit it away. */
  readonly marker: string;
  readonly cutNote: string;
}

const OPENING_BODY_TAG = /<body\b[^>]*>/i;
/**
 * Inline images point at the original's own attachments (`src="cid:…"`), which the new form does
 * not have: they would show as broken images. Removed; the pane says attachments are not copied.
 */
const INLINE_IMAGE = /<img\b[^>]*\bsrc\s*=\s*["']?cid:[^>]*>/gi;

/**
 * The original's HTML with the marker as its first paragraph (inside `<body>` when Outlook gave a
 * whole document), or null when it is over `limit` (displayNewMessageForm's htmlBody: "limited to a
 * maximum size of 32 KB", office.messageform.yml). The HTML goes only into Outlook's own form,
 * never into the pane's DOM.
 */
export function htmlReplacement(html: string, words: ReplacementWords, limit = HTML_BODY_LIMIT): string | null {
  const marker = `<p>${escapeHtml(words.marker)}</p>`;
  const body = html.replace(INLINE_IMAGE, '');
  const opening = OPENING_BODY_TAG.exec(body);
  const marked = opening === null ? marker + body : body.slice(0, opening.index + opening[0].length) + marker + body.slice(opening.index + opening[0].length);
  return htmlBodyBytes(marked) <= limit ? marked : null;
}

/**
 * Plain text as the form's HTML, escaped, with the marker on top. Over `limit`, the longest start
 * that fits, cut at a line or word, with the cut note after it.
 */
export function textReplacement(text: string, words: ReplacementWords, limit = HTML_BODY_LIMIT): ReplacementBody {
  const build = (part: string, cut: boolean) => textToHtml(cut ? `${words.marker}\n\n${part}\n\n${words.cutNote}` : `${words.marker}\n\n${part}`);
  const whole = build(text, false);
  if (htmlBodyBytes(whole) <= limit) return { htmlBody: whole, copied: 'whole' };
  // The longest prefix that fits (the HTML only grows with the text), then back to a break.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (htmlBodyBytes(build(text.slice(0, mid), true)) <= limit) low = mid;
    else high = mid - 1;
  }
  const prefix = cutAtBreak(text.slice(0, low));
  return { htmlBody: build(prefix, true), copied: 'cut' };
}

/**
 * Back to the last line break in the prefix's last fifth, else its last space, never inside a
 * surrogate pair; the whole prefix when it has neither.
 */
function cutAtBreak(prefix: string): string {
  const lastLine = prefix.lastIndexOf('\n');
  const lastSpace = Math.max(prefix.lastIndexOf(' '), prefix.lastIndexOf('\t'));
  const at = lastLine >= prefix.length * 0.8 ? lastLine : lastSpace > 0 ? lastSpace : prefix.length;
  let cut = prefix.slice(0, at).trimEnd();
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/** The replacement's body when the original's text could not be read: nothing but the marker. */
export function markerOnly(words: ReplacementWords): ReplacementBody {
  return { htmlBody: `<p>${escapeHtml(words.marker)}</p>`, copied: 'none' };
}

/** The clipboard text where Outlook can't open a prefilled form: the marker, then the original text. */
export function replacementClipboardBody(text: string | null, words: ReplacementWords): string {
  return text === null || text.trim() === '' ? words.marker : `${words.marker}\n\n${text}`;
}

/*
 * The replacement's place in the job. Chosen with the recall ("Delete and replace"), it keeps the
 * job open (`data-plan-open`) until every part is opened or the user says none is needed. Kept for
 * the page session with the follow-up session (what the user decided; nothing personal in it), so
 * a reloaded pane still offers it.
 */

export interface ReplacementProgress {
  /**
   * Who opens it: the add-in, or Outlook itself (classic Outlook's Recall dialog with "Delete
   * unread copies and replace with a new message" opens a copy of the message to send).
   */
  readonly by: 'add-in' | 'outlook';
  /** The parts (one per batch of `replacementBatches`) opened so far. */
  readonly opened: readonly number[];
  /** The user decided not to send one. */
  readonly skipped: boolean;
}

/** `due`: still to open; `opened`: every part was; `skipped`: the user's decision; `by-outlook`: Outlook's own dialog does it. */
export type ReplacementStatus = 'due' | 'opened' | 'skipped' | 'by-outlook';

/** Where the replacement stands; null when none was chosen, or no recall was requested yet. */
export function replacementStatus(progress: ReplacementProgress | undefined, recallRequested: boolean, parts: number): ReplacementStatus | null {
  if (progress === undefined || !recallRequested || parts === 0) return null;
  if (progress.by === 'outlook') return 'by-outlook';
  if (progress.skipped) return 'skipped';
  return Array.from({ length: parts }, (_, part) => part).every((part) => progress.opened.includes(part)) ? 'opened' : 'due';
}
