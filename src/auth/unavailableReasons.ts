/**
 * The `why` of an `auth-unavailable` failure: a stable code before the colon (tests and telemetry
 * key on it), then words an admin can act on. None of them is an error: the add-in runs on in
 * degraded mode (Office.js facts, native Recall command) without Microsoft Graph.
 */
/**
 * Minimum builds with NestedAppAuth 1.1 in Outlook, from the requirement-set table
 * (docs/requirement-sets/common/nested-app-auth-requirement-sets.md in
 * OfficeDev/office-js-docs-reference): web supported; Windows (Microsoft 365) Version 2409
 * (Build 18025.20000), retail perpetual 2501, volume-licensed 2408; Mac 16.89; iOS and Android
 * v4.2433.0; "isn't supported if the add-in is loaded in an Outlook.com or Gmail mailbox".
 * New Outlook for Windows is the web client's code. Only the runtime check decides; these words
 * tell the user and the admin what would.
 */
export const NAA_MINIMUM_BUILDS = {
  windows: '2409',
  windowsBuild: '18025.20000',
  windowsRetail: '2501',
  windowsVolume: '2408',
  mac: '16.89',
  mobile: '4.2433',
} as const;

export const AUTH_UNAVAILABLE = {
  notConfigured:
    'not-configured: config.json has no auth.clientId, so the add-in does not sign in to Microsoft Graph. ' +
    'An admin registers an Entra ID app and sets auth.clientId in config.json (see docs/deploy.md).',
  invalidConfig: 'auth-config-invalid: the auth section of config.json has problems, so the add-in does not sign in to Microsoft Graph: ',
  hostUnsupported:
    'nested-auth-unsupported: this Outlook does not support nested app authentication (NestedAppAuth 1.1), ' +
    'so the add-in cannot sign in to Microsoft Graph here. It is supported in Outlook on the web, new Outlook for Windows, ' +
    `classic Outlook for Windows Version ${NAA_MINIMUM_BUILDS.windows} (Build ${NAA_MINIMUM_BUILDS.windowsBuild}) or later (retail ${NAA_MINIMUM_BUILDS.windowsRetail}, volume-licensed ${NAA_MINIMUM_BUILDS.windowsVolume}), ` +
    `Outlook for Mac ${NAA_MINIMUM_BUILDS.mac} or later and Outlook for iOS and Android ${NAA_MINIMUM_BUILDS.mobile} or later, not for Outlook.com or Gmail mailboxes.`,
  bridgeUnavailable: 'nested-auth-unavailable: Outlook did not offer its sign-in bridge to the add-in, so it cannot sign in to Microsoft Graph.',
} as const;

/** The code part of a `why`, e.g. "not-configured". */
export function unavailableCode(why: string): string {
  const colon = why.indexOf(':');
  return colon < 0 ? why : why.slice(0, colon);
}
