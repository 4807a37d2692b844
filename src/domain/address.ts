/**
 * Addresses as mail really has them: any case, IDN domains, display-name decorations, junk.
 * Comparison uses the normalised form; the original text is kept for display.
 */
export type ParsedAddress =
  | { readonly valid: true; readonly normalised: string; readonly local: string; readonly domain: string }
  | { readonly valid: false; readonly normalised: string };

const LOCAL_PART = /^[^\s@<>()[\]\\,;:"]+$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A long list parses the same addresses several times (batch building, MailTips answers, rules)
 * and 5,000 addresses share a handful of domains: both are remembered, up to a bound (addresses
 * are untrusted input), so the work after Graph answers stays small. The results are immutable.
 */
function bounded<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}

/** Lower-cases, strips `<...>`/`mailto:` wrappers and converts an IDN domain to its ASCII form. */
export function parseAddress(raw: string | null | undefined): ParsedAddress {
  return parseRemembered(raw ?? '');
}

const parseRemembered = bounded(20_000, parse);

function parse(raw: string): ParsedAddress {
  const trimmed = raw.trim().replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1').trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return { valid: false, normalised: trimmed.toLowerCase() };
  const local = trimmed.slice(0, at).toLowerCase();
  const domain = toAsciiDomain(trimmed.slice(at + 1));
  if (domain === null || !LOCAL_PART.test(local)) return { valid: false, normalised: trimmed.toLowerCase() };
  return { valid: true, normalised: `${local}@${domain}`, local, domain };
}

export function toAsciiDomain(raw: string): string | null {
  return asciiDomain(raw);
}

const asciiDomain = bounded(1000, convertDomain);

function convertDomain(raw: string): string | null {
  const candidate = raw.trim().replace(/\.$/, '').toLowerCase();
  if (candidate === '' || /[\s/?#@:\\]/.test(candidate)) return null;
  let ascii: string;
  try {
    // The URL parser implements IDNA (UTS #46); it is the platform's own punycode converter.
    ascii = new URL(`http://${candidate}`).hostname;
  } catch {
    return null;
  }
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return null;
  return ascii;
}

/** True when `domain` is `parent` or one of its subdomains (mail.contoso.com under contoso.com). */
export function isSameOrSubdomain(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}
