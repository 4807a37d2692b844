/**
 * config.json's `auth` section and the choice of token provider: NAA only with a supporting host
 * and a configured app registration; otherwise degraded mode, saying why.
 */
import { chooseTokenProvider } from '../../src/auth/chooseTokenProvider';
import { NaaTokenProvider } from '../../src/auth/naaTokenProvider';
import { READ_SCOPES } from '../../src/auth/tokenProvider';
import { UnavailableTokenProvider } from '../../src/auth/unavailableTokenProvider';
import { unavailableCode } from '../../src/auth/unavailableReasons';
import { fetchOnce, loadAuthConfig, parseAuthConfig } from '../../src/config/authConfig';
import { FakeNaaClient } from './fakes';

const CLIENT_ID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const TENANT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

describe('parseAuthConfig', () => {
  it('reads clientId and tenantId; the authority is the tenant', () => {
    expect(parseAuthConfig({ recallEnabled: true, auth: { clientId: CLIENT_ID, tenantId: TENANT_ID } })).toEqual({
      config: { clientId: CLIENT_ID, tenantId: TENANT_ID, authority: `https://login.microsoftonline.com/${TENANT_ID}` },
      problems: [],
    });
  });

  it('without tenantId, any work or school account: the "organizations" authority', () => {
    expect(parseAuthConfig({ auth: { clientId: ` ${CLIENT_ID} ` } }).config).toEqual({
      clientId: CLIENT_ID,
      tenantId: null,
      authority: 'https://login.microsoftonline.com/organizations',
    });
  });

  it('a verified domain names the tenant too', () => {
    expect(parseAuthConfig({ auth: { clientId: CLIENT_ID, tenantId: 'contoso.onmicrosoft.com' } }).config?.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
  });

  it.each([
    ['no file content', null],
    ['no auth section', { recallEnabled: true }],
    ['auth: null', { auth: null }],
    ['no clientId in auth', { auth: { tenantId: TENANT_ID } }],
    ['an empty (template) clientId', { auth: { clientId: '  ', tenantId: '' } }],
  ])('%s → no app registration, and no problem (degraded mode is a choice)', (_name, raw) => {
    expect(parseAuthConfig(raw)).toEqual({ config: null, problems: [] });
  });

  it.each([
    ['a clientId that is not a GUID', { auth: { clientId: 'my-app' } }, 'auth.clientId'],
    ['a clientId that is not a string', { auth: { clientId: 42 } }, 'auth.clientId'],
    ['a tenantId that is neither GUID nor domain', { auth: { clientId: CLIENT_ID, tenantId: 'common' } }, 'auth.tenantId'],
    ['auth as a string', { auth: CLIENT_ID }, 'auth'],
  ])('%s → no app registration, and an admin-facing problem naming the field', (_name, raw, field) => {
    const loaded = parseAuthConfig(raw);
    expect(loaded.config).toBeNull();
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]?.startsWith(`${field}: `)).toBe(true);
  });
});

describe('loadAuthConfig', () => {
  const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

  it('reads the auth section from the served config.json', async () => {
    const loaded = await loadAuthConfig('config.json', respond(JSON.stringify({ auth: { clientId: CLIENT_ID } })));
    expect(loaded.config?.clientId).toBe(CLIENT_ID);
  });

  it.each([
    ['404', respond('', 404)],
    ['not JSON', respond('{')],
    ['a network error', (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch],
  ])('%s → degraded mode, not an error', async (_name, fetchImpl) => {
    await expect(loadAuthConfig('config.json', fetchImpl)).resolves.toEqual({ config: null, problems: [] });
  });

  it('shares one request with the policy loader (fetchOnce), each reader getting its own body', async () => {
    let requests = 0;
    const shared = fetchOnce(async () => {
      requests++;
      return new Response(JSON.stringify({ recallEnabled: false, auth: { clientId: CLIENT_ID } }));
    });
    const [a, b] = await Promise.all([shared('config.json').then((r) => r.json()), loadAuthConfig('config.json', shared)]);
    expect(requests).toBe(1);
    expect(a).toMatchObject({ recallEnabled: false });
    expect(b.config?.clientId).toBe(CLIENT_ID);
  });
});

describe('chooseTokenProvider', () => {
  const configured = parseAuthConfig({ auth: { clientId: CLIENT_ID, tenantId: TENANT_ID } });

  async function why(provider: ReturnType<typeof chooseTokenProvider>) {
    const result = await provider.getToken(READ_SCOPES);
    if (result.ok || result.failure.kind !== 'auth-unavailable') throw new Error(`expected auth-unavailable, got ${JSON.stringify(result)}`);
    return result.failure.why;
  }

  it('NAA supported and a clientId → the NAA provider (silent token from MSAL)', async () => {
    const provider = chooseTokenProvider({ supportsNestedAuth: true, auth: configured, dialog: null, loadClient: async () => new FakeNaaClient([{ token: 't' }]) });
    expect(provider).toBeInstanceOf(NaaTokenProvider);
    await expect(provider.getToken(READ_SCOPES)).resolves.toEqual({ ok: true, value: 't' });
  });

  it('NAA unsupported by the host → auth-unavailable, saying so', async () => {
    const provider = chooseTokenProvider({ supportsNestedAuth: false, auth: configured, dialog: null });
    expect(provider).toBeInstanceOf(UnavailableTokenProvider);
    const text = await why(provider);
    expect(unavailableCode(text)).toBe('nested-auth-unsupported');
    expect(text).toMatch(/NestedAppAuth 1\.1/);
  });

  it.each([true, false])('no clientId (host supports NAA: %s) → auth-unavailable naming auth.clientId for the admin', async (supportsNestedAuth) => {
    const text = await why(chooseTokenProvider({ supportsNestedAuth, auth: parseAuthConfig({ recallEnabled: true }), dialog: null }));
    expect(unavailableCode(text)).toBe('not-configured');
    expect(text).toMatch(/auth\.clientId/);
    expect(text).toMatch(/config\.json/);
  });

  it('an invalid auth section → auth-unavailable listing the problems', async () => {
    const text = await why(chooseTokenProvider({ supportsNestedAuth: true, auth: parseAuthConfig({ auth: { clientId: 'nope' } }), dialog: null }));
    expect(unavailableCode(text)).toBe('auth-config-invalid');
    expect(text).toMatch(/auth\.clientId: /);
  });
});
