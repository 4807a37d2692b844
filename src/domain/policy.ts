/**
 * The organisation's recall settings. Exchange Online keeps them in Set-OrganizationConfig, which
 * Graph cannot read, so the admin copies them into config.json. Defaults are Exchange Online's.
 *
 * Fail closed: a setting config.json does not let us read (wrong type, misspelt, file missing) is
 * never replaced by a hopeful default. The two settings a verdict hinges on become `null`
 * ("unknown"), which caps every recipient at uncertain and says so; the others take their most
 * restrictive value (UNREADABLE_POLICY_FALLBACKS).
 */
export interface RecallPolicy {
  /** MessageRecallEnabled; null: config.json could not tell (every verdict at most uncertain). */
  readonly recallEnabled: boolean | null;
  /** RecallReadMessagesEnabled: on by default in Exchange Online, so "read" alone does not block. */
  readonly recallReadMessages: boolean;
  /** MessageRecallMaxRecallableAge, in days (tenant dumps show 365 when never set); null: unknown. */
  readonly maxRecallableAgeDays: number | null;
  /** MessageRecallAlertRecipientsEnabled: recipients are told that a message was recalled. */
  readonly alertRecipients: boolean;
  /** Partner domains whose tenants are known to allow our cross-tenant recalls (MC1423106). */
  readonly crossTenantAllowedDomains: readonly string[];
  /** Where incident summaries go; null when the admin named nobody. */
  readonly securityContact: { readonly name: string; readonly address: string } | null;
  /** The org uses Purview message encryption, so revocation is worth mentioning. */
  readonly usesPurviewEncryption: boolean;
}

export type PolicyField = keyof RecallPolicy;

export const EXCHANGE_ONLINE_DEFAULTS: RecallPolicy = {
  recallEnabled: true,
  recallReadMessages: true,
  maxRecallableAgeDays: 365,
  alertRecipients: false,
  crossTenantAllowedDomains: [],
  securityContact: null,
  usesPurviewEncryption: false,
};

/**
 * What each setting becomes when config.json has it but it can't be read. Each value is the one
 * that can't make a verdict more hopeful than the truth, whatever the admin meant:
 * - recall on/off and the age limit: unknown (null) → everyone uncertain, with the reason shown;
 * - read messages: not recalled (a reader is never promised a recall);
 * - recipient alerts: on (the user is warned that a recall may draw attention);
 * - partners: none (nobody outside is treated as possibly reachable);
 * - security contact: none (the incident step says to find one);
 * - Purview: off (no revocation advice that may not apply).
 */
export const UNREADABLE_POLICY_FALLBACKS: RecallPolicy = {
  recallEnabled: null,
  recallReadMessages: false,
  maxRecallableAgeDays: null,
  alertRecipients: true,
  crossTenantAllowedDomains: [],
  securityContact: null,
  usesPurviewEncryption: false,
};

export const POLICY_FIELDS = Object.keys(EXCHANGE_ONLINE_DEFAULTS) as readonly PolicyField[];
