import * as v from 'valibot';
import { toAsciiDomain } from '../domain/address';
import { EXCHANGE_ONLINE_DEFAULTS, POLICY_FIELDS, UNREADABLE_POLICY_FALLBACKS, type PolicyField, type RecallPolicy } from '../domain/policy';
import { SAFETY_WINDOW_OFF, type SafetyWindowPolicy } from '../domain/safetyWindow';
import { authSchema, CONFIG_KEYS, POLICY_FIELD_SCHEMAS, safetyWindowSchema } from './configSchema';

/**
 * config.json as the admin writes it (configSchema.ts), read entry by entry. A policy field that
 * is present but can't be read takes its fail-closed value (UNREADABLE_POLICY_FALLBACKS) and is
 * named in a problem; the valid fields next to it are kept, so one typo never switches an
 * admin's `recallEnabled: false` back on. docs/fail-closed.md and docs/deploy.md say the same.
 */

/** The organisation's settings the pane and the Send check use, with the admin notes about them. */
export interface LoadedPolicy {
  readonly policy: RecallPolicy;
  /** config.json `safetyWindow`; off when absent, invalid (named in problems) or the file is unreadable. */
  readonly safetyWindow: SafetyWindowPolicy;
  /** Admin-facing problems, each naming the field; empty when the file was fine. */
  readonly problems: readonly string[];
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

/** Exchange Online PowerShell names an admin may copy instead of ours (docs/deploy.md has the table). */
const POWERSHELL_NAMES: Readonly<Record<string, PolicyField>> = {
  messagerecallenabled: 'recallEnabled',
  recallreadmessagesenabled: 'recallReadMessages',
  messagerecallmaxrecallableage: 'maxRecallableAgeDays',
  messagerecallalertrecipientsenabled: 'alertRecipients',
};

const NO_AUTH: LoadedAuthConfig = { config: null, problems: [] };

/** A file whose settings can't be read at all: every setting fails closed, no app registration. */
export function unreadableConfig(problem: string): LoadedConfig {
  return { policy: { policy: UNREADABLE_POLICY_FALLBACKS, safetyWindow: SAFETY_WINDOW_OFF, problems: [problem] }, auth: NO_AUTH };
}

/** Validates config.json (the parsed file): the policy field by field, the safety window and the app registration. */
export function parseConfig(raw: unknown): LoadedConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return unreadableConfig('(root): must be an object such as { "recallEnabled": true }; every setting is treated as unknown');
  }
  const file = raw as Record<string, unknown>;
  const problems: string[] = [];
  const unreadable = new Set<PolicyField>();
  for (const key of Object.keys(file)) {
    if (CONFIG_KEYS.has(key)) continue;
    const meant = meantField(key);
    if (meant === undefined) {
      problems.push(`${key}: not a setting the add-in knows; ignored`);
    } else {
      // A misspelt or PowerShell-named setting may carry the admin's real value: the field it
      // resembles can't be trusted, whatever its correctly spelt neighbour says.
      unreadable.add(meant);
      problems.push(`${key}: not a setting the add-in knows; did you mean ${meant}? Until fixed, ${meant} is treated as unknown`);
    }
  }
  const policy: Record<string, unknown> = { ...EXCHANGE_ONLINE_DEFAULTS };
  for (const field of POLICY_FIELDS) {
    if (unreadable.has(field)) policy[field] = UNREADABLE_POLICY_FALLBACKS[field];
    else if (field in file && file[field] !== undefined) policy[field] = readField(field, file[field], problems);
  }
  const safetyWindow = readSafetyWindow(file['safetyWindow'], problems);
  return { policy: { policy: policy as unknown as RecallPolicy, safetyWindow, problems }, auth: readAuth(file['auth']) };
}

function readField(field: PolicyField, value: unknown, problems: string[]): unknown {
  const result = v.safeParse(POLICY_FIELD_SCHEMAS[field], value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    problems.push(`${path ? `${field}.${path}` : field}: ${issue?.message ?? 'invalid'}; treated as ${describeFallback(field)}`);
    return UNREADABLE_POLICY_FALLBACKS[field];
  }
  if (field !== 'crossTenantAllowedDomains') return result.output;
  // Partners one by one: a bad entry is dropped (that domain is then simply "outside").
  const domains: string[] = [];
  (result.output as readonly unknown[]).forEach((entry, i) => {
    const ascii = typeof entry === 'string' ? toAsciiDomain(entry) : null;
    if (ascii === null) problems.push(`crossTenantAllowedDomains.${i}: not a domain name; ignored`);
    else domains.push(ascii);
  });
  return domains;
}

/**
 * A missing block means off. An invalid one also means off, with the problem named: holding
 * someone's mail is a cost the admin must have asked for in a form we understand, and the recall
 * verdicts never depend on it.
 */
function readSafetyWindow(section: unknown, problems: string[]): SafetyWindowPolicy {
  if (section === undefined) return SAFETY_WINDOW_OFF;
  const result = v.safeParse(safetyWindowSchema, section);
  if (result.success) return result.output;
  problems.push(...result.issues.map((issue) => `safetyWindow.${v.getDotPath(issue) ?? '(root)'}: ${issue.message}; the safety window stays off`));
  return SAFETY_WINDOW_OFF;
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

/** The policy field an unknown key most likely meant: a PowerShell name, or at most two typos away. */
function meantField(key: string): PolicyField | undefined {
  const plain = key.toLowerCase().replace(/[^a-z]/g, '');
  return POWERSHELL_NAMES[plain] ?? POLICY_FIELDS.find((field) => editDistance(plain, field.toLowerCase()) <= 2);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
