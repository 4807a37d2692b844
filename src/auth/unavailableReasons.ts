/**
 * The `why` of an `auth-unavailable` failure: a stable code before the colon (tests and telemetry
 * key on it), then words an admin can act on. None of them is an error: the add-in runs on in
 * degraded mode (Office.js facts, native Recall command) without Microsoft Graph.
 */
export const AUTH_UNAVAILABLE = {
  notConfigured:
    'not-configured: config.json has no auth.clientId, so the add-in does not sign in to Microsoft Graph. ' +
    'An admin registers an Entra ID app and sets auth.clientId in config.json (see docs/deploy.md).',
  invalidConfig: 'auth-config-invalid: the auth section of config.json has problems, so the add-in does not sign in to Microsoft Graph: ',
  hostUnsupported:
    'nested-auth-unsupported: this Outlook does not support nested app authentication (NestedAppAuth 1.1), ' +
    'so the add-in cannot sign in to Microsoft Graph here. Outlook on the web and new Outlook for Windows support it.',
  bridgeUnavailable: 'nested-auth-unavailable: Outlook did not offer its sign-in bridge to the add-in, so it cannot sign in to Microsoft Graph.',
} as const;

/** The code part of a `why`, e.g. "not-configured". */
export function unavailableCode(why: string): string {
  const colon = why.indexOf(':');
  return colon < 0 ? why : why.slice(0, colon);
}
