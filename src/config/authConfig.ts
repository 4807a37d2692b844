import * as v from 'valibot';
import { toAsciiDomain } from '../domain/address';

/**
 * The Entra ID app registration the add-in signs in with, from config.json's optional `auth`
 * section (the admin deploys config.json next to the pane):
 *
 *   "auth": { "clientId": "<Application (client) ID>", "tenantId": "<Directory (tenant) ID>" }
 *
 * This module reads only `auth` from the raw JSON; the rest of config.json is the recall policy,
 * validated by loadPolicy.ts. Without `auth.clientId` the add-in still runs, in degraded mode: no
 * Graph, so verdicts come from Office.js facts and the native Recall command is the way to act.
 */
export interface AuthConfig {
  /** Application (client) ID of the Entra app registration (SPA platform). */
  readonly clientId: string;
  /** Directory (tenant) ID or verified domain; null: any work or school account ("organizations"). */
  readonly tenantId: string | null;
  /** https://login.microsoftonline.com/<tenantId | organizations> */
  readonly authority: string;
}

export interface LoadedAuthConfig {
  /** null: no usable app registration, so the add-in runs without Graph. */
  readonly config: AuthConfig | null;
  /** Admin-facing problems with the `auth` section, each naming the field; empty when fine or absent. */
  readonly problems: readonly string[];
}

export const LOGIN_HOST = 'https://login.microsoftonline.com';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Consumer accounts (outlook.com) cannot use this add-in's Graph features, so "common"/"consumers" are refused. */
const TENANT_ALIASES = new Set(['organizations']);

const authSchema = v.object({
  clientId: v.pipe(v.string('must be a string'), v.trim(), v.regex(GUID, 'must be the Application (client) ID, a GUID such as 00000000-0000-0000-0000-000000000000')),
  tenantId: v.optional(
    v.nullable(
      v.pipe(
        v.string('must be a string'),
        v.trim(),
        // A verified domain such as contoso.onmicrosoft.com names the tenant too (the address parser's domain rule).
        v.check((t) => GUID.test(t) || toAsciiDomain(t) !== null || TENANT_ALIASES.has(t.toLowerCase()), 'must be the Directory (tenant) ID (a GUID), a verified domain, or "organizations"'),
      ),
    ),
  ),
});

const NO_AUTH: LoadedAuthConfig = { config: null, problems: [] };

/** Reads the `auth` section of config.json (the whole parsed file); anything else in it is ignored here. */
export function parseAuthConfig(raw: unknown): LoadedAuthConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NO_AUTH;
  const section = (raw as Record<string, unknown>)['auth'];
  if (section === undefined || section === null) return NO_AUTH;
  if (typeof section !== 'object' || Array.isArray(section)) return { config: null, problems: ['auth: must be an object such as { "clientId": "…", "tenantId": "…" }'] };
  // No (or an empty, template) clientId: not configured, which is a choice, not a mistake.
  const clientId = (section as Record<string, unknown>)['clientId'];
  if (clientId === undefined || clientId === null || (typeof clientId === 'string' && clientId.trim() === '')) return NO_AUTH;
  const result = v.safeParse(authSchema, section);
  if (!result.success) {
    return { config: null, problems: result.issues.map((issue) => `auth.${v.getDotPath(issue) ?? ''}: ${issue.message}`.replace(/\.: /, ': ')) };
  }
  const tenantId = result.output.tenantId ?? null;
  return {
    config: { clientId: result.output.clientId, tenantId, authority: `${LOGIN_HOST}/${tenantId ?? 'organizations'}` },
    problems: [],
  };
}

/**
 * Fetches config.json and reads its `auth` section. A missing file, a missing section or a
 * network failure all mean "no app registration": degraded mode, never an error.
 */
export async function loadAuthConfig(url: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Promise<LoadedAuthConfig> {
  try {
    const response = await fetchImpl(url, { cache: 'no-cache' });
    if (!response.ok) return NO_AUTH;
    return parseAuthConfig(JSON.parse(await response.text()) as unknown);
  } catch {
    return NO_AUTH;
  }
}

/**
 * config.json is read twice at start (recall policy and auth); this lets both readers share one
 * request: the first call for a URL fetches, every call gets its own clone of the response.
 */
export function fetchOnce(fetchImpl: typeof fetch = (input, init) => fetch(input, init)): typeof fetch {
  const responses = new Map<string, Promise<Response>>();
  return (input, init) => {
    const key = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    let response = responses.get(key);
    if (response === undefined) {
      response = fetchImpl(input, init);
      responses.set(key, response);
    }
    return response.then((r) => r.clone());
  };
}
