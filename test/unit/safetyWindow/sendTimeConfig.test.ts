/**
 * config.json at Send (src/launchevent/sendTimeConfig.ts over the one loader): a missing file is
 * the defaults with the window off; an unreadable one makes the handler ask the user (it throws);
 * a readable one gives the policy and the window as the pane reads them.
 */
import { loadConfig } from '../../../src/config/loadConfig';
import { EXCHANGE_ONLINE_DEFAULTS } from '../../../src/domain/policy';
import { SAFETY_WINDOW_OFF } from '../../../src/domain/safetyWindow';
import { sendTimeConfig } from '../../../src/launchevent/sendTimeConfig';

const URL = 'https://addin.contoso.com/config.json';
const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

describe('sendTimeConfig', () => {
  it('a readable file: its policy and its safety window', async () => {
    const loaded = await loadConfig(URL, respond(JSON.stringify({ recallEnabled: false, safetyWindow: { minutes: 5 } })));
    expect(sendTimeConfig(loaded)).toEqual({
      recallPolicy: { ...EXCHANGE_ONLINE_DEFAULTS, recallEnabled: false },
      window: { minutes: 5, for: 'outsiders', optInMinutes: 0, withoutGraph: 'sender-domain' },
    });
  });

  it('no file (404): the defaults, window off', async () => {
    expect(sendTimeConfig(await loadConfig(URL, respond('', 404)))).toEqual({ recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window: SAFETY_WINDOW_OFF });
  });

  it.each([
    ['a server error', respond('oops', 500)],
    ['not JSON', respond('{')],
    [
      'a time-out or network failure',
      (async () => {
        throw new DOMException('aborted', 'AbortError');
      }) as typeof fetch,
    ],
  ])('%s: throws, so the handler asks the user', async (_case, fetchImpl) => {
    const loaded = await loadConfig(URL, fetchImpl);
    expect(() => sendTimeConfig(loaded)).toThrow();
  });
});
