import * as v from 'valibot';
import { toAsciiDomain } from '../domain/address';
import type { PolicyField } from '../domain/policy';
import { DEFAULT_WITHOUT_GRAPH, MAX_WINDOW_MINUTES, WITHOUT_GRAPH_MODES } from '../domain/safetyWindow';

/**
 * config.json, the one file the admin deploys next to the pane (docs/deploy.md): the recall
 * policy, the app registration (`auth`) and the safety window, in one schema. parseConfig.ts
 * reads it entry by entry, so a broken field fails closed on its own and the valid ones stay;
 * scripts/json-schemas.ts writes docs/config.schema.json from it for admins' editors.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Consumer accounts (outlook.com) cannot use this add-in's Graph features, so "common"/"consumers" are refused. */
const TENANT_ALIASES = new Set(['organizations']);

/** The organisation's recall settings (src/domain/policy.ts), each with the admin-facing message for a wrong value. */
export const POLICY_FIELD_SCHEMAS: Readonly<Record<PolicyField, v.GenericSchema>> = {
  recallEnabled: v.boolean('must be true or false'),
  recallReadMessages: v.boolean('must be true or false'),
  maxRecallableAgeDays: v.pipe(
    v.number('must be a number of days'),
    v.finite('must be a number of days'),
    v.minValue(0, 'must be 0 or more'),
    v.maxValue(3650, 'must be at most 3650 (ten years)'),
  ),
  alertRecipients: v.boolean('must be true or false'),
  crossTenantAllowedDomains: v.array(v.unknown(), 'must be a list of domain names'),
  securityContact: v.nullable(
    v.object(
      { name: v.string('must be a text'), address: v.pipe(v.string('must be a text'), v.email('must be an email address')) },
      'must be { "name": "…", "address": "…" } or null',
    ),
  ),
  usesPurviewEncryption: v.boolean('must be true or false'),
};

/** `auth`: the Entra ID app registration the add-in signs in with (SPA platform). */
export const authSchema = v.object({
  clientId: v.pipe(
    v.string('must be a string'),
    v.trim(),
    v.regex(GUID, 'must be the Application (client) ID, a GUID such as 00000000-0000-0000-0000-000000000000'),
  ),
  tenantId: v.optional(
    v.nullable(
      v.pipe(
        v.string('must be a string'),
        v.trim(),
        // A verified domain such as contoso.onmicrosoft.com names the tenant too (the address parser's domain rule).
        v.check(
          (t) => GUID.test(t) || toAsciiDomain(t) !== null || TENANT_ALIASES.has(t.toLowerCase()),
          'must be the Directory (tenant) ID (a GUID), a verified domain, or "organizations"',
        ),
      ),
    ),
  ),
});

/** `safetyWindow` (docs/safety-window.md): holding mail at Send is a cost the admin must ask for in a form we understand. */
const minutes = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_WINDOW_MINUTES));
export const safetyWindowSchema = v.strictObject({
  minutes: v.optional(minutes, 0),
  for: v.optional(v.picklist(['outsiders', 'everyone']), 'outsiders'),
  optInMinutes: v.optional(minutes, 0),
  // What a recipient MailTips did not confirm counts as at Send (docs/safety-window.md, "Without Graph").
  withoutGraph: v.optional(v.picklist(WITHOUT_GRAPH_MODES), DEFAULT_WITHOUT_GRAPH),
});

/** The whole file: every entry optional (absent = Exchange Online's default, no app registration, window off). */
export const configFileSchema = v.object({
  $schema: v.optional(v.string()),
  ...Object.fromEntries(Object.entries(POLICY_FIELD_SCHEMAS).map(([field, schema]) => [field, v.optional(schema)])),
  auth: v.optional(v.nullable(authSchema)),
  safetyWindow: v.optional(safetyWindowSchema),
});

/** The keys config.json may hold; anything else is named in an admin note. */
export const CONFIG_KEYS: ReadonlySet<string> = new Set(Object.keys(configFileSchema.entries));
