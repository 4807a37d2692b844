import type { Recipient } from './facts';
import { remembered } from './remembered';

/**
 * Addresses as mail really has them: any case, IDN domains, display-name decorations, junk — and
 * disguises. An address is judged as sent: the only changes made before comparing are the ones
 * that cannot change which mailbox it names (surrounding spaces, a `mailto:`/`<…>` wrapper, letter
 * case, and the IDNA punycode form of a clean international domain). Anything else the platform's
 * IDNA mapping would silently fold away — invisible characters (zero-width, bidi controls, soft
 * hyphen, variation selectors), full-width or other compatibility forms (ｃｏｎｔｏｓｏ, ℂ),
 * `%`-escapes, look-alike dots (。．) — makes the address invalid (MALFORMED_ADDRESS, uncertain)
 * instead of letting it collapse into a domain it was not sent to.
 *
 * International domains stay valid and are compared by the punycode of the clean domain
 * (пример.рф ≡ xn--e1afmkfd.xn--p1ai), so an IDN can be judged internal by a verified-domain match.
 * A look-alike made of real letters from another script (Cyrillic "о" in cоntoso.com) is a
 * different, valid domain (xn--cntoso-wqf.com) and is judged as that one: never as ours.
 */
declare const mailboxKeyBrand: unique symbol;

/**
 * Which mailbox an address names: the one identity every map and set of recipients is keyed by
 * (facts, MailTips answers, read receipts, recall targets and outcomes, follow-up decisions, rows).
 * Only `parseAddress` makes one, so two spellings of one mailbox (case, spaces, `<…>`, an IDN
 * domain in Unicode or punycode) share a key whether Office.js or Graph gave them, and nothing
 * can be keyed by "a normalised string" made some other way.
 *
 * - A well-formed address: `local@ascii-domain`, its normalised form.
 * - A malformed one (disguised included): MALFORMED_KEY_MARK + the address as written (unwrapped,
 *   ASCII letters lower-cased, nothing else folded). The mark (`<` can't occur in a well-formed
 *   key) keeps it apart from every well-formed key, so a look-alike never merges with the mailbox
 *   it imitates — not even one that full case mapping would fold into it (the Kelvin sign K → k) —
 *   and the same malformed spelling in To and Cc is still one row.
 */
export type MailboxKey = string & { readonly [mailboxKeyBrand]: 'MailboxKey' };

/** Starts every malformed address's key; a well-formed key never contains `<`. */
export const MALFORMED_KEY_MARK = '<malformed>';

export type ParsedAddress =
  | {
      readonly valid: true;
      readonly key: MailboxKey;
      /** `local@ascii-domain`: the form written to (follow-up drafts) and shown in the DOM contract. */
      readonly normalised: string;
      readonly local: string;
      readonly domain: string;
    }
  | {
      readonly valid: false;
      readonly key: MailboxKey;
      /** The address lower-cased, for the DOM contract only: never an identity (see MailboxKey). */
      readonly normalised: string;
      /** It carries invisible or look-alike characters, or escapes: it may pose as another address. */
      readonly disguised: boolean;
    };

/** A recipient as the message carries it, parsed once where it entered (host or Graph adapter). */
export interface ParsedRecipient extends Recipient {
  readonly parsed: ParsedAddress;
}

/** The one way an adapter turns a recipient it read into one the rules take. */
export function parseRecipient(recipient: Recipient): ParsedRecipient {
  return { ...recipient, parsed: parseAddress(recipient.address) };
}

