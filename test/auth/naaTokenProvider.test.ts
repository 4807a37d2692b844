/**
 * The token ladder: silent → popup → Office dialog, each rung failing in turn, with MSAL faked at
 * its port (NaaClient) using MSAL's own error classes. Scopes are asked for incrementally, and no
 * token ever reaches web storage.
 */
import { NaaTokenProvider } from '../../src/auth/naaTokenProvider';
import { READ_SCOPES, RECALL_SCOPES } from '../../src/auth/tokenProvider';
import type { Result } from '../../src/domain/failure';
import { ACCOUNT, CONFIG, FakeDialog, FakeNaaClient, msalErrors } from './fakes';

const tokenOk = { ok: true, token: 'dialog-token', expiresOn: null } as const;
const dialogFails = { ok: false, reason: 'cancelled' } as const;

function provider(client: FakeNaaClient | null, dialog: FakeDialog | null = new FakeDialog(dialogFails), now = () => 1_000_000) {
  const loads: unknown[] = [];
  const tokens = new NaaTokenProvider({
    config: CONFIG,
    dialog,
    now,
    loadClient: async (config) => {
      loads.push(config);
      return client;
    },
  });
  return { tokens, loads };
}

const value = (r: Result<string>) => (r.ok ? r.value : r.failure);

describe('NaaTokenProvider: the ladder', () => {
  it('silent succeeds: no popup, no dialog', async () => {
    const client = new FakeNaaClient([{ token: 'silent-token' }]);
    const dialog = new FakeDialog(tokenOk);
    const { tokens, loads } = provider(client, dialog);
    expect(await tokens.getToken(READ_SCOPES)).toEqual({ ok: true, value: 'silent-token' });
    expect(client.popupRequests).toHaveLength(0);
    expect(dialog.requests).toHaveLength(0);
    expect(loads).toEqual([CONFIG]);
  });

  it.each([
    ['interaction required', msalErrors.interactionRequired],
    ['consent required', msalErrors.consentRequired],
    ['no tokens cached', msalErrors.noTokens],
    ['a server error', msalErrors.serverError],
  ])('silent fails (%s) → popup succeeds', async (_name, error) => {
    const client = new FakeNaaClient([error()], [{ token: 'popup-token' }]);
    const dialog = new FakeDialog(tokenOk);
    const { tokens } = provider(client, dialog);
    expect(await tokens.getToken(READ_SCOPES)).toEqual({ ok: true, value: 'popup-token' });
    expect(client.silentRequests).toHaveLength(1);
    expect(client.popupRequests).toHaveLength(1);
    expect(dialog.requests).toHaveLength(0);
  });

  it.each([
    ['the popup is blocked', msalErrors.popupBlocked],
    ['the about:blank popup bug', msalErrors.emptyWindow],
    ['interaction still required', msalErrors.interactionRequired],
    ['a server error', msalErrors.serverError],
  ])('popup fails (%s) → the Office dialog succeeds', async (_name, error) => {
    const client = new FakeNaaClient([msalErrors.interactionRequired()], [error()]);
    const dialog = new FakeDialog(tokenOk);
    const { tokens } = provider(client, dialog);
    expect(await tokens.getToken(READ_SCOPES)).toEqual({ ok: true, value: 'dialog-token' });
    expect(dialog.requests).toEqual([READ_SCOPES]);
  });

  it.each([
    ['the user closed it', 'cancelled'],
    ['consent was refused', 'consent-required'],
    ['it could not open', 'unavailable'],
    ['nobody answered it', 'timeout'],
    ['it failed', 'failed'],
  ] as const)('every rung fails (dialog: %s) → consent-required', async (_name, reason) => {
    const client = new FakeNaaClient([msalErrors.interactionRequired()], [msalErrors.popupBlocked()]);
    const dialog = new FakeDialog({ ok: false, reason });
    const { tokens } = provider(client, dialog);
    expect(await tokens.getToken(READ_SCOPES)).toEqual({ ok: false, failure: { kind: 'consent-required' } });
    expect(client.silentRequests).toHaveLength(1);
    expect(client.popupRequests).toHaveLength(1);
    expect(dialog.requests).toHaveLength(1);
  });

  it('without a dialog rung, a failed popup ends in consent-required', async () => {
    const client = new FakeNaaClient([msalErrors.interactionRequired()], [msalErrors.popupBlocked()]);
    const { tokens } = provider(client, null);
    expect(value(await tokens.getToken(READ_SCOPES))).toEqual({ kind: 'consent-required' });
  });

  it.each([
    ['closes the popup (MSAL)', msalErrors.userCancelled],
    ['cancels in the host (NAA bridge)', msalErrors.bridgeUserCanceled],
    ['declines consent (AADSTS65004)', msalErrors.consentDeclined],
  ])('the user %s → consent-required at once, without a second prompt', async (_name, error) => {
    const client = new FakeNaaClient([msalErrors.interactionRequired()], [error()]);
    const dialog = new FakeDialog(tokenOk);
    const { tokens } = provider(client, dialog);
    expect(await tokens.getToken(READ_SCOPES)).toEqual({ ok: false, failure: { kind: 'consent-required' } });
    expect(dialog.requests).toHaveLength(0);
  });

  it('no network → offline, without prompting', async () => {
    const client = new FakeNaaClient([msalErrors.noNetwork()], [{ token: 'popup-token' }]);
    const { tokens } = provider(client);
    expect(value(await tokens.getToken(READ_SCOPES))).toEqual({ kind: 'offline' });
    expect(client.popupRequests).toHaveLength(0);
  });

  it('a bridge-disabled silent error still tries the popup, then the dialog', async () => {
    const client = new FakeNaaClient([msalErrors.bridgeDisabled()], [msalErrors.bridgeDisabled()]);
    const dialog = new FakeDialog(tokenOk);
    const { tokens } = provider(client, dialog);
    expect(await tokens.getToken(READ_SCOPES)).toEqual({ ok: true, value: 'dialog-token' });
  });

  it('an empty token from MSAL is not a token: the next rung is tried', async () => {
    const client = new FakeNaaClient([{ token: '' }], [{ token: 'popup-token' }]);
    const { tokens } = provider(client);
    expect(await tokens.getToken(READ_SCOPES)).toEqual({ ok: true, value: 'popup-token' });
  });
});

