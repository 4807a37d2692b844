import * as v from 'valibot';
import { toAsciiDomain } from '../domain/address';
import { EXCHANGE_ONLINE_DEFAULTS, POLICY_FIELDS, UNREADABLE_POLICY_FALLBACKS, type PolicyField, type RecallPolicy } from '../domain/policy';
import { SAFETY_WINDOW_OFF, type SafetyWindowPolicy } from '../domain/safetyWindow';
import { meantSetting, type ConfigSetting } from './configKeys';
import { authSchema, CONFIG_KEYS, POLICY_FIELD_SCHEMAS, safetyWindowSchema } from './configSchema';
import { duplicateKeys } from './duplicateKeys';

/**
 * config.json as the admin writes it (configSchema.ts), read entry by entry. A setting that is
 * present but can't be read takes its fail-closed value and is named in a problem; the valid
 * settings next to it are kept, so one typo never switches an admin's `recallEnabled: false`
 * back on. A setting also can't be read when a key that is not ours looks like it (configKeys.ts)
 * or when the file gives it twice with different values (duplicateKeys.ts): the admin's real value
 * may be the one we would not read. What each setting becomes then:
 * - a policy field: UNREADABLE_POLICY_FALLBACKS (recall on/off and the age limit unknown);
 * - `safetyWindow`: unknown (null): the pane shows no window, and the Send check asks the user
 *   instead of letting mail through unchecked (sendTimeConfig.ts), as for an unreadable file;
 * - `auth`: no app registration: the add-in runs on Office.js facts alone (more uncertain, never
 *   more hopeful), and the gap names the sign-in settings.
 * docs/fail-closed.md and docs/deploy.md say the same.
 */

/**
 * What the admin is told about config.json, worded in the catalogs (`config.problem.<kind>`,
 * src/app/components/configProblemText.ts). Keys are quoted as the file has them.
 */
export type ConfigProblem =
  /** `key` is not ours but looks like `meant`, which is therefore treated as unknown. */
  | { readonly kind: 'near-miss'; readonly key: string; readonly meant: ConfigSetting }
  /** `key` is given more than once with different values: treated as unknown. */
  | { readonly kind: 'duplicate'; readonly key: string }
  /** `key` resembles nothing of ours: ignored. */
  | { readonly kind: 'unknown-key'; readonly key: string }
  /** A value the schema refuses, or a file that can't be read, in the validator's words (they name the path). */
  | { readonly kind: 'invalid'; readonly text: string };

/** The organisation's settings the pane and the Send check use, with the admin notes about them. */
export interface LoadedPolicy {
  readonly policy: RecallPolicy;
  /**
   * config.json `safetyWindow`; off when absent; null when the admin wrote one we can't read (an
   * invalid value, a key we don't know in it or near it, a duplicate) or the file is unreadable.
   */
  readonly safetyWindow: SafetyWindowPolicy | null;
  /** Admin-facing problems, each naming the key; empty when the file was fine. */
  readonly problems: readonly ConfigProblem[];
}

/** The Entra ID app registration: `"auth": { "clientId": "<Application (client) ID>", "tenantId": "<Directory (tenant) ID>" }`. */
export interface AuthConfig {
  /** Application (client) ID of the Entra app registration (SPA platform). */
  readonly clientId: string;
  /** Directory (tenant) ID or verified domain; null: any work or school account ("organizations"). */
  readonly tenantId: string | null;
  /** https://login.microsoftonline.com/<tenantId | organizations> */
  readonly authority: string;
}

export interface LoadedAuthConfig {
  /**
   * null: no usable app registration, so the add-in runs without Graph (degraded mode: verdicts
   * from Office.js facts, the native Recall command to act).
   */
  readonly config: AuthConfig | null;
  /** Admin-facing problems with the `auth` section, each naming the field; empty when fine or absent. */
  readonly problems: readonly string[];
}

/** The whole of config.json, read once per page by its entry (loadConfig.ts). */
export interface LoadedConfig {
  readonly policy: LoadedPolicy;
  readonly auth: LoadedAuthConfig;
}

const LOGIN_HOST = 'https://login.microsoftonline.com';

const NO_AUTH: LoadedAuthConfig = { config: null, problems: [] };

/** A file whose settings can't be read at all: every setting fails closed, no app registration. */
export function unreadableConfig(problem: string): LoadedConfig {
  return { policy: { policy: UNREADABLE_POLICY_FALLBACKS, safetyWindow: null, problems: [{ kind: 'invalid', text: problem }] }, auth: NO_AUTH };
}

/** config.json as text, as it was served: parsed, and checked for keys given twice. Throws when it is not JSON. */
export function parseConfigText(text: string): LoadedConfig {
  return parseConfig(JSON.parse(text) as unknown, duplicateKeys(text));
}

/**
 * Validates config.json (the parsed file): the policy field by field, the safety window and the
 * app registration. `duplicates`: the paths the raw text gives twice with different values.
 */
