/**
 * The organisation's recall settings. Exchange Online keeps them in Set-OrganizationConfig, which
 * Graph cannot read, so the admin copies them into config.json. Defaults are Exchange Online's.
 */
export interface RecallPolicy {
  /** MessageRecallEnabled */
  readonly recallEnabled: boolean;
  /** RecallReadMessagesEnabled: on by default in Exchange Online, so "read" alone does not block. */
  readonly recallReadMessages: boolean;
  /** MessageRecallMaxRecallableAge, in days (tenant dumps show 365 when never set). */
  readonly maxRecallableAgeDays: number;
  /** MessageRecallAlertRecipientsEnabled: recipients are told that a message was recalled. */
  readonly alertRecipients: boolean;
  /** Partner domains whose tenants are known to allow our cross-tenant recalls (MC1423106). */
  readonly crossTenantAllowedDomains: readonly string[];
  /** Where incident summaries go; null when the admin named nobody. */
  readonly securityContact: { readonly name: string; readonly address: string } | null;
  /** The org uses Purview message encryption, so revocation is worth mentioning. */
  readonly usesPurviewEncryption: boolean;
}

export const EXCHANGE_ONLINE_DEFAULTS: RecallPolicy = {
  recallEnabled: true,
  recallReadMessages: true,
  maxRecallableAgeDays: 365,
  alertRecipients: false,
  crossTenantAllowedDomains: [],
  securityContact: null,
  usesPurviewEncryption: false,
};
