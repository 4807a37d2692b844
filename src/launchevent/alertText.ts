import { visibleAddress } from '../domain/address';
import type { MessageReason } from '../domain/reasonCodes';
import type { RecipientField } from '../domain/facts';
import type { FieldAtCap, OutOfReach, SendTimeReason, SendTimeRecipientReason } from '../domain/sendTimeDecision';

/**
 * The Smart Alert's words, en + ru. A small catalog of its own rather than src/i18n: the event
 * handler runs in the JavaScript-only runtime in classic Outlook, which loads one file and
 * starts on every Send (docs: "a large JavaScript bundle may cause issues with the performance of
 * your add-in"), so it carries neither the pane's catalogs nor the ICU formatter; plurals come
 * from the platform's Intl.PluralRules. Keys mirror the reason codes, as in the pane.
 */
export type AlertLang = 'en' | 'ru';

/**
 * Outlook's limits, in characters (office.smartalertseventcompletedoptions.yml: the error message
 * "500 characters or less", a button's custom text "20 characters or less"). The button's 20 is a
 * length, not the 20-recipient read-mode cap of host/readModeLimits.ts.
 */
export const MESSAGE_LIMIT = 500;
export const BUTTON_LIMIT = 20;
/** Names shown at most before "and N more"; fewer when long names would not fit MESSAGE_LIMIT. */
const NAMES_SHOWN = 3;
/** A name with its address longer than this is shortened (the name first), so one entry can't fill the alert. */
const LABEL_LIMIT = 80;
/** Fewer characters of a name than this say nothing: the address is shown alone. */
const MIN_NAME = 8;

/** The message-level reasons that put everyone out of reach at Send (sendTimeDecision.ts). */
type SendBlocker = Extract<MessageReason, 'NOT_EXCHANGE_MAILBOX' | 'RECALL_DISABLED_BY_POLICY' | 'RECALL_POLICY_UNKNOWN'>;
const SEND_BLOCKERS: readonly SendBlocker[] = ['NOT_EXCHANGE_MAILBOX', 'RECALL_DISABLED_BY_POLICY', 'RECALL_POLICY_UNKNOWN'];

type WhyCode = Exclude<SendTimeRecipientReason, 'INTERNAL' | 'READ'> | SendBlocker;

interface Catalog {
  why: Record<WhyCode, string>;
  /** Lead sentence: how many recipients a recall would not reach. */
  outside(count: number): string;
  /** Lead sentence when only the fields Office.js cut short are the problem. */
  notAllRead: string;
  /** Outlook's own labels of the recipient fields. */
  field: Record<RecipientField, string>;
  /** A field Office.js gave only `cap` recipients of (office.recipients.yml). */
  atCap(cap: string): string;
  holdOffer(minutes: number): string;
  alertOnly: string;
  checkFailed: string;
  holdFailed: string;
  held(minutes: number, until: string): string;
  everyone(minutes: number): string;
  more(count: number): string;
  /** The Take Action button (cancelLabel): the hold needs a second Send (holdAndSend.ts), so it says what comes after it. */
  holdButton: string;
}

const enPlural = new Intl.PluralRules('en');
const ruPlural = new Intl.PluralRules('ru');
const ru3 = (n: number, one: string, few: string, many: string) => {
  const rule = ruPlural.select(n);
  return rule === 'one' ? one : rule === 'few' ? few : many;
};

