import { POLICY_FIELDS, type PolicyField } from '../domain/policy';

/**
 * Which of our settings a key that is not ours was probably meant to be. config.json is typed by
 * hand, often from Exchange Online PowerShell output, so an admin's real value can sit under a
 * key the schema does not know: `MessageRecallEnabled`, `ｍessageRecallEnabled` (full-width),
 * `recall_enabled`, `recallEnabledForAllUsers`, `maxRecallableAge`, `{"recall": {"enabled": false}}`.
 * Ignoring such a key lets the default (recall on, 365 days) stand against what the admin wrote,
 * so parseConfig.ts treats the setting it resembles as unknown (fail closed) and names the key.
 */

/** The sections config.json holds besides the policy fields; each is read whole or not at all. */
export type ConfigSetting = PolicyField | 'safetyWindow' | 'auth';

/**
 * A key as compared: Unicode compatibility forms folded (NFKC: full-width, ligatures), case
 * folded, and everything but ASCII letters and digits dropped, which removes separators
 * (`_-. `, the dots of a nested path), invisible characters and look-alike letters of other
 * scripts (a Cyrillic "е" drops out and leaves a typo the edit distance catches).
 */
export function foldKey(key: string): string {
  return key
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Our names (the sections' inner fields joined to their section, as a nested key is), each folded. */
const OURS: ReadonlyArray<readonly [string, ConfigSetting]> = [
  ...POLICY_FIELDS.map((field) => [field, field] as const),
  // The age without its unit: `maxRecallableAge`, `maxRecallableAgeInDays` still contain it.
  ['maxRecallableAge', 'maxRecallableAgeDays'],
  ['safetyWindow', 'safetyWindow'],
  ['safetyWindow.minutes', 'safetyWindow'],
  ['safetyWindow.for', 'safetyWindow'],
  ['safetyWindow.optInMinutes', 'safetyWindow'],
  ['optInMinutes', 'safetyWindow'],
  ['safetyWindow.withoutGraph', 'safetyWindow'],
  ['withoutGraph', 'safetyWindow'],
  ['auth', 'auth'],
  ['auth.clientId', 'auth'],
  ['auth.tenantId', 'auth'],
  // Written at the top, or under another section name (`authentication.clientId`).
  ['clientId', 'auth'],
  ['tenantId', 'auth'],
];

/**
 * Exchange Online's names for the same settings (Get-/Set-OrganizationConfig; the cross-tenant
 * ones are Set-CrossTenantRecallConfiguration's), as an admin copies them; docs/deploy.md has the
 * table. `MessageRecallAlertRecipientsReadMessagesOnlyEnabled` narrows the alert, so it bears on
 * `alertRecipients` as well.
 */
const POWERSHELL: ReadonlyArray<readonly [string, ConfigSetting]> = [
  ['MessageRecallEnabled', 'recallEnabled'],
  ['RecallReadMessagesEnabled', 'recallReadMessages'],
  ['MessageRecallMaxRecallableAge', 'maxRecallableAgeDays'],
  ['MessageRecallAlertRecipientsEnabled', 'alertRecipients'],
  ['MessageRecallAlertRecipientsReadMessagesOnlyEnabled', 'alertRecipients'],
  ['CrossTenantRecallEnabled', 'crossTenantAllowedDomains'],
  ['AllowedSenderTenantIds', 'crossTenantAllowedDomains'],
];

const FORMS: ReadonlyArray<readonly [string, ConfigSetting]> = [...OURS, ...POWERSHELL].map(([name, setting]) => [foldKey(name), setting] as const);

/**
 * Below this length a name is matched only exactly (after folding): `auth` or `for` inside
 * another word (`author`, `format`) says nothing. Our longer names are specific enough to be
 * found inside a key (`recallEnabledForAllUsers`, `orgMessageRecallEnabled`) or two typos away.
 */
const SPECIFIC = 8;
/** A key this long that is part of one of our names is that name cut short (`maxRecallableAge`). */
const PART = 10;
const TYPOS = 2;

/**
 * The setting `path` (a key, or a nested key joined with dots) most likely meant, or undefined when
 * it resembles none. The closest kind of likeness wins: the same name folded, then one of our names
 * with more around it (`recallEnabledForAllUsers`), then a typo, then a name cut short
 * (`recallRead`); among equals the longest name, so `MessageRecallAlertRecipientsEnabled` is
 * alertRecipients, not recallEnabled.
 */
export function meantSetting(path: string): ConfigSetting | undefined {
  const key = foldKey(path);
  if (key === '') return undefined;
  let best: { readonly rank: number; readonly length: number; readonly setting: ConfigSetting } | undefined;
  for (const [name, setting] of FORMS) {
    const rank = likeness(key, name);
    if (rank > 0 && (best === undefined || rank > best.rank || (rank === best.rank && name.length > best.length)))
      best = { rank, length: name.length, setting };
  }
  return best?.setting;
}

/** 4: the same; 3: the name inside the key; 2: a typo or two; 1: the key inside the name; 0: unlike. */
function likeness(key: string, name: string): number {
  const specific = name.length >= SPECIFIC;
  if (key === name) return 4;
  if (specific && key.includes(name)) return 3;
  if (specific && editDistance(key, name) <= TYPOS) return 2;
  if (key.length >= PART && name.includes(key)) return 1;
  return 0;
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
