/**
 * Bearer tokens go to https://graph.microsoft.com and nowhere else: whatever path a caller hands
 * the Graph client (absolute URLs, protocol-relative, userinfo tricks, backslashes), the request
 * that carries the token is for Graph's origin.
 */
import fc from 'fast-check';
import { DemoTokenProvider } from '../../src/auth/demoTokenProvider';
import { READ_SCOPES } from '../../src/auth/tokenProvider';
import { GRAPH_ORIGIN, GraphClient } from '../../src/graph/graphClient';

function recordingClient() {
  const sent: { url: string; authorization: string | null }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    return new Response('{"responses":[]}', { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { sent, client: new GraphClient({ tokens: new DemoTokenProvider(), fetchImpl, maxAttempts: 1 }) };
}

const tricky = [
  'https://evil.example/steal',
  '//evil.example/steal',
  '@evil.example/steal',
  ':443@evil.example/',
  '.evil.example/',
  '\\\\evil.example\\steal',
  '/../../../evil.example',
  '?next=https://evil.example',
  '#https://evil.example',
  '%2F%2Fevil.example',
  '/me\r\nHost: evil.example',
];

describe('GraphClient sends bearer tokens only to Graph', () => {
  it.each(tricky)('a request path of %j still goes to graph.microsoft.com', async (path) => {
    const { client, sent } = recordingClient();
    await client.call('v1.0', { method: 'GET', url: path }, READ_SCOPES);
    for (const request of sent) {
      expect(request.authorization).toMatch(/^Bearer /);
      expect(new URL(request.url).origin).toBe(GRAPH_ORIGIN);
    }
  });

  it('for any path and either API version (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom(...tricky)),
        fc.constantFrom('v1.0' as const, 'beta' as const),
        async (path, version) => {
          const { client, sent } = recordingClient();
          await client.call(version, { method: 'POST', url: path, body: {} }, READ_SCOPES);
          return (
            sent.length === 1 && sent.every((r) => new URL(r.url).origin === GRAPH_ORIGIN && new URL(r.url).protocol === 'https:' && r.authorization !== null)
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('$batch goes to Graph too, its inner requests in the body', async () => {
    const { client, sent } = recordingClient();
    await client.batch([{ id: '1', method: 'GET', url: 'https://evil.example/x' }], READ_SCOPES);
    expect(sent.map((r) => r.url)).toEqual([`${GRAPH_ORIGIN}/v1.0/$batch`]);
  });
});