const catalogs: Record<AlertLang, Catalog> = {
  en: {
    why: {
      CONSUMER_MAILBOX: 'personal mailbox: recall never reaches it',
      EXTERNAL: 'another organisation: recall doesn’t reach it',
      EXTERNAL_ALLOWED_TENANT: 'partner organisation: recall isn’t guaranteed',
      SCOPE_UNKNOWN: 'couldn’t confirm it is in your organisation',
      GROUP_HAS_EXTERNAL_MEMBERS: 'group with members outside your organisation',
      MALFORMED_ADDRESS: 'address can’t be checked',
      INTERNAL_DOMAIN_UNCONFIRMED: 'your organisation’s domain, but the mailbox wasn’t confirmed',
      READ_STATE_UNKNOWN: 'couldn’t tell whether it was read',
      GROUP_MEMBERS_UNKNOWN: 'group whose members couldn’t be checked',
      SCOPE_CONFLICTING: 'conflicting answers about where the mailbox is',
      NOT_EXCHANGE_MAILBOX: 'your account can’t recall messages',
      RECALL_DISABLED_BY_POLICY: 'recall is turned off in your organisation',
      RECALL_POLICY_UNKNOWN: 'unknown whether your organisation allows recall',
      NOT_RESOLVED: 'not resolved to an address: press Tab or pick it from the suggestions',
    },
    notAllRead: 'Not every recipient could be checked:',
    field: { to: 'To', cc: 'Cc', bcc: 'Bcc' },
    atCap: (cap) => `Outlook lets add-ins read only the first ${cap}, so any after them weren’t checked`,
    outside: (n) => `Once delivered, this can’t be recalled from ${n} ${enPlural.select(n) === 'one' ? 'recipient' : 'recipients'}:`,
    // delay-delivery.md promises Drafts and editing there; how to stop it is said as what to do.
    holdOffer: (m) =>
      `Hold it ${m} ${enPlural.select(m) === 'one' ? 'minute' : 'minutes'}: it waits in Drafts, where you can edit it or delete it before it leaves. Or send it now, or go back to editing.`,
    alertOnly: 'Check the recipients before it leaves: send anyway, or go back to editing.',
    checkFailed: 'The recipients could not be checked, so it is unknown whether a recall could reach them.',
    holdFailed: 'Outlook could not hold this message, so it was not sent. Send it again or edit it.',
    held: (m, until) =>
      `Held ${m} ${enPlural.select(m) === 'one' ? 'minute' : 'minutes'}: select Send again. To stop it, open Drafts and delete it before ${until}.`,
    everyone: (m) => `Your organisation holds every message ${m} ${enPlural.select(m) === 'one' ? 'minute' : 'minutes'} before it leaves.`,
    more: (n) => `and ${n} more`,
    holdButton: 'Hold, then Send',
  },
  ru: {
    why: {
      CONSUMER_MAILBOX: 'личный ящик: отзыв до него не доходит',
      EXTERNAL: 'другая организация: отзыв туда не доходит',
      EXTERNAL_ALLOWED_TENANT: 'организация-партнёр: отзыв не гарантирован',
      SCOPE_UNKNOWN: 'не удалось подтвердить, что адрес в вашей организации',
      GROUP_HAS_EXTERNAL_MEMBERS: 'группа, в которой есть внешние участники',
      MALFORMED_ADDRESS: 'адрес невозможно проверить',
      INTERNAL_DOMAIN_UNCONFIRMED: 'домен вашей организации, но ящик не подтверждён',
      READ_STATE_UNKNOWN: 'неизвестно, прочитано ли письмо',
      GROUP_MEMBERS_UNKNOWN: 'группа, участников которой не удалось проверить',
      SCOPE_CONFLICTING: 'противоречивые ответы о том, где ящик',
      NOT_EXCHANGE_MAILBOX: 'ваша учётная запись не умеет отзывать письма',
      RECALL_DISABLED_BY_POLICY: 'отзыв писем отключён в вашей организации',
      RECALL_POLICY_UNKNOWN: 'неизвестно, разрешён ли отзыв в вашей организации',
      NOT_RESOLVED: 'не распознан как адрес: нажмите Tab или выберите его из подсказок',
    },
    notAllRead: 'Проверить удалось не всех получателей:',
    field: { to: 'Кому', cc: 'Копия', bcc: 'Скрытая копия' },
    atCap: (cap) => `Outlook даёт надстройкам прочитать только первых ${cap}, остальные не проверены`,
    outside: (n) => `После доставки письмо не отозвать у ${n} ${ru3(n, 'получателя', 'получателей', 'получателей')}:`,
    holdOffer: (m) =>
      `Задержите его на ${m} ${ru3(m, 'минуту', 'минуты', 'минут')}: оно подождёт в папке «Черновики», где его можно изменить или удалить до отправки. Или отправьте сейчас, или вернитесь к редактированию.`,
    alertOnly: 'Проверьте получателей, пока письмо не ушло: отправьте всё равно или вернитесь к редактированию.',
    checkFailed: 'Не удалось проверить получателей, поэтому неизвестно, дойдёт ли до них отзыв.',
    holdFailed: 'Outlook не смог задержать письмо, поэтому оно не отправлено. Отправьте его снова или отредактируйте.',
    held: (m, until) =>
      `Задержка ${m} ${ru3(m, 'минута', 'минуты', 'минут')}: нажмите «Отправить» ещё раз. Чтобы остановить письмо, удалите его из папки «Черновики» до ${until}.`,
    everyone: (m) => `В вашей организации каждое письмо задерживается на ${m} ${ru3(m, 'минуту', 'минуты', 'минут')} перед отправкой.`,
    more: (n) => `и ещё ${n}`,
    holdButton: 'Отложить → Отправить',
  },
};