export function parseConfig(raw: unknown, duplicates: readonly string[] = []): LoadedConfig {
  if (!isObject(raw)) {
    return unreadableConfig('(root): must be an object such as { "recallEnabled": true }; every setting is treated as unknown');
  }
  const problems: ConfigProblem[] = [];
  const unreadable = new Set<ConfigSetting>();
  for (const key of duplicates) {
    problems.push({ kind: 'duplicate', key });
    const top = key.split('.')[0] ?? '';
    const setting = CONFIG_KEYS.has(top) ? top : meantSetting(key);
    if (setting !== undefined && setting !== '$schema') unreadable.add(setting as ConfigSetting);
  }
  for (const found of lookalikeKeys(raw)) {
    problems.push(found);
    if (found.kind === 'near-miss') unreadable.add(found.meant);
  }
  const policy: Record<string, unknown> = { ...EXCHANGE_ONLINE_DEFAULTS };
  for (const field of POLICY_FIELDS) {
    if (unreadable.has(field)) policy[field] = UNREADABLE_POLICY_FALLBACKS[field];
    else if (field in raw && raw[field] !== undefined) policy[field] = readField(field, raw[field], problems);
  }
  const safetyWindow = unreadable.has('safetyWindow') ? null : readSafetyWindow(raw['safetyWindow'], problems);
  const auth = unreadable.has('auth')
    ? { config: null, problems: ['auth: a key in config.json looks like a sign-in setting, or one is given twice; treated as unknown'] }
    : readAuth(raw['auth']);
  return { policy: { policy: policy as unknown as RecallPolicy, safetyWindow, problems }, auth };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sections whose keys are checked too; any key we don't know inside `safetyWindow` makes it unreadable. */
const SECTION_KEYS: Readonly<Record<string, ReadonlySet<string>>> = {
  safetyWindow: new Set(Object.keys(safetyWindowSchema.entries)),
  auth: new Set(Object.keys(authSchema.entries)),
};
/** How deep a nested unknown key is followed (`recall.enabled`, `org.recall.enabled`). */
const NESTING = 3;

/**
 * Keys that are not ours: each one that looks like one of our settings, or, for a nested object
 * under an unknown key, each of its keys whose joined path does; the rest are named and ignored.
 */
function lookalikeKeys(file: Record<string, unknown>): ConfigProblem[] {
  const found: ConfigProblem[] = [];
  const visit = (path: string, value: unknown, depth: number) => {
    const meant = meantSetting(path);
    if (meant !== undefined) {
      found.push({ kind: 'near-miss', key: path, meant });
      return;
    }
    const before = found.length;
    if (isObject(value) && depth < NESTING) for (const [key, inner] of Object.entries(value)) visit(`${path}.${key}`, inner, depth + 1);
    if (found.length === before) found.push({ kind: 'unknown-key', key: path });
  };
  for (const [key, value] of Object.entries(file)) {
    const known = SECTION_KEYS[key];
    if (known !== undefined && isObject(value)) {
      for (const inner of Object.keys(value)) if (!known.has(inner)) visit(`${key}.${inner}`, value[inner], 1);
    } else if (!CONFIG_KEYS.has(key)) {
      visit(key, value, 0);
    }
  }
  return found;
}

function readField(field: PolicyField, value: unknown, problems: ConfigProblem[]): unknown {
  const result = v.safeParse(POLICY_FIELD_SCHEMAS[field], value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    problems.push({ kind: 'invalid', text: `${path ? `${field}.${path}` : field}: ${issue?.message ?? 'invalid'}; treated as ${describeFallback(field)}` });
    return UNREADABLE_POLICY_FALLBACKS[field];
  }
  if (field !== 'crossTenantAllowedDomains') return result.output;
  // Partners one by one: a bad entry is dropped (that domain is then simply "outside").
  const domains: string[] = [];
  (result.output as readonly unknown[]).forEach((entry, i) => {
    const ascii = typeof entry === 'string' ? toAsciiDomain(entry) : null;
    if (ascii === null) problems.push({ kind: 'invalid', text: `crossTenantAllowedDomains.${i}: not a domain name; ignored` });
    else domains.push(ascii);
  });
  return domains;
}

/**
 * A missing block means off: holding someone's mail is a cost the admin must ask for. A block that
 * is there but can't be read is unknown (null), with the problem named: the admin asked for a
 * window, so it is never quietly switched off (docs/safety-window.md says what happens at Send).
 */
function readSafetyWindow(section: unknown, problems: ConfigProblem[]): SafetyWindowPolicy | null {
  if (section === undefined) return SAFETY_WINDOW_OFF;
  const result = v.safeParse(safetyWindowSchema, section);
  if (result.success) return result.output;
  problems.push(
    ...result.issues.map((issue): ConfigProblem => ({
      kind: 'invalid',
      text: `safetyWindow.${v.getDotPath(issue) ?? '(root)'}: ${issue.message}; treated as unknown`,
    })),
  );
  return null;
}

/** No (or an empty, template) clientId: not configured, which is a choice, not a mistake. */
function readAuth(section: unknown): LoadedAuthConfig {
  if (section === undefined || section === null) return NO_AUTH;
  if (typeof section !== 'object' || Array.isArray(section))
    return { config: null, problems: ['auth: must be an object such as { "clientId": "…", "tenantId": "…" }'] };
  const clientId = (section as Record<string, unknown>)['clientId'];
  if (clientId === undefined || clientId === null || (typeof clientId === 'string' && clientId.trim() === '')) return NO_AUTH;
  const result = v.safeParse(authSchema, section);
  if (!result.success) {
    return { config: null, problems: result.issues.map((issue) => `auth.${v.getDotPath(issue) ?? ''}: ${issue.message}`.replace(/\.: /, ': ')) };
  }
  const tenantId = result.output.tenantId ?? null;
  return { config: { clientId: result.output.clientId, tenantId, authority: `${LOGIN_HOST}/${tenantId ?? 'organizations'}` }, problems: [] };
}

function describeFallback(field: PolicyField): string {
  const value = UNREADABLE_POLICY_FALLBACKS[field];
  return value === null ? 'unknown' : JSON.stringify(value);
}
