import { IntlMessageFormat } from 'intl-messageformat';
import { escapeHtml } from '../domain/escapeHtml';
import type { Failure } from '../domain/failure';
import { catalogFor } from './catalogs';
import type { MessageKey } from './en';

export type Lang = 'en' | 'ru';
export type MessageValues = Record<string, string | number | boolean>;

export interface Translator {
  readonly lang: Lang;
  t(key: MessageKey, values?: MessageValues): string;
  /** Like t(), with every value HTML-escaped first: for templates that become message bodies. */
  html(key: MessageKey, values: Record<string, string>): string;
  failure(failure: Failure): string;
  relativeTime(from: Date, now: Date): string;
  dateTime(date: Date): string;
}

/** `?lang=` wins, then Outlook's display language; anything but Russian falls back to English. */
export function resolveLanguage(override: string | null | undefined, displayLanguage: string | undefined): Lang {
  const pick = (tag: string | null | undefined): Lang | null => {
    const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
    return base === 'ru' ? 'ru' : base === 'en' ? 'en' : null;
  };
  return pick(override) ?? pick(displayLanguage) ?? 'en';
}

/** Needs the language's catalog loaded first (catalogs.ts: the entries await loadLanguage). */
export function createTranslator(lang: Lang): Translator {
  const catalog = catalogFor(lang);
  const cache = new Map<MessageKey, IntlMessageFormat>();
  const format = (key: MessageKey, values?: MessageValues): string => {
    let compiled = cache.get(key);
    if (compiled === undefined) {
      // Templates carry HTML (<p>…</p>); without ignoreTag ICU reads it as rich-text tags and
      // throws for want of a "p" value. Markup in values is escaped by html(), not by ICU.
      compiled = new IntlMessageFormat(catalog[key], lang, undefined, { ignoreTag: true });
      cache.set(key, compiled);
    }
    return String(compiled.format(values));
  };
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const dateTimeFormat = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
  return {
    lang,
    t: format,
    html: (key, values) => format(key, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, escapeHtml(v)]))),
    failure: (failure) => format(`failure.${failure.kind}`, failure.kind === 'unexpected' ? { correlationId: failure.correlationId } : {}),
    relativeTime: (from, now) => {
      // A time that slipped past the edges unvalidated is said, never thrown (RangeError).
      if (Number.isNaN(from.getTime()) || Number.isNaN(now.getTime())) return format('time.unknown');
      const seconds = Math.round((from.getTime() - now.getTime()) / 1000);
      const abs = Math.abs(seconds);
      // "now" / «сейчас» reads oddly after "requested": a recall made seconds ago was made "just now".
      if (abs < 60) return format('time.justNow');
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (abs < 86400) return relative.format(Math.round(seconds / 3600), 'hour');
      return relative.format(Math.round(seconds / 86400), 'day');
    },
    dateTime: (date) => (Number.isNaN(date.getTime()) ? format('time.unknown') : dateTimeFormat.format(date)),
  };
}
