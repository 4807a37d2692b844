/**
 * The Graph client over real HTTP semantics (MSW at the fetch level): every status class maps to
 * a typed failure, throttling is retried with the server's Retry-After (recorded, not waited),
 * and `$batch` inner responses are judged one by one.
 */
import fc from 'fast-check';
import { delay, http, HttpResponse } from 'msw';
import { DemoTokenProvider } from '../../../src/auth/demoTokenProvider';
import { READ_SCOPES } from '../../../src/auth/tokenProvider';
import type { FailureKind } from '../../../src/domain/failure';
import { GRAPH_ORIGIN, type BatchRequest } from '../../../src/graph/graphClient';
import { aGraphClient, batchEndpoint, graphError, setupMswForFile } from '../../builders/graph';

const { server, seen } = setupMswForFile();
const ME = `${GRAPH_ORIGIN}/v1.0/me`;

/** Answers GET /me with the given responses in turn (the last one repeats). */
function meAnswers(...responses: (() => Response)[]) {
  let i = 0;
  server.use(http.get(ME, () => (responses[Math.min(i++, responses.length - 1)] as () => Response)()));
}
const json =
  (status: number, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json(status < 300 ? { displayName: 'Alex' } : graphError(`E${status}`), { status, headers });

const getMe = (client: ReturnType<typeof aGraphClient>['client']) => client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES);

