/**
 * The real MSAL adapter (msalNaaClient.ts) with real `@azure/msal-browser`, talking to a fake
 * Outlook: `window.nestedAppAuthBridge`, the host side of Nested App Authentication. This checks
 * our MSAL configuration end to end: NAA detected, the scopes asked for reach the host, errors
 * come back as MSAL raises them, and tokens stay out of localStorage and sessionStorage.
 */
import { createMsalNaaClient, msalConfiguration } from '../../src/auth/msalNaaClient';
import { NaaTokenProvider } from '../../src/auth/naaTokenProvider';
import { READ_SCOPES, RECALL_SCOPES } from '../../src/auth/tokenProvider';
import { CONFIG } from './fakes';

type BridgeRequest = {
  method: string;
  requestId: string;
  tokenParams?: { scope: string; clientId: string; authority?: string; forceRefresh?: boolean; claims?: string };
};
type Listener = (response: string) => void;

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const ID_TOKEN = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({
  aud: CONFIG.clientId,
  iss: `https://login.microsoftonline.com/${CONFIG.tenantId}/v2.0`,
  iat: now(),
  nbf: now(),
  exp: now() + 3600,
  name: 'Alex Wilber',
  oid: 'oid-1',
  preferred_username: 'alex@contoso.com',
  sub: 'sub-1',
  tid: CONFIG.tenantId,
  ver: '2.0',
})}.sig`;
const NAA_ACCOUNT = {
  homeAccountId: `oid-1.${CONFIG.tenantId}`,
  environment: 'login.microsoftonline.com',
  tenantId: CONFIG.tenantId,
  username: 'alex@contoso.com',
  localAccountId: 'oid-1',
  name: 'Alex Wilber',
};

/** What the fake host answers to each token request (GetToken = silent, GetTokenPopup = interactive). */
type HostAnswer = { token: string } | { status: string; code?: string };

function installBridge(answers: { GetToken: HostAnswer; GetTokenPopup: HostAnswer }) {
  const requests: BridgeRequest[] = [];
  const listeners: Listener[] = [];
  const reply = (requestId: string, body: object) =>
    setTimeout(() => {
      for (const listener of listeners) listener(JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId, ...body }));
    }, 0);
  (window as unknown as { nestedAppAuthBridge: unknown }).nestedAppAuthBridge = {
    addEventListener: (_name: string, listener: Listener) => listeners.push(listener),
    removeEventListener: () => undefined,
    postMessage: (message: string) => {
      const request = JSON.parse(message) as BridgeRequest;
      requests.push(request);
      if (request.method === 'GetInitContext') {
        reply(request.requestId, { success: true, initContext: { sdkName: 'fake-outlook', sdkVersion: '1.0', capabilities: { queryAccount: false } } });
        return;
      }
      const answer = request.method === 'GetTokenPopup' ? answers.GetTokenPopup : answers.GetToken;
      if ('token' in answer) {
        reply(request.requestId, {
          success: true,
          token: { access_token: answer.token, expires_in: 3600, id_token: ID_TOKEN, properties: null, scope: request.tokenParams?.scope },
          account: NAA_ACCOUNT,
        });
      } else {
        reply(request.requestId, { success: false, error: { status: answer.status, code: answer.code ?? '', description: 'from the fake host' } });
      }
    },
  };
  return { tokenRequests: () => requests.filter((r) => r.method !== 'GetInitContext') };
}

// MSAL opens a BroadcastChannel per client and never closes it; in Node that keeps Jest alive.
const OriginalBroadcastChannel = globalThis.BroadcastChannel;
const channels: BroadcastChannel[] = [];
beforeAll(() => {
  globalThis.BroadcastChannel = class extends OriginalBroadcastChannel {
    constructor(name: string) {
      super(name);
      channels.push(this);
    }
  };
});
afterAll(() => {
  for (const channel of channels) channel.close();
  globalThis.BroadcastChannel = OriginalBroadcastChannel;
});

afterEach(() => {
  delete (window as unknown as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge;
  localStorage.clear();
  sessionStorage.clear();
  jest.restoreAllMocks();
});

describe('msalNaaClient with real MSAL and a fake NAA host', () => {
  it('configures MSAL with the client id, the tenant authority and an in-memory cache', () => {
    const configuration = msalConfiguration(CONFIG);
    expect(configuration.auth).toEqual({ clientId: CONFIG.clientId, authority: CONFIG.authority });
    expect(configuration.cache?.cacheLocation).toBe('memoryStorage');
  });

  it('no NAA bridge in the host → null (no plain-browser fallback inside the task pane)', async () => {
    await expect(createMsalNaaClient(CONFIG)).resolves.toBeNull();
  });

  it('silent: the host gives the token for exactly the requested scopes', async () => {
    const bridge = installBridge({ GetToken: { token: 'host-token' }, GetTokenPopup: { status: 'USER_CANCEL' } });
    const client = await createMsalNaaClient(CONFIG);
    expect(client).not.toBeNull();
    const result = await client?.acquireTokenSilent({ scopes: READ_SCOPES });
    expect(result?.accessToken).toBe('host-token');
    expect(result?.account?.homeAccountId).toBe(NAA_ACCOUNT.homeAccountId);
    expect(bridge.tokenRequests().map((r) => [r.method, r.tokenParams?.scope, r.tokenParams?.clientId])).toEqual([
      ['GetToken', 'User.Read Mail.Read', CONFIG.clientId],
    ]);
  });

  it('after a 401: forceRefresh and the claims challenge go past MSAL’s cache to the host', async () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
    const bridge = installBridge({ GetToken: { token: 'host-token' }, GetTokenPopup: { status: 'USER_CANCEL' } });
    const tokens = new NaaTokenProvider({ config: CONFIG, loadClient: createMsalNaaClient, dialog: null });
    await tokens.getToken(READ_SCOPES);
    await tokens.getToken(READ_SCOPES);
    // The second normal request is answered from MSAL's in-memory cache: the host is asked once.
    expect(bridge.tokenRequests()).toHaveLength(1);
    await tokens.getToken(READ_SCOPES, { forceRefresh: true, claims });
    const forced = bridge.tokenRequests()[1];
    expect(forced?.method).toBe('GetToken');
    expect(forced?.tokenParams?.forceRefresh).toBe(true);
    expect(forced?.tokenParams?.claims).toContain('"nbf"');
  });

  it('the whole ladder over the real adapter: silent needs interaction → the host popup → token; tokens stay out of web storage', async () => {
    const setItem = jest.spyOn(Storage.prototype, 'setItem');
    const bridge = installBridge({ GetToken: { status: 'USER_INTERACTION_REQUIRED', code: 'consent_required' }, GetTokenPopup: { token: 'popup-host-token' } });
    const tokens = new NaaTokenProvider({ config: CONFIG, loadClient: createMsalNaaClient, dialog: null });
    await expect(tokens.getToken(READ_SCOPES)).resolves.toEqual({ ok: true, value: 'popup-host-token' });
    await expect(tokens.getToken(RECALL_SCOPES)).resolves.toEqual({ ok: true, value: 'popup-host-token' });
    expect(bridge.tokenRequests().map((r) => `${r.method} ${r.tokenParams?.scope}`)).toEqual([
      'GetToken User.Read Mail.Read',
      'GetTokenPopup User.Read Mail.Read',
      'GetToken Mail.ReadWrite',
      'GetTokenPopup Mail.ReadWrite',
    ]);
    for (const [, value] of setItem.mock.calls) expect(String(value)).not.toContain('popup-host-token');
    expect(JSON.stringify({ ...localStorage })).not.toContain('host-token');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('host-token');
  });

  it('the user cancels in the host → consent-required, no dialog', async () => {
    installBridge({ GetToken: { status: 'USER_INTERACTION_REQUIRED' }, GetTokenPopup: { status: 'USER_CANCEL' } });
    const opened: unknown[] = [];
    const tokens = new NaaTokenProvider({
      config: CONFIG,
      loadClient: createMsalNaaClient,
      dialog: {
        getToken: async (scopes) => {
          opened.push(scopes);
          return { ok: true, token: 'dialog', expiresOn: null };
        },
      },
    });
    await expect(tokens.getToken(READ_SCOPES)).resolves.toEqual({ ok: false, failure: { kind: 'consent-required' } });
    expect(opened).toEqual([]);
  });

  it('no network in the host → offline', async () => {
    installBridge({ GetToken: { status: 'NO_NETWORK' }, GetTokenPopup: { token: 'never' } });
    const tokens = new NaaTokenProvider({ config: CONFIG, loadClient: createMsalNaaClient, dialog: null });
    await expect(tokens.getToken(READ_SCOPES)).resolves.toEqual({ ok: false, failure: { kind: 'offline' } });
  });
});
