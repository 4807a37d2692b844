import * as v from 'valibot';
import { toAsciiDomain } from '../domain/address';
import { EXCHANGE_ONLINE_DEFAULTS, type RecallPolicy } from '../domain/policy';

/** config.json as the admin writes it: every field optional, defaults are Exchange Online's. */
const policySchema = v.strictObject({
  $schema: v.optional(v.string()),
  recallEnabled: v.optional(v.boolean()),
  recallReadMessages: v.optional(v.boolean()),
  maxRecallableAgeDays: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(3650))),
  alertRecipients: v.optional(v.boolean()),
  crossTenantAllowedDomains: v.optional(v.array(v.pipe(v.string(), v.check((d) => toAsciiDomain(d) !== null, 'not a domain name')))),
  securityContact: v.optional(v.nullable(v.object({ name: v.string(), address: v.pipe(v.string(), v.email()) }))),
  usesPurviewEncryption: v.optional(v.boolean()),
  /** Validated by config/authConfig.ts; here it only must not make the policy invalid. */
  auth: v.optional(v.unknown()),
  /** Validated by config/safetyWindowConfig.ts; here it only must not make the policy invalid. */
  safetyWindow: v.optional(v.unknown()),
});

export interface LoadedPolicy {
  readonly policy: RecallPolicy;
  /** Admin-facing problems, each naming the field; empty when the file was fine. */
  readonly problems: readonly string[];
}

/** Validates config.json; any problem falls back to the defaults as a whole, never half a policy. */
export function parsePolicy(raw: unknown): LoadedPolicy {
  const result = v.safeParse(policySchema, raw);
  if (!result.success) {
    return { policy: EXCHANGE_ONLINE_DEFAULTS, problems: result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`) };
  }
  const { $schema: _schema, auth: _auth, safetyWindow: _safetyWindow, ...fields } = result.output;
  const policy: RecallPolicy = {
    ...EXCHANGE_ONLINE_DEFAULTS,
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
  };
  return {
    policy: { ...policy, crossTenantAllowedDomains: policy.crossTenantAllowedDomains.map((d) => toAsciiDomain(d) ?? d) },
    problems: [],
  };
}

/** Fetches the admin-deployed config.json next to the pane; a missing file means defaults. */
export async function loadPolicy(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadedPolicy> {
  try {
    const response = await fetchImpl(url, { cache: 'no-cache' });
    if (response.status === 404) return { policy: EXCHANGE_ONLINE_DEFAULTS, problems: [] };
    if (!response.ok) return { policy: EXCHANGE_ONLINE_DEFAULTS, problems: [`config.json: HTTP ${response.status}`] };
    const text = await response.text();
    try {
      return parsePolicy(JSON.parse(text));
    } catch {
      return { policy: EXCHANGE_ONLINE_DEFAULTS, problems: ['config.json: not valid JSON'] };
    }
  } catch {
    return { policy: EXCHANGE_ONLINE_DEFAULTS, problems: ['config.json: could not be loaded'] };
  }
}