describe('NaaTokenProvider: when NAA is not there', () => {
  it('the host offers no NAA bridge → auth-unavailable with its reason, and no prompt', async () => {
    const dialog = new FakeDialog(tokenOk);
    const { tokens } = provider(null, dialog);
    const result = await tokens.getToken(READ_SCOPES);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe('auth-unavailable');
    expect(result.failure.kind === 'auth-unavailable' && result.failure.reason).toEqual({ kind: 'nested-auth-unavailable' });
    expect(dialog.requests).toHaveLength(0);
  });

  it('MSAL cannot be loaded (chunk fetch failed) → offline, and the next request loads again', async () => {
    let attempts = 0;
    const client = new FakeNaaClient([{ token: 'silent-token' }]);
    const tokens = new NaaTokenProvider({
      config: CONFIG,
      loadClient: async () => {
        attempts++;
        if (attempts === 1) throw new Error('ChunkLoadError');
        return client;
      },
    });
    expect(value(await tokens.getToken(READ_SCOPES))).toEqual({ kind: 'offline' });
    expect(await tokens.getToken(READ_SCOPES)).toEqual({ ok: true, value: 'silent-token' });
    expect(attempts).toBe(2);
  });

  it('loads MSAL once for many requests', async () => {
    const client = new FakeNaaClient([{ token: 't' }]);
    const { tokens, loads } = provider(client);
    await tokens.getToken(READ_SCOPES);
    await tokens.getToken(RECALL_SCOPES);
    await tokens.getToken(READ_SCOPES);
    expect(loads).toHaveLength(1);
  });
});

