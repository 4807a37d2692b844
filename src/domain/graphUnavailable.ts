/**
 * Why the add-in has no Graph token here: the reason of an `auth-unavailable` failure. None of
 * them is an error: the add-in runs on in degraded mode (Office.js facts, the native Recall
 * command) without Microsoft Graph. Each kind is worded in i18n `gap.auth.<kind>`, for the admin.
 */
export type GraphUnavailable =
  /** config.json has no `auth.clientId`: no app registration yet (docs/deploy.md). */
  | { readonly kind: 'not-configured' }
  /** config.json's `auth` section can't be read; `problems` name the fields, as the config loader wrote them. */
  | { readonly kind: 'auth-config-invalid'; readonly problems: readonly string[] }
  /** This Outlook does not offer nested app authentication (NestedAppAuth 1.1). */
  | { readonly kind: 'nested-auth-unsupported' }
  /** The requirement set is there, but Outlook did not offer its sign-in bridge. */
  | { readonly kind: 'nested-auth-unavailable' };

/**
 * Minimum builds with NestedAppAuth 1.1 in Outlook, from the requirement-set table
 * (docs/requirement-sets/common/nested-app-auth-requirement-sets.md in
 * OfficeDev/office-js-docs-reference): web supported; Windows (Microsoft 365) Version 2409
 * (Build 18025.20000), retail perpetual 2501, volume-licensed 2408; Mac 16.89; iOS and Android
 * v4.2433.0; "isn't supported if the add-in is loaded in an Outlook.com or Gmail mailbox".
 * New Outlook for Windows is the web client's code. Only the runtime check decides; these words
 * tell the user and the admin what would (`gap.auth.nested-auth-unsupported`).
 */
export const NAA_MINIMUM_BUILDS = {
  windows: '2409',
  windowsBuild: '18025.20000',
  mac: '16.89',
  mobile: '4.2433',
} as const;