const LOCAL_PART = /^[^\s@<>()[\]\\,;:"]+$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Characters that are invisible or that IDNA maps to nothing: control and format characters
 * (zero-width space/joiners, bidi embeddings and isolates, soft hyphen, BOM, word joiner), line
 * and paragraph separators, and every default-ignorable code point (combining grapheme joiner,
 * Hangul fillers, variation selectors, tag characters, …).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;
/** A clean domain is letters, marks and digits of any script, hyphens and plain dots; nothing else. */
const CLEAN_DOMAIN = /^[\p{L}\p{M}\p{N}.-]+$/u;

/** Spaces, tabs and line breaks around an address; not String#trim, which also eats a BOM. */
const EDGE_SPACE = /^[ \t\r\n\u00a0]+|[ \t\r\n\u00a0]+$/g;

/** The address itself: surrounding spaces and a `mailto:` or `<…>` wrapper removed, nothing else. */
export function unwrapAddress(raw: string | null | undefined): string {
  return (raw ?? '')
    .replace(EDGE_SPACE, '')
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .replace(EDGE_SPACE, '');
}

/** Lower-cases, strips `<...>`/`mailto:` wrappers and converts a clean IDN domain to its ASCII form. */
export function parseAddress(raw: string | null | undefined): ParsedAddress {
  return parseRemembered(raw ?? '');
}

// Parsed again for batch building, MailTips answers and rules: remembered (remembered.ts).
const parseRemembered = remembered(20_000, parse);

function parse(raw: string): ParsedAddress {
  const address = unwrapAddress(raw);
  const invalid = (): ParsedAddress => ({
    valid: false,
    key: `${MALFORMED_KEY_MARK}${address.replace(/[A-Z]+/g, (letters) => letters.toLowerCase())}` as MailboxKey,
    normalised: address.toLowerCase(),
    disguised: isDisguised(address),
  });
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return invalid();
  // Disguises are looked for before lower-casing: case mapping itself folds some (K, the Kelvin sign, → k).
  if (isDisguised(address)) return invalid();
  const local = address.slice(0, at).toLowerCase();
  const domain = toAsciiDomain(address.slice(at + 1));
  if (domain === null || !LOCAL_PART.test(local)) return invalid();
  const normalised = `${local}@${domain}`;
  return { valid: true, key: normalised as MailboxKey, normalised, local, domain };
}

/** The ASCII (punycode) form of a clean domain name; null for anything else, disguises included. */
export function toAsciiDomain(raw: string): string | null {
  return asciiDomain(raw);
}

// 5,000 addresses share a handful of domains.
const asciiDomain = remembered(1000, convertDomain);

function convertDomain(raw: string): string | null {
  if (isDisguised(raw)) return null;
  const candidate = raw.replace(EDGE_SPACE, '').replace(/\.$/, '').toLowerCase();
  if (candidate === '' || !CLEAN_DOMAIN.test(candidate)) return null;
  let ascii: string;
  try {
    // The URL parser implements IDNA (UTS #46); it is the platform's own punycode converter. Its
    // mappings can only fold case here: everything else it would fold was refused above.
    ascii = new URL(`http://${candidate}`).hostname;
  } catch {
    return null;
  }
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return null;
  return ascii;
}

/**
 * The address with every invisible character shown as its code point (`con[U+200B]toso.com`), so a
 * disguised address does not look like the one it imitates. Anything visible is left as it is.
 */
export function visibleAddress(address: string): string {
  return address.replace(new RegExp(INVISIBLE.source, 'gu'), (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/**
 * Text from outside (a display name, an address, a config.json key) as it is placed inside one of
 * our sentences: invisible characters spelt out (visibleAddress: a right-to-left override becomes
 * `[U+202E]`), and the whole set between Unicode isolates (FSI … PDI), so a name written right to
 * left can't reorder the words around it either (Unicode bidi algorithm, UAX #9 isolates).
 */
export function inlineText(text: string): string {
  return `\u2068${visibleAddress(text)}\u2069`;
}

/** Invisible characters, compatibility forms (full-width, ℂ, ligatures) or `%`-escapes. */
function isDisguised(text: string): boolean {
  return INVISIBLE.test(text) || text.normalize('NFKC') !== text || /%[0-9a-f]{2}/i.test(text) || /[。．｡︒﹒]/u.test(text);
}

/** True when `domain` is `parent` or one of its subdomains (mail.contoso.com under contoso.com). */
export function isSameOrSubdomain(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}