describe('NaaTokenProvider: incremental scopes', () => {
  it('checking asks for User.Read and Mail.Read only; Mail.ReadWrite only when recalling', async () => {
    const client = new FakeNaaClient([msalErrors.consentRequired()], [{ token: 'popup-token' }]);
    const { tokens } = provider(client);
    await tokens.getToken(READ_SCOPES);
    const asked = [...client.silentRequests, ...client.popupRequests].map((r) => [...r.scopes]);
    expect(asked).toEqual([
      ['User.Read', 'Mail.Read'],
      ['User.Read', 'Mail.Read'],
    ]);
    expect(asked.flat()).not.toContain('Mail.ReadWrite');

    await tokens.getToken(RECALL_SCOPES);
    const last = client.silentRequests.at(-1);
    expect(last?.scopes).toEqual(['Mail.ReadWrite']);
  });

  it('the dialog rung is asked for exactly the scopes of the request', async () => {
    const client = new FakeNaaClient([msalErrors.interactionRequired()], [msalErrors.popupBlocked()]);
    const dialog = new FakeDialog(tokenOk);
    const { tokens } = provider(client, dialog);
    await tokens.getToken(RECALL_SCOPES);
    expect(dialog.requests).toEqual([['Mail.ReadWrite']]);
  });

  it('after a token, the signed-in account is used for the next silent request', async () => {
    const client = new FakeNaaClient([msalErrors.interactionRequired(), { token: 'silent-token' }], [{ token: 'popup-token' }]);
    const { tokens } = provider(client);
    await tokens.getToken(READ_SCOPES);
    expect(client.silentRequests[0]?.account).toBeUndefined();
    await tokens.getToken(RECALL_SCOPES);
    expect(client.silentRequests[1]?.account).toEqual(ACCOUNT);
  });

  it('an account MSAL already knows is used from the first request', async () => {
    const client = new FakeNaaClient([{ token: 't' }], [], [ACCOUNT]);
    const { tokens } = provider(client);
    await tokens.getToken(READ_SCOPES);
    expect(client.silentRequests[0]?.account).toEqual(ACCOUNT);
  });
});

describe('NaaTokenProvider: concurrency and reuse', () => {
  it('requests for the same scopes while one is running share it; different scopes wait their turn', async () => {
    const client = new FakeNaaClient([msalErrors.interactionRequired()], [{ token: 'popup-token' }]);
    const { tokens } = provider(client);
    const results = await Promise.all([
      tokens.getToken(READ_SCOPES),
      tokens.getToken(['Mail.Read', 'User.Read']),
      tokens.getToken(READ_SCOPES),
      tokens.getToken(RECALL_SCOPES),
    ]);
    expect(results.map(value)).toEqual(['popup-token', 'popup-token', 'popup-token', 'popup-token']);
    // One ladder for the read scopes, one for the recall scope; never two popups at once.
    expect(client.popupRequests.map((r) => r.scopes.join(' '))).toEqual(['User.Read Mail.Read', 'Mail.ReadWrite']);
  });

  it('a dialog token is reused in memory until five minutes before it expires', async () => {
    let now = 0;
    const client = new FakeNaaClient([msalErrors.interactionRequired()], [msalErrors.popupBlocked()]);
    const dialog = new FakeDialog({ ok: true, token: 'dialog-token', expiresOn: 60 * 60_000 });
    const { tokens } = provider(client, dialog, () => now);
    await tokens.getToken(READ_SCOPES);
    now = 54 * 60_000;
    await tokens.getToken(READ_SCOPES);
    expect(dialog.requests).toHaveLength(1);
    now = 56 * 60_000;
    await tokens.getToken(READ_SCOPES);
    expect(dialog.requests).toHaveLength(2);
  });

  it('a dialog token for the read scopes is not used for a recall', async () => {
    const client = new FakeNaaClient([msalErrors.interactionRequired()], [msalErrors.popupBlocked()]);
    const dialog = new FakeDialog(tokenOk);
    const { tokens } = provider(client, dialog);
    await tokens.getToken(READ_SCOPES);
    await tokens.getToken(RECALL_SCOPES);
    expect(dialog.requests).toEqual([READ_SCOPES, RECALL_SCOPES]);
  });
});

