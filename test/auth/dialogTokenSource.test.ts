/**
 * The Office dialog fallback at Office's boundary (displayDialogAsync / DialogMessageReceived):
 * only a well-formed message from the add-in's own origin is accepted.
 */
import { parseDialogMessage, scopesFromQuery, serializeDialogMessage } from '../../src/auth/dialogMessages';
import { OfficeDialogTokenSource, officeDialogApi } from '../../src/auth/dialogTokenSource';
import { READ_SCOPES, RECALL_SCOPES } from '../../src/auth/tokenProvider';
import { FakeDialogApi } from './fakes';

const ORIGIN = 'https://addin.contoso.com';
const tokenMessage = serializeDialogMessage({ type: 'token', token: 'dialog-token', expiresOn: 1_700_000_000_000 });

function source(api = new FakeDialogApi(), timeoutMs = 60_000) {
  return { api, dialog: new OfficeDialogTokenSource({ api, origin: ORIGIN, basePath: '/taskpane.html', timeoutMs }) };
}

/** Lets the promise callbacks run without advancing time. */
const settled = async <T>(promise: Promise<T>) => {
  let outcome: { value: T } | null = null;
  void promise.then((value) => {
    outcome = { value };
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return outcome as { value: T } | null;
};

describe('OfficeDialogTokenSource', () => {
  it('opens authdialog.html next to the pane, on our origin, with the requested scopes', async () => {
    const { api, dialog } = source();
    const pending = dialog.getToken(RECALL_SCOPES);
    api.message(tokenMessage, ORIGIN);
    await pending;
    expect(api.opened).toEqual(['https://addin.contoso.com/authdialog.html?scopes=Mail.ReadWrite']);
  });

  it('keeps a deployment folder: /addin/taskpane.html → /addin/authdialog.html', async () => {
    const api = new FakeDialogApi();
    const dialog = new OfficeDialogTokenSource({ api, origin: ORIGIN, basePath: '/addin/taskpane.html' });
    const pending = dialog.getToken(READ_SCOPES);
    api.message(tokenMessage, ORIGIN);
    await pending;
    expect(api.opened).toEqual(['https://addin.contoso.com/addin/authdialog.html?scopes=User.Read+Mail.Read']);
  });

  it('accepts a token message from the add-in origin, then closes the dialog', async () => {
    const { api, dialog } = source();
    const pending = dialog.getToken(READ_SCOPES);
    api.message(tokenMessage, ORIGIN);
    await expect(pending).resolves.toEqual({ ok: true, token: 'dialog-token', expiresOn: 1_700_000_000_000 });
    expect(api.closed).toBe(1);
  });

  it.each([
    ['another origin', 'https://evil.example'],
    ['a look-alike host', 'https://addin.contoso.com.evil.example'],
    ['another port', 'https://addin.contoso.com:8443'],
    ['plain http', 'http://addin.contoso.com'],
    ['no origin (client without DialogOrigin 1.1)', undefined],
    ['an unparsable origin', 'not a url'],
  ])('ignores a message from %s, and still accepts the real one after it', async (_name, origin) => {
    const { api, dialog } = source();
    const pending = dialog.getToken(READ_SCOPES);
    api.message(serializeDialogMessage({ type: 'token', token: 'attacker-token', expiresOn: null }), origin);
    expect(await settled(pending)).toBeNull();
    expect(api.closed).toBe(0);
    api.message(tokenMessage, ORIGIN);
    await expect(pending).resolves.toEqual({ ok: true, token: 'dialog-token', expiresOn: 1_700_000_000_000 });
  });

  it.each([
    ['malformed JSON', '{"type":"token","token":'],
    ['not an object', '"dialog-token"'],
    ['an unknown type', '{"type":"hello"}'],
    ['an empty token', '{"type":"token","token":""}'],
    ['a non-string token', '{"type":"token","token":42}'],
    ['a bad expiry', '{"type":"token","token":"t","expiresOn":"soon"}'],
    ['an unknown error code', '{"type":"error","code":"boom"}'],
  ])('ignores %s from the right origin', async (_name, message) => {
    const { api, dialog } = source();
    const pending = dialog.getToken(READ_SCOPES);
    api.message(message, ORIGIN);
    expect(await settled(pending)).toBeNull();
    api.message(tokenMessage, ORIGIN);
    await expect(pending).resolves.toMatchObject({ ok: true });
  });

  it('accepts an origin written with a trailing slash or different case', async () => {
    const { api, dialog } = source();
    const pending = dialog.getToken(READ_SCOPES);
    api.message(tokenMessage, 'https://ADDIN.contoso.com/');
    await expect(pending).resolves.toMatchObject({ ok: true });
  });

  it('reports the error the dialog page sends', async () => {
    const { api, dialog } = source();
    const pending = dialog.getToken(READ_SCOPES);
    api.message(serializeDialogMessage({ type: 'error', code: 'consent-required' }), ORIGIN);
    await expect(pending).resolves.toEqual({ ok: false, reason: 'consent-required' });
    expect(api.closed).toBe(1);
  });

  it('the user closing the window (12006) is a cancellation; other dialog events are failures', async () => {
    const first = source();
    const closed = first.dialog.getToken(READ_SCOPES);
    first.api.event(12006);
    await expect(closed).resolves.toEqual({ ok: false, reason: 'cancelled' });

    const second = source();
    const broken = second.dialog.getToken(READ_SCOPES);
    second.api.event(12002);
    await expect(broken).resolves.toEqual({ ok: false, reason: 'failed' });
  });

  it('a dialog that cannot open (blocked, another dialog open) is unavailable', async () => {
    const { dialog } = source(new FakeDialogApi(false));
    await expect(dialog.getToken(READ_SCOPES)).resolves.toEqual({ ok: false, reason: 'unavailable' });
  });

  it('an abandoned dialog times out and is closed', async () => {
    jest.useFakeTimers();
    try {
      const { api, dialog } = source(new FakeDialogApi(), 1000);
      const pending = dialog.getToken(READ_SCOPES);
      jest.advanceTimersByTime(1000);
      await expect(pending).resolves.toEqual({ ok: false, reason: 'timeout' });
      expect(api.closed).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('answers once: a late message after the outcome changes nothing', async () => {
    const { api, dialog } = source();
    const pending = dialog.getToken(READ_SCOPES);
    api.message(tokenMessage, ORIGIN);
    api.message(serializeDialogMessage({ type: 'token', token: 'second', expiresOn: null }), ORIGIN);
    await expect(pending).resolves.toMatchObject({ token: 'dialog-token' });
    expect(api.closed).toBe(1);
  });
});

describe('officeDialogApi (Office.context.ui adapter)', () => {
  function fakeOffice(status: 'succeeded' | 'failed') {
    const handlers = new Map<string, (arg: unknown) => void>();
    const calls: { url: string; options: unknown }[] = [];
    const dialog = { addEventHandler: (type: string, handler: (arg: unknown) => void) => handlers.set(type, handler), close: jest.fn() };
    const office = {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
      context: {
        ui: {
          displayDialogAsync: (url: string, options: unknown, callback: (r: unknown) => void) => {
            calls.push({ url, options });
            callback(status === 'succeeded' ? { status, value: dialog } : { status, error: { code: 12009 } });
          },
        },
      },
    } as unknown as typeof Office;
    return { office, handlers, calls, dialog };
  }

  it('opens a real window (not an iframe) and maps the two dialog events', async () => {
    const { office, handlers, calls, dialog } = fakeOffice('succeeded');
    const source = new OfficeDialogTokenSource({ api: officeDialogApi(office), origin: ORIGIN, basePath: '/taskpane.html' });
    const pending = source.getToken(READ_SCOPES);
    expect(calls[0]?.options).toMatchObject({ displayInIframe: false });
    expect([...handlers.keys()].sort()).toEqual(['dialogEventReceived', 'dialogMessageReceived']);
    handlers.get('dialogMessageReceived')?.({ message: tokenMessage, origin: 'https://evil.example' });
    handlers.get('dialogMessageReceived')?.({ message: tokenMessage, origin: ORIGIN });
    await expect(pending).resolves.toMatchObject({ ok: true, token: 'dialog-token' });
    expect(dialog.close).toHaveBeenCalledTimes(1);
  });

  it('a failed displayDialogAsync is unavailable', async () => {
    const { office } = fakeOffice('failed');
    const source = new OfficeDialogTokenSource({ api: officeDialogApi(office), origin: ORIGIN, basePath: '/taskpane.html' });
    await expect(source.getToken(READ_SCOPES)).resolves.toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('dialog messages', () => {
  it('round-trips', () => {
    expect(parseDialogMessage(tokenMessage)).toEqual({ type: 'token', token: 'dialog-token', expiresOn: 1_700_000_000_000 });
    expect(parseDialogMessage(serializeDialogMessage({ type: 'error', code: 'cancelled' }))).toEqual({ type: 'error', code: 'cancelled' });
    expect(parseDialogMessage(true)).toBeNull();
  });

  it('the dialog page asks only for our known scopes', () => {
    expect(scopesFromQuery('User.Read Mail.Read')).toEqual(['User.Read', 'Mail.Read']);
    expect(scopesFromQuery('Mail.ReadWrite')).toEqual(['Mail.ReadWrite']);
    expect(scopesFromQuery('Mail.ReadWrite Directory.ReadWrite.All offline_access')).toEqual(['Mail.ReadWrite']);
    expect(scopesFromQuery('Directory.ReadWrite.All')).toEqual(['User.Read', 'Mail.Read']);
    expect(scopesFromQuery(null)).toEqual(['User.Read', 'Mail.Read']);
  });
});
