/**
 * config.json's `auth` section and the choice of token provider: NAA only with a supporting host
 * and a configured app registration; otherwise degraded mode, saying why.
 */
import { graphGapText } from '../../src/app/components/graphGapText';
import { chooseTokenProvider } from '../../src/auth/chooseTokenProvider';
import { NaaTokenProvider } from '../../src/auth/naaTokenProvider';
import { READ_SCOPES } from '../../src/auth/tokenProvider';
import { UnavailableTokenProvider } from '../../src/auth/unavailableTokenProvider';
import { loadConfig } from '../../src/config/loadConfig';
import { parseConfig } from '../../src/config/parseConfig';
import { createTranslator } from '../../src/i18n/translator';
import { FakeNaaClient } from './fakes';

const CLIENT_ID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const TENANT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

describe('config.json auth', () => {
  it('reads clientId and tenantId; the authority is the tenant', () => {
    expect(parseConfig({ recallEnabled: true, auth: { clientId: CLIENT_ID, tenantId: TENANT_ID } }).auth).toEqual({
      config: { clientId: CLIENT_ID, tenantId: TENANT_ID, authority: `https://login.microsoftonline.com/${TENANT_ID}` },
      problems: [],
    });
  });

  it('without tenantId, any work or school account: the "organizations" authority', () => {
    expect(parseConfig({ auth: { clientId: ` ${CLIENT_ID} ` } }).auth.config).toEqual({
      clientId: CLIENT_ID,
      tenantId: null,
      authority: 'https://login.microsoftonline.com/organizations',
    });
  });

  it('a verified domain names the tenant too', () => {
    expect(parseConfig({ auth: { clientId: CLIENT_ID, tenantId: 'contoso.onmicrosoft.com' } }).auth.config?.authority).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    );
  });

  it.each([
    ['no file content', null],
    ['no auth section', { recallEnabled: true }],
    ['auth: null', { auth: null }],
    ['no clientId in auth', { auth: { tenantId: TENANT_ID } }],
    ['an empty (template) clientId', { auth: { clientId: '  ', tenantId: '' } }],
  ])('%s → no app registration, and no problem (degraded mode is a choice)', (_name, raw) => {
    expect(parseConfig(raw).auth).toEqual({ config: null, problems: [] });
  });

  it.each([
    ['a clientId that is not a GUID', { auth: { clientId: 'my-app' } }, 'auth.clientId'],
    ['a clientId that is not a string', { auth: { clientId: 42 } }, 'auth.clientId'],
    ['a tenantId that is neither GUID nor domain', { auth: { clientId: CLIENT_ID, tenantId: 'common' } }, 'auth.tenantId'],
    ['auth as a string', { auth: CLIENT_ID }, 'auth'],
  ])('%s → no app registration, and an admin-facing problem naming the field', (_name, raw, field) => {
    const loaded = parseConfig(raw).auth;
    expect(loaded.config).toBeNull();
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]?.startsWith(`${field}: `)).toBe(true);
  });
});

describe('loadConfig: auth', () => {
  const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

  it('reads the auth section from the served config.json', async () => {
    const loaded = (await loadConfig('config.json', respond(JSON.stringify({ auth: { clientId: CLIENT_ID } })))).auth;
    expect(loaded.config?.clientId).toBe(CLIENT_ID);
  });

  it.each([
    ['404', respond('', 404)],
    ['not JSON', respond('{')],
    [
      'a network error',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    ],
  ])('%s → degraded mode, not an error', async (_name, fetchImpl) => {
    await expect(loadConfig('config.json', fetchImpl).then((loaded) => loaded.auth)).resolves.toEqual({ config: null, problems: [] });
  });

  it('one request gives the policy and the app registration', async () => {
    let requests = 0;
    const loaded = await loadConfig('config.json', async () => {
      requests++;
      return new Response(JSON.stringify({ recallEnabled: false, auth: { clientId: CLIENT_ID } }));
    });
    expect(requests).toBe(1);
    expect(loaded.policy.policy.recallEnabled).toBe(false);
    expect(loaded.auth.config?.clientId).toBe(CLIENT_ID);
  });
});

describe('chooseTokenProvider', () => {
  const configured = parseConfig({ auth: { clientId: CLIENT_ID, tenantId: TENANT_ID } }).auth;

  async function why(provider: ReturnType<typeof chooseTokenProvider>) {
    const result = await provider.getToken(READ_SCOPES);
    if (result.ok || result.failure.kind !== 'auth-unavailable') throw new Error(`expected auth-unavailable, got ${JSON.stringify(result)}`);
    return { reason: result.failure.reason, text: graphGapText(result.failure, createTranslator('en')) };
  }

  it('NAA supported and a clientId → the NAA provider (silent token from MSAL)', async () => {
    const provider = chooseTokenProvider({
      supportsNestedAuth: true,
      auth: configured,
      dialog: null,
      loadClient: async () => new FakeNaaClient([{ token: 't' }]),
    });
    expect(provider).toBeInstanceOf(NaaTokenProvider);
    await expect(provider.getToken(READ_SCOPES)).resolves.toEqual({ ok: true, value: 't' });
  });

  it('NAA unsupported by the host → auth-unavailable, saying so', async () => {
    const provider = chooseTokenProvider({ supportsNestedAuth: false, auth: configured, dialog: null });
    expect(provider).toBeInstanceOf(UnavailableTokenProvider);
    const { reason, text } = await why(provider);
    expect(reason).toEqual({ kind: 'nested-auth-unsupported' });
    expect(text).toMatch(/Version 2409 \(Build 18025\.20000\)/);
  });

  it.each([true, false])('no clientId (host supports NAA: %s) → auth-unavailable naming auth.clientId for the admin', async (supportsNestedAuth) => {
    const { reason, text } = await why(chooseTokenProvider({ supportsNestedAuth, auth: parseConfig({ recallEnabled: true }).auth, dialog: null }));
    expect(reason).toEqual({ kind: 'not-configured' });
    expect(text).toMatch(/auth\.clientId/);
    expect(text).toMatch(/config\.json/);
  });

  it('an invalid auth section → auth-unavailable carrying the problems', async () => {
    const { reason } = await why(chooseTokenProvider({ supportsNestedAuth: true, auth: parseConfig({ auth: { clientId: 'nope' } }).auth, dialog: null }));
    expect(reason).toEqual({ kind: 'auth-config-invalid', problems: [expect.stringMatching(/^auth\.clientId: /)] });
  });
});