/** Outlook's display language (Office.context.displayLanguage); anything but Russian is English. */
export function alertLang(displayLanguage: string | undefined): AlertLang {
  return (displayLanguage ?? '').toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

interface AlertText {
  readonly plain: string;
  /** null when a name or address holds characters Markdown would read as formatting. */
  readonly markdown: string | null;
}

interface AlertContent {
  readonly outOfReach: readonly OutOfReach[];
  readonly reasons: readonly SendTimeReason[];
  readonly minutes: number;
  /** true: the dialog offers the hold button; false: only Send anyway / Don't send. */
  readonly holdOffered: boolean;
  /** Fields Office.js gave only up to its cap (sendTimeDecision.ts). */
  readonly fieldsAtCap?: readonly FieldAtCap[];
}

/**
 * The dialog message, plain (every client) and Markdown (Mailbox 1.15), both within 500 characters.
 * What must survive is what happens (the lead) and what the user can do (the closing: hold and how
 * to stop it, or send anyway / edit), and the fields Office.js cut short. The names are the part
 * that gives way: each is shortened past LABEL_LIMIT (label), then fewer are named ("and N more"
 * counts the rest), down to none, when the lead's count stands alone.
 */
export function alertText(lang: AlertLang, content: AlertContent): AlertText {
  const c = catalogs[lang];
  const closing = content.holdOffered ? c.holdOffer(content.minutes) : c.alertOnly;
  const cut = cutFields(lang, content.fieldsAtCap ?? []);
  if (content.outOfReach.length === 0 && cut.length === 0) {
    const lead = c.everyone(content.minutes);
    return { plain: fit(`${lead} ${closing}`), markdown: fit(`${lead}\n\n${closing}`) };
  }
  // Without recall at all (personal account, recall off or not known to be on) that is the reason for everyone.
  const blocker = content.reasons.find((r): r is SendBlocker => (SEND_BLOCKERS as readonly string[]).includes(r));
  const why = (o: OutOfReach) => c.why[blocker ?? whyOf(o)];
  const total = content.outOfReach.length;
  const lead = total > 0 ? c.outside(total) : c.notAllRead;
  /** The named entries, then "and N more" and the cut fields. */
  const lines = (names: readonly string[]) => [
    ...names.map((name, i) => `${name} — ${why(content.outOfReach[i]!)}`),
    ...(total > names.length && names.length > 0 ? [c.more(total - names.length)] : []),
    ...cut,
  ];
  const plain = (names: readonly string[]) => {
    const body = lines(names);
    // No entry named and no field cut: the lead's count is the sentence ("… from 4 recipients.").
    return body.length === 0 ? `${lead.replace(/:$/u, '.')} ${closing}` : `${lead} ${body.join('; ')}. ${closing}`;
  };
  // Markdown lists end each item with \r (docs: "append \r to signify item completion").
  const markdown = (names: readonly string[]) => {
    const body = lines(names);
    return body.length === 0 ? `${lead.replace(/:$/u, '.')}\n\n${closing}` : `${lead}\n\n${body.map((l) => `- ${l}\r`).join('')}\n\n${closing}`;
  };
  const shown = content.outOfReach.slice(0, NAMES_SHOWN);
  const plainNames = shown.map((o) => label(o, '<', '>'));
  // Markdown has no escapes Outlook documents (onmessagesend-onappointmentsend-events.md, "Limitations
  // to formatting the dialog message using Markdown": bold, italic, lists, links only), so names go in
  // as they are or not at all: if one could be read as formatting, the dialog gets the plain text alone.
  const markdownNames = shown.map((o) => label(o, '(', ')'));
  return {
    plain: fewestCut(plainNames, plain),
    markdown: markdownNames.every(readsAsText) ? fewestCut(markdownNames, markdown) : null,
  };
}

/** The fields Office.js gave only up to its cap: one line per cap ("To, Cc: … only the first 1,000 …"). */
function cutFields(lang: AlertLang, fields: readonly FieldAtCap[]): string[] {
  const c = catalogs[lang];
  const caps = [...new Set(fields.map((f) => f.cap))];
  return caps.map((cap) => {
    const names = fields.filter((f) => f.cap === cap).map((f) => c.field[f.field]);
    return `${names.join(', ')}: ${c.atCap(new Intl.NumberFormat(lang).format(cap))}`;
  });
}

/** The text with as many of `names` (already in order) as fit. */
function fewestCut(names: readonly string[], render: (names: readonly string[]) => string): string {
  for (let count = names.length; count > 0; count--) {
    const text = render(names.slice(0, count));
    if (text.length <= MESSAGE_LIMIT) return text;
  }
  return fit(render([]));
}

/** At most `max` code points (an emoji is never split in half), "…" ending a shortened one. */
function shortened(text: string, max: number): string {
  const points = [...text];
  return points.length <= max
    ? text
    : `${points
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** At most `max` code points, "…" in the middle: both ends of an address tell whose it is. */
function shortenedInside(text: string, max: number): string {
  const points = [...text];
  if (points.length <= max) return text;
  const end = Math.floor((max - 1) / 2);
  return `${points.slice(0, max - 1 - end).join('')}…${points.slice(points.length - end).join('')}`;
}

/** When the check itself failed: nothing is known, so the user decides. */
export function checkFailedText(lang: AlertLang): string {
  return `${catalogs[lang].checkFailed} ${catalogs[lang].alertOnly}`;
}

/** After "Hold, then Send": the delay is set, the user selects Send once more. */
export function heldText(lang: AlertLang, minutes: number, until: Date): string {
  return catalogs[lang].held(minutes, clockTime(until));
}

/** A delivery time as the compose item's notifications give it: hh:mm, the device's local time. */
export function clockTime(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/** The hold could not be set, so nothing was sent (a notification on the compose item). */
export function holdFailedText(lang: AlertLang): string {
  return catalogs[lang].holdFailed;
}

export function holdButtonLabel(lang: AlertLang): string {
  return catalogs[lang].holdButton.slice(0, BUTTON_LIMIT);
}

function whyOf(o: OutOfReach): WhyCode {
  return o.reason === 'INTERNAL' || o.reason === 'READ' ? 'SCOPE_UNKNOWN' : o.reason;
}

/**
 * Name and address with their invisible characters spelt out (visibleAddress), so a right-to-left
 * override in a name can't reverse the alert's words. No isolate marks here, unlike the pane: the
 * alert is plain text in each client's own dialog, 500 characters at most. The address goes
 * between `open` and `close`: angle brackets in the plain text, parentheses in Markdown, where
 * "the angle brackets format (<>) isn't supported". An entry without an address (not resolved)
 * is its name alone. At most LABEL_LIMIT characters.
 */
function label(o: OutOfReach, open: string, close: string): string {
  const name = visibleAddress(o.name.trim());
  const address = visibleAddress(o.address.trim());
  if (address === '') return shortened(name, LABEL_LIMIT);
  if (name === '' || name.toLowerCase() === address.toLowerCase()) return shortenedInside(address, LABEL_LIMIT);
  // Past LABEL_LIMIT the name gives way, never the address: it is what tells two people apart.
  const room = LABEL_LIMIT - [...address].length - open.length - close.length - 1;
  if (room >= MIN_NAME) return `${shortened(name, room)} ${open}${address}${close}`;
  return shortenedInside(address, LABEL_LIMIT);
}

/**
 * Text Outlook's Markdown can only show as it is: none of the characters its supported elements
 * use (`*` and `_` for emphasis, `[` `]` for links, a leading `-`, `*`, `+` or `1.` for a list
 * item), nor backslashes, backticks, `#`, `<`, `>`, `|`, `~` or line breaks that other Markdown
 * dialects read, since Outlook does not document which parser it uses.
 */
const MARKDOWN_SIGNIFICANT = /[\\*_[\]`#<>|~\r\n]|^\s*(?:[-+]|\d+[.)])(?:\s|$)/u;

function readsAsText(text: string): boolean {
  return !MARKDOWN_SIGNIFICANT.test(text);
}

/** The last guard: Outlook's limit is hard. Only reached when even the lead and the closing alone are too long. */
function fit(text: string): string {
  return text.length <= MESSAGE_LIMIT ? text : `${text.slice(0, MESSAGE_LIMIT - 1)}…`;
}
