import type { MessageKey } from '../i18n/en';
import { parseScenario, type Scenario } from './scenario';
import type { ScenarioProblem } from './scenarioProblems';

/**
 * Loads a scenario for `demo.html?scenarioUrl=<url>` (docs/scenarios.md): same origin, or another
 * origin that allows this one with CORS (the demo page's CSP lets it connect to any https URL and
 * to http on loopback). Every failure says what went wrong in the UI language: the network or
 * CORS, the HTTP status, or — for a file that is not JSON — what was found where (line, column).
 */
export type ScenarioLoad =
  | { readonly kind: 'ready'; readonly scenario: Scenario }
  | { readonly kind: 'invalid'; readonly problems: readonly ScenarioProblem[] }
  | { readonly kind: 'error'; readonly key: MessageKey; readonly values: Readonly<Record<string, string>> };

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * The offset of the first character that breaks the JSON grammar (RFC 8259), or -1. JSON.parse
 * says only that the text is broken, in words and positions that differ by engine; this scan
 * gives the same place in every browser.
 */
export function jsonSyntaxErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new RangeError(String(i));
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text.charAt(i);
      if (c === '' || c < ' ') fail();
      if (c === '"') {
        i++;
        return;
      }
      i += c === '\\' ? 2 : 1;
    }
  };
  const value = (): void => {
    ws();
    const c = text.charAt(i);
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text.charAt(i) === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text.charAt(i) !== '"') fail();
          string();
          ws();
          if (text.charAt(i) !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) === close) {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '"') return string();
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (number) {
      i += number[0].length;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      let n = 0;
      while (n < literal.length && text.charAt(i + n) === literal.charAt(n)) n++;
      if (n === literal.length) {
        i += n;
        return;
      }
      if (n > 0) {
        i += n;
        fail();
      }
    }
    fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return -1;
  } catch (error) {
    if (error instanceof RangeError) return Number(error.message);
    throw error;
  }
}

/** A character as the error message shows it: itself, or U+XXXX for an invisible one. */
const shown = (c: string) => (c < ' ' ? `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : c);

export function parseScenarioText(text: string): ScenarioLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const at = jsonSyntaxErrorOffset(text);
    const offset = at < 0 ? text.length : at;
    const { line, column } = lineAndColumn(text, offset);
    const found = text.charAt(offset);
    return found
      ? { kind: 'error', key: 'demo.json.unexpected', values: { found: shown(found), line: String(line), column: String(column) } }
      : { kind: 'error', key: 'demo.json.end', values: { line: String(line), column: String(column) } };
  }
  const parsed = parseScenario(raw);
  return parsed.ok ? { kind: 'ready', scenario: parsed.scenario } : { kind: 'invalid', problems: parsed.problems };
}

export async function loadScenarioFromUrl(url: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Promise<ScenarioLoad> {
  let response: Response;
  try {
    // credentials: 'omit' keeps a cross-origin request simple, so any server with
    // Access-Control-Allow-Origin (even "*") can answer it.
    response = await fetchImpl(url, { cache: 'no-cache', credentials: 'omit' });
  } catch {
    return { kind: 'error', key: 'demo.loadFailed.network', values: { url } };
  }
  if (!response.ok) return { kind: 'error', key: 'demo.loadFailed', values: { status: `HTTP ${response.status}` } };
  return parseScenarioText(await response.text());
}