describe('GraphClient.call', () => {
  it('returns status and parsed JSON, sending the bearer token and asking for JSON', async () => {
    meAnswers(json(200));
    const { client, waits } = aGraphClient();
    const result = await getMe(client);
    expect(result).toEqual({ ok: true, value: { status: 200, retryAfterMs: null, body: { displayName: 'Alex' } } });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.authorization).toBe('Bearer demo-token:User.Read Mail.Read');
    expect(waits).toEqual([]);
  });

  it('sends a POST body as JSON', async () => {
    let received: unknown = null;
    let contentType: string | null = null;
    server.use(
      http.post(`${GRAPH_ORIGIN}/v1.0/me/getMailTips`, async ({ request }) => {
        received = await request.json();
        contentType = request.headers.get('content-type');
        return HttpResponse.json({ value: [] });
      }),
    );
    const { client } = aGraphClient();
    await client.call('v1.0', { method: 'POST', url: '/me/getMailTips', body: { EmailAddresses: ['a@contoso.com'] } }, READ_SCOPES);
    expect(received).toEqual({ EmailAddresses: ['a@contoso.com'] });
    expect(contentType).toBe('application/json');
  });

  it.each<[number, FailureKind]>([
    [400, 'unexpected'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [501, 'unsupported'],
  ])('HTTP %i → %s at once, without a retry', async (status, kind) => {
    meAnswers(json(status));
    const { client, waits } = aGraphClient();
    const result = await getMe(client);
    expect(result.ok ? null : result.failure.kind).toBe(kind);
    expect(seen).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it.each([500, 502, 503])('HTTP %i: retried with backoff (1 s, 2 s), then the server error, with its status', async (status) => {
    meAnswers(json(status));
    const { client, waits } = aGraphClient();
    expect(await getMe(client)).toEqual({ ok: false, failure: { kind: 'server-error', status } });
    expect(seen).toHaveLength(3);
    expect(waits).toEqual([1000, 2000]);
  });

  it('a server error once, then fine: one retry after 1 s', async () => {
    meAnswers(json(502), json(200));
    const { client, waits } = aGraphClient();
    expect((await getMe(client)).ok).toBe(true);
    expect(waits).toEqual([1000]);
  });

  it.each<[string, Record<string, string>, number]>([
    ['429 with Retry-After: 3', { 'Retry-After': '3' }, 3000],
    ['429 with Retry-After: 0', { 'Retry-After': '0' }, 0],
    ['429 without Retry-After (2 s default)', {}, 2000],
    // Not cut to a few seconds any more: 7 s fits the 10 s budget, so it is waited in full.
    ['429 asking for 7 s (the whole of it, never less)', { 'Retry-After': '7' }, 7_000],
    ['429 with Graph’s fractional seconds (throttling.md: "Retry-After: 2.128")', { 'Retry-After': '2.128' }, 2_128],
    ['429 with a negative Retry-After (read as 0)', { 'Retry-After': '-30' }, 0],
    ['429 with an unreadable Retry-After (2 s default)', { 'Retry-After': 'soon' }, 2000],
  ])('%s → waits as asked, retries once, succeeds', async (_case, headers, wait) => {
    meAnswers(json(429, headers), json(200));
    const { client, waits } = aGraphClient();
    const result = await getMe(client);
    expect(result.ok).toBe(true);
    expect(seen).toHaveLength(2);
    expect(waits).toEqual([wait]);
  });

  it('503 with Retry-After is throttling: retried after the wait', async () => {
    meAnswers(json(503, { 'Retry-After': '1' }), json(200));
    const { client, waits } = aGraphClient();
    expect((await getMe(client)).ok).toBe(true);
    expect(waits).toEqual([1000]);
  });

  it('Retry-After as an HTTP date is honoured too', async () => {
    const at = new Date(Date.now() + 5_000).toUTCString();
    meAnswers(json(429, { 'Retry-After': at }), json(200));
    const { client, waits } = aGraphClient();
    await getMe(client);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(3_000);
    expect(waits[0]).toBeLessThanOrEqual(5_000);
  });

  it('gives up after maxAttempts and says how long the server wanted', async () => {
    meAnswers(json(429, { 'Retry-After': '4' }));
    const { client, waits } = aGraphClient({ maxAttempts: 3 });
    const result = await getMe(client);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'throttled', retryAfterMs: 4000 } });
    expect(seen).toHaveLength(3);
    expect(waits).toEqual([4000, 4000]);
  });

  it('a network error is "offline", not a crash', async () => {
    meAnswers(() => HttpResponse.error());
    const result = await getMe(aGraphClient().client);
    expect(result).toEqual({ ok: false, failure: { kind: 'offline' } });
  });

  it('no answer within timeoutMs is "timeout" (here with a single attempt), and the request is aborted rather than awaited', async () => {
    let aborted = false;
    server.use(
      http.get(ME, async ({ request }) => {
        request.signal.addEventListener('abort', () => (aborted = true));
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    // An answer that never comes: only the client's own timer can end this call.
    const result = await getMe(aGraphClient({ timeoutMs: 30, maxAttempts: 1 }).client);
    expect(result).toEqual({ ok: false, failure: { kind: 'timeout' } });
    expect(aborted).toBe(true);
  });

  it('an empty body (202 from the recall endpoint) is a success with no body', async () => {
    server.use(http.post(`${GRAPH_ORIGIN}/beta/me/mailFolders/sentitems/messages/abc/recall`, () => new HttpResponse(null, { status: 202 })));
    const result = await aGraphClient().client.call('beta', { method: 'POST', url: '/me/mailFolders/sentitems/messages/abc/recall' }, ['Mail.ReadWrite']);
    expect(result).toEqual({ ok: true, value: { status: 202, retryAfterMs: null, body: null } });
  });

  it('a body that is not JSON does not throw', async () => {
    meAnswers(() => new HttpResponse('{"value": [', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const result = await getMe(aGraphClient().client);
    expect(result.ok).toBe(true);
  });

  it('no token → no HTTP request at all, and the token failure is the answer', async () => {
    meAnswers(json(200));
    const { client } = aGraphClient({ tokens: new DemoTokenProvider({ kind: 'consent-required' }) });
    expect(await getMe(client)).toEqual({ ok: false, failure: { kind: 'consent-required' } });
    expect(await client.batch([{ id: 'a', method: 'GET', url: '/me' }], READ_SCOPES)).toEqual({ ok: false, failure: { kind: 'consent-required' } });
    expect(seen).toEqual([]);
  });
});

describe('Bearer tokens go only to https://graph.microsoft.com', () => {
  it.each([['/me'], ['@evil.example/steal'], ['//evil.example/steal'], ['.evil.example/x'], ['/../../evil']])(
    'request url %j still goes to graph.microsoft.com',
    async (url) => {
      server.use(http.all('*', () => HttpResponse.json({})));
      await aGraphClient().client.call('v1.0', { method: 'GET', url }, READ_SCOPES);
      for (const request of seen) {
        expect(new URL(request.url).origin).toBe(GRAPH_ORIGIN);
      }
    },
  );

  it('for any relative url (property)', async () => {
    server.use(http.all('*', () => HttpResponse.json({})));
    await fc.assert(
      // '%' is left out: a malformed percent-escape makes MSW itself log an error (not our code).
      fc.asyncProperty(
        fc.oneof(
          fc.webPath(),
          fc.string({ maxLength: 30 }).filter((s) => !s.includes('%')),
        ),
        async (url) => {
          seen.length = 0;
          await aGraphClient().client.call('v1.0', { method: 'GET', url }, READ_SCOPES);
          for (const request of seen) expect(new URL(request.url).origin).toBe(GRAPH_ORIGIN);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('GraphClient.batch: inner responses one by one', () => {
  const requests: BatchRequest[] = [
    { id: 'a', method: 'GET', url: '/me' },
    { id: 'b', method: 'GET', url: '/organization' },
  ];
  const ok = { status: 200, body: { fine: true } };

  it('returns each inner response under its id, in one HTTP request', async () => {
    server.use(batchEndpoint((r) => ({ status: 200, body: { id: r.id } })));
    const result = await aGraphClient().client.batch(requests, READ_SCOPES);
    expect(result.ok && [...result.value.entries()]).toEqual([
      ['a', { ok: true, value: { status: 200, retryAfterMs: null, body: { id: 'a' } } }],
      ['b', { ok: true, value: { status: 200, retryAfterMs: null, body: { id: 'b' } } }],
    ]);
    expect(seen).toHaveLength(1);
  });

  it('an inner 429 is resent alone after its Retry-After, then succeeds', async () => {
    const carried: string[][] = [];
    server.use(
      batchEndpoint((r, call) => {
        carried[call - 1] = [...(carried[call - 1] ?? []), r.id];
        return r.id === 'b' && call === 1 ? { status: 429, headers: { 'Retry-After': '2' } } : ok;
      }),
    );
    const { client, waits } = aGraphClient();
    const result = await client.batch(requests, READ_SCOPES);
    expect(carried).toEqual([['a', 'b'], ['b']]);
    expect(waits).toEqual([2000]);
    expect(result.ok && result.value.get('b')?.ok).toBe(true);
  });

  it('waits for the longest Retry-After among throttled inner responses', async () => {
    server.use(batchEndpoint((r, call) => (call === 1 ? { status: 429, headers: { 'Retry-After': r.id === 'a' ? '1' : '4' } } : ok)));
    const { client, waits } = aGraphClient();
    await client.batch(requests, READ_SCOPES);
    expect(waits).toEqual([4000]);
  });

  it('an inner 503 with Retry-After is throttling too', async () => {
    server.use(batchEndpoint((r, call) => (r.id === 'a' && call === 1 ? { status: 503, headers: { 'Retry-After': '1' } } : ok)));
    const { client, waits } = aGraphClient();
    const result = await client.batch(requests, READ_SCOPES);
    expect(result.ok && result.value.get('a')?.ok).toBe(true);
    expect(waits).toEqual([1000]);
  });

  it('an inner 429 that never clears fails only that request, after maxAttempts', async () => {
    server.use(batchEndpoint((r) => (r.id === 'b' ? { status: 429, headers: { 'Retry-After': '1' } } : ok)));
    const { client, waits } = aGraphClient({ maxAttempts: 3 });
    const result = await client.batch(requests, READ_SCOPES);
    expect(result.ok && result.value.get('a')?.ok).toBe(true);
    expect(result.ok && result.value.get('b')).toMatchObject({ ok: false, failure: { kind: 'throttled', retryAfterMs: 1000 } });
    expect(seen).toHaveLength(3);
    expect(waits).toEqual([1000, 1000]);
  });

  it('an inner 500 is resent alone with backoff, then succeeds', async () => {
    server.use(batchEndpoint((r, call) => (r.id === 'b' && call === 1 ? { status: 500, body: graphError('X') } : ok)));
    const { client, waits } = aGraphClient();
    const result = await client.batch(requests, READ_SCOPES);
    expect(result.ok && result.value.get('b')?.ok).toBe(true);
    expect(waits).toEqual([1000]);
  });

  it.each<[number, FailureKind]>([
    [424, 'unexpected'],
    [404, 'not-found'],
    [403, 'forbidden'],
  ])('an inner %i fails that request only, without a retry', async (status, kind) => {
    server.use(batchEndpoint((r) => (r.id === 'b' ? { status, body: graphError('X') } : ok)));
    const { client, waits } = aGraphClient();
    const result = await client.batch(requests, READ_SCOPES);
    expect(result.ok && result.value.get('a')?.ok).toBe(true);
    const b = result.ok ? result.value.get('b') : undefined;
    expect(b?.ok === false && b.failure.kind).toBe(kind);
    expect(seen).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('a missing inner response (no id) fails that request as malformed, keeps the rest', async () => {
    server.use(batchEndpoint((r) => (r.id === 'b' ? undefined : ok)));
    const result = await aGraphClient().client.batch(requests, READ_SCOPES);
    expect(result.ok && result.value.get('a')?.ok).toBe(true);
    expect(result.ok && result.value.get('b')).toEqual({ ok: false, failure: { kind: 'malformed-response', what: '$batch item b' } });
  });

  it('junk entries in responses are skipped, not trusted', async () => {
    server.use(
      http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, () =>
        HttpResponse.json({ responses: [null, 'x', { id: 7, status: 200 }, { id: 'a', status: '200' }, { id: 'b', status: 200, body: {} }] }),
      ),
    );
    const result = await aGraphClient().client.batch(requests, READ_SCOPES);
    expect(result.ok && result.value.get('a')?.ok).toBe(false);
    expect(result.ok && result.value.get('b')?.ok).toBe(true);
  });

  /**
   * #21 item 2: an inner id "must be unique in the batch" and is "not case-sensitive"
   * (concepts/json-batching.md). One request answered twice is answered once only when both
   * answers say the same; otherwise neither is its answer — never the last one.
   */
  it.each<[string, readonly unknown[], 'a' | 'malformed']>([
    [
      'external, then internal',
      [
        { id: 'a', status: 200, body: { scope: 'external' } },
        { id: 'a', status: 200, body: { scope: 'internal' } },
      ],
      'malformed',
    ],
    [
      'a failure, then a success',
      [
        { id: 'a', status: 500, body: graphError('X') },
        { id: 'a', status: 200, body: { scope: 'internal' } },
      ],
      'malformed',
    ],
    [
      'under ids differing only in case',
      [
        { id: 'a', status: 200, body: { scope: 'external' } },
        { id: 'A', status: 200, body: { scope: 'internal' } },
      ],
      'malformed',
    ],
    [
      'the same answer twice, keys in another order',
      [
        { id: 'a', status: 200, headers: {}, body: { scope: 'internal', n: [1, 2] } },
        { id: 'a', status: 200, headers: {}, body: { n: [1, 2], scope: 'internal' } },
      ],
      'a',
    ],
  ])('an inner response sent twice (%s)', async (_case, answers, expected) => {
    server.use(http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, () => HttpResponse.json({ responses: [...answers, { id: 'b', status: 200, body: {} }] })));
    const { client, waits } = aGraphClient();
    const result = await client.batch(requests, READ_SCOPES);
    expect(result.ok && result.value.get('a')).toEqual(
      expected === 'a'
        ? { ok: true, value: { status: 200, retryAfterMs: null, body: { scope: 'internal', n: [1, 2] } } }
        : { ok: false, failure: { kind: 'malformed-response', what: '$batch item a (conflicting answers)' } },
    );
    // The other request keeps its answer, and a conflict is not retried (it is no transient failure).
    expect(result.ok && result.value.get('b')?.ok).toBe(true);
    expect(waits).toEqual([]);
  });

  it.each<[string, () => Response]>([
    ['malformed JSON', () => new HttpResponse('{"responses": [', { status: 200, headers: { 'Content-Type': 'application/json' } })],
    ['an empty body', () => new HttpResponse(null, { status: 200 })],
    ['JSON without responses', () => HttpResponse.json({ value: [] })],
  ])('the whole $batch answered with %s → malformed-response', async (_case, respond) => {
    server.use(http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, respond));
    const result = await aGraphClient().client.batch(requests, READ_SCOPES);
    expect(result).toEqual({ ok: false, failure: { kind: 'malformed-response', what: '$batch' } });
  });

  it('a throttled $batch call itself is retried with its Retry-After', async () => {
    let calls = 0;
    server.use(
      http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, () =>
        ++calls === 1
          ? HttpResponse.json(graphError('TooManyRequests'), { status: 429, headers: { 'Retry-After': '5' } })
          : HttpResponse.json({
              responses: [
                { id: 'a', status: 200, body: {} },
                { id: 'b', status: 200, body: {} },
              ],
            }),
      ),
    );
    const { client, waits } = aGraphClient();
    const result = await client.batch(requests, READ_SCOPES);
    expect(result.ok).toBe(true);
    expect(waits).toEqual([5000]);
  });

  it('a $batch that fails as a whole (network) fails as a whole', async () => {
    server.use(http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, () => HttpResponse.error()));
    expect(await aGraphClient().client.batch(requests, READ_SCOPES)).toEqual({ ok: false, failure: { kind: 'offline' } });
  });

  it('refuses more than 20 requests (Graph would answer 400)', async () => {
    const many = Array.from({ length: 21 }, (_, i): BatchRequest => ({ id: String(i), method: 'GET', url: '/me' }));
    await expect(aGraphClient().client.batch(many, READ_SCOPES)).rejects.toThrow(RangeError);
    expect(seen).toEqual([]);
  });
});
