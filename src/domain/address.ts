/**
 * Addresses as mail really has them: any case, IDN domains, display-name decorations, junk.
 * Comparison uses the normalised form; the original text is kept for display.
 */
export type ParsedAddress =
  | { readonly valid: true; readonly normalised: string; readonly local: string; readonly domain: string }
  | { readonly valid: false; readonly normalised: string };

const LOCAL_PART = /^[^\s@<>()[\]\\,;:"]+$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Lower-cases, strips `<...>`/`mailto:` wrappers and converts an IDN domain to its ASCII form. */
export function parseAddress(raw: string | null | undefined): ParsedAddress {
  const trimmed = (raw ?? '').trim().replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1').trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return { valid: false, normalised: trimmed.toLowerCase() };
  const local = trimmed.slice(0, at).toLowerCase();
  const domain = toAsciiDomain(trimmed.slice(at + 1));
  if (domain === null || !LOCAL_PART.test(local)) return { valid: false, normalised: trimmed.toLowerCase() };
  return { valid: true, normalised: `${local}@${domain}`, local, domain };
}

/**
 * Domains repeat across a long list (5,000 recipients at three organisations): the URL parser
 * runs once per distinct domain, not once per address. Bounded, since addresses are untrusted.
 */
const asciiDomains = new Map<string, string | null>();
const ASCII_DOMAINS_KEPT = 1000;

export function toAsciiDomain(raw: string): string | null {
  const known = asciiDomains.get(raw);
  if (known !== undefined) return known;
  const ascii = convertDomain(raw);
  if (asciiDomains.size >= ASCII_DOMAINS_KEPT) asciiDomains.clear();
  asciiDomains.set(raw, ascii);
  return ascii;
}

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