describe('NaaTokenProvider: after Graph answered 401, a really fresh token', () => {
  const CLAIMS = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';

  it('silent is asked with forceRefresh and the claims challenge; a normal request is not', async () => {
    const client = new FakeNaaClient([{ token: 'cached' }, { token: 'fresh' }]);
    const { tokens } = provider(client, null);
    expect(await tokens.getToken(READ_SCOPES)).toEqual({ ok: true, value: 'cached' });
    expect(await tokens.getToken(READ_SCOPES, { forceRefresh: true, claims: CLAIMS })).toEqual({ ok: true, value: 'fresh' });
    expect(client.silentRequests.map((r) => [r.forceRefresh, r.claims])).toEqual([
      [undefined, undefined],
      [true, CLAIMS],
    ]);
  });

  it('the claims challenge reaches the popup when silent cannot satisfy it', async () => {
    const client = new FakeNaaClient([msalErrors.interactionRequired()], [{ token: 'popup-fresh' }]);
    const { tokens } = provider(client, null);
    expect(await tokens.getToken(READ_SCOPES, { forceRefresh: true, claims: CLAIMS })).toEqual({ ok: true, value: 'popup-fresh' });
    expect(client.popupRequests[0]?.claims).toBe(CLAIMS);
  });

  it('a remembered dialog token is not handed out again', async () => {
    const client = new FakeNaaClient([msalErrors.interactionRequired()], [msalErrors.popupBlocked()]);
    const dialog = new FakeDialog(tokenOk);
    const { tokens } = provider(client, dialog);
    await tokens.getToken(READ_SCOPES);
    await tokens.getToken(READ_SCOPES);
    expect(dialog.requests).toHaveLength(1);
    await tokens.getToken(READ_SCOPES, { forceRefresh: true });
    expect(dialog.requests).toHaveLength(2);
  });

  it('a forced refresh does not share a request already running for the same scopes', async () => {
    const client = new FakeNaaClient([{ token: 'cached' }, { token: 'fresh' }]);
    const { tokens } = provider(client, null);
    const [normal, forced] = await Promise.all([tokens.getToken(READ_SCOPES), tokens.getToken(READ_SCOPES, { forceRefresh: true })]);
    expect([value(normal), value(forced)]).toEqual(['cached', 'fresh']);
  });
});

describe('NaaTokenProvider: storage', () => {
  afterEach(() => jest.restoreAllMocks());

  it('never writes a token to localStorage or sessionStorage, on any rung', async () => {
    const setItem = jest.spyOn(Storage.prototype, 'setItem');
    const ladders = [
      new FakeNaaClient([{ token: 'secret-silent' }]),
      new FakeNaaClient([msalErrors.interactionRequired()], [{ token: 'secret-popup' }]),
      new FakeNaaClient([msalErrors.interactionRequired()], [msalErrors.popupBlocked()]),
    ];
    for (const client of ladders) {
      const { tokens } = provider(client, new FakeDialog({ ok: true, token: 'secret-dialog', expiresOn: null }));
      expect((await tokens.getToken(READ_SCOPES)).ok).toBe(true);
    }
    expect(setItem).not.toHaveBeenCalled();
    expect(JSON.stringify({ ...localStorage })).not.toMatch(/secret/);
    expect(JSON.stringify({ ...sessionStorage })).not.toMatch(/secret/);
  });
});
