import * as v from 'valibot';
import { toAsciiDomain } from '../domain/address';
import { EXCHANGE_ONLINE_DEFAULTS, POLICY_FIELDS, UNREADABLE_POLICY_FALLBACKS, type PolicyField, type RecallPolicy } from '../domain/policy';
import { SAFETY_WINDOW_OFF, type SafetyWindowPolicy } from '../domain/safetyWindow';
import { parseSafetyWindow } from './safetyWindowConfig';

/**
 * config.json as the admin writes it: every field optional (absent = Exchange Online's default),
 * each one validated on its own. A field that is present but can't be read takes its fail-closed
 * value (UNREADABLE_POLICY_FALLBACKS) and is named in a problem; the valid fields next to it are
 * kept, so one typo never switches an admin's `recallEnabled: false` back on.
 */
const FIELD_SCHEMAS: Readonly<Record<PolicyField, v.GenericSchema>> = {
  recallEnabled: v.boolean('must be true or false'),
  recallReadMessages: v.boolean('must be true or false'),
  maxRecallableAgeDays: v.pipe(v.number('must be a number of days'), v.finite('must be a number of days'), v.minValue(0, 'must be 0 or more'), v.maxValue(3650, 'must be at most 3650 (ten years)')),
  alertRecipients: v.boolean('must be true or false'),
  crossTenantAllowedDomains: v.array(v.unknown(), 'must be a list of domain names'),
  securityContact: v.nullable(v.object({ name: v.string('must be a text'), address: v.pipe(v.string('must be a text'), v.email('must be an email address')) }, 'must be { "name": "…", "address": "…" } or null')),
  usesPurviewEncryption: v.boolean('must be true or false'),
};

/**
 * Keys config.json may hold besides the policy: `$schema` for editors, `auth` (config/authConfig.ts),
 * `safetyWindow` (config/safetyWindowConfig.ts, read below into its own field).
 */
const OTHER_KEYS = new Set(['$schema', 'auth', 'safetyWindow']);

/** Exchange Online PowerShell names an admin may copy instead of ours (docs/deploy.md has the table). */
const POWERSHELL_NAMES: Readonly<Record<string, PolicyField>> = {
  messagerecallenabled: 'recallEnabled',
  recallreadmessagesenabled: 'recallReadMessages',
  messagerecallmaxrecallableage: 'maxRecallableAgeDays',
  messagerecallalertrecipientsenabled: 'alertRecipients',
};

export interface LoadedPolicy {
  readonly policy: RecallPolicy;
  /** config.json `safetyWindow`; off when absent, invalid (named in problems) or the file is unreadable. */
  readonly safetyWindow: SafetyWindowPolicy;
  /** Admin-facing problems, each naming the field; empty when the file was fine. */
  readonly problems: readonly string[];
}

/** Validates config.json field by field; see FIELD_SCHEMAS for what an unreadable field becomes. */
export function parsePolicy(raw: unknown): LoadedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { policy: UNREADABLE_POLICY_FALLBACKS, safetyWindow: SAFETY_WINDOW_OFF, problems: ['(root): must be an object such as { "recallEnabled": true }; every setting is treated as unknown'] };
  }
  const file = raw as Record<string, unknown>;
  const problems: string[] = [];
  const unreadable = new Set<PolicyField>();
  for (const key of Object.keys(file)) {
    if (OTHER_KEYS.has(key) || (POLICY_FIELDS as readonly string[]).includes(key)) continue;
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
  const safetyWindow = parseSafetyWindow(file);
  return { policy: policy as unknown as RecallPolicy, safetyWindow: safetyWindow.policy, problems: [...problems, ...safetyWindow.problems] };
}

function readField(field: PolicyField, value: unknown, problems: string[]): unknown {
  const result = v.safeParse(FIELD_SCHEMAS[field], value);
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

/**
 * Fetches the admin-deployed config.json next to the pane. The build ships one (the repo's
 * config.json, all defaults), so a file that is missing (404), unreachable or not JSON is a
 * deployment fault, not a choice: the admin's real settings are unknown and may be stricter than
 * Exchange Online's defaults, so every setting takes its fail-closed value and the pane says so.
 */
export async function loadPolicy(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadedPolicy> {
  const unknown = (problem: string): LoadedPolicy => ({ policy: UNREADABLE_POLICY_FALLBACKS, safetyWindow: SAFETY_WINDOW_OFF, problems: [`config.json: ${problem}; every setting is treated as unknown`] });
  try {
    const response = await fetchImpl(url, { cache: 'no-cache' });
    if (!response.ok) return unknown(response.status === 404 ? 'not found (HTTP 404)' : `HTTP ${response.status}`);
    const text = await response.text();
    try {
      return parsePolicy(JSON.parse(text));
    } catch {
      return unknown('not valid JSON');
    }
  } catch {
    return unknown('could not be loaded');
  }
}
