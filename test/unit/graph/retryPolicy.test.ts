/**
 * The client's one retry policy on a simulated clock: the sleep advances the clock instead of
 * waiting, so the tests count attempts and simulated time, never wall-clock time.
 */
import { http, HttpResponse } from 'msw';
import { checkMessage, CHECK_BUDGET_MS } from '../../../src/usecases/check/checkMessage';
import type { GraphScope, TokenOptions, TokenProvider } from '../../../src/auth/tokenProvider';
import { READ_SCOPES } from '../../../src/auth/tokenProvider';
import { sentItemOf } from '../../../src/demo/scenarioHost';
import { ok } from '../../../src/domain/failure';
import { claimsChallenge, GRAPH_ORIGIN, GraphClient, RETRY_DEFAULTS, type GraphClientOptions } from '../../../src/graph/graphClient';
import { CLOUD_REPORT_HEADER } from '../../../src/graph/reportLists';
import { fetchRecallFacts } from '../../../src/graph/recallFacts';
import { batchEndpoint, graphError, setupMswForFile } from '../../builders/graph';
import { aScenario } from '../../builders/scenario';
import { servicesFor } from '../../builders/services';
import { DemoTokenProvider } from '../../../src/auth/demoTokenProvider';
import { graphAdapter } from '../../../src/graph/graphAdapter';
import { parsedRecipients } from '../../builders/domain';

const { server, seen, graphRequests, batchCalls } = setupMswForFile();
const ME = `${GRAPH_ORIGIN}/v1.0/me`;

/**
 * A client whose sleep moves a simulated clock; `elapsed()` is the simulated time spent, `advance()`
 * lets time pass between operations (the user reading, the next poll).
 */
function clientOnSimulatedClock(options: Partial<GraphClientOptions> = {}) {
  let now = 0;
  const waits: number[] = [];
  const client = new GraphClient({
    tokens: new DemoTokenProvider(),
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
    ...options,
  });
  return {
    client,
    waits,
    elapsed: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const throttledForever = (retryAfter: string) =>
  http.get(ME, () => HttpResponse.json(graphError('TooManyRequests'), { status: 429, headers: { 'Retry-After': retryAfter } }));

describe('a total time budget per operation', () => {
  it('throttled for ever (Retry-After 4 s): stops before a wait would pass the 10 s budget', async () => {
    server.use(throttledForever('4'));
    const { client, waits, elapsed } = clientOnSimulatedClock({ maxAttempts: 10 });
    const result = await client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES);
    // The third answer's wait (8 s + 4 s) would end after the budget: not made, and the failure
    // says when asking again is allowed.
    expect(result).toEqual({ ok: false, failure: { kind: 'throttled', retryAfterMs: 4000, notBefore: new Date(12_000) } });
    expect(seen).toHaveLength(3);
    expect(waits).toEqual([4000, 4000]);
    expect(elapsed()).toBe(8000);
  });

  it('a budget already spent sends nothing more: the answer is a time-out', async () => {
    server.use(throttledForever('1'));
    const { client, elapsed } = clientOnSimulatedClock();
    const budget = client.budget(3000);
    await client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES, { budget });
    const sentBefore = seen.length;
    expect(elapsed()).toBeLessThanOrEqual(3000);
    const spent = { endsAt: elapsed() };
    // Another request (/me itself is held back for its Retry-After: see "no operation asks sooner").
    expect(await client.call('v1.0', { method: 'GET', url: '/me/messages' }, READ_SCOPES, { budget: spent })).toEqual({
      ok: false,
      failure: { kind: 'timeout' },
    });
    expect(seen).toHaveLength(sentBefore);
  });

  it('the check of 5 recipients, every Graph answer throttled: a verdict within the check budget, saying what is missing', async () => {
    const scenario = aScenario().to('a@contoso.com', 'b@contoso.com', 'c@contoso.com', 'd@contoso.com', 'e@contoso.com').build();
    server.use(batchEndpoint(() => ({ status: 429, headers: { 'Retry-After': '10' } })));
    const { client, elapsed } = clientOnSimulatedClock();
    const { services } = servicesFor(scenario);
    const outcome = await checkMessage({ ...services, graph: graphAdapter(client) }, sentItemOf(scenario));
    // Before: 3 attempts of up to 10 s each per $batch (45 s of spinner in the audit).
    expect(elapsed()).toBeLessThanOrEqual(CHECK_BUDGET_MS);
    expect(outcome.assessment.overall).toBe('uncertain');
    expect(outcome.assessment.recipients.every((r) => r.verdict === 'uncertain')).toBe(true);
    // The 10 s asked for do not fit the check's 10 s: no retry (it was cut to 5 s and retried before).
    expect(graphRequests()).toHaveLength(1);
    expect(elapsed()).toBe(0);
  });

  it('5,000 recipients, every answer throttled: every round of the check shares one budget', async () => {
    const addresses = Array.from({ length: 5000 }, (_, i) => `user${i}@contoso.com`);
    server.use(batchEndpoint(() => ({ status: 429, headers: { 'Retry-After': '10' } })));
    const { client, elapsed } = clientOnSimulatedClock();
    const facts = await fetchRecallFacts(client.withBudget(client.budget(CHECK_BUDGET_MS)), 'id', parsedRecipients(addresses));
    expect(facts.ok).toBe(true);
    expect(elapsed()).toBeLessThanOrEqual(CHECK_BUDGET_MS);
    if (facts.ok) expect([...facts.value.mailTips.values()].every((tip) => tip.kind === 'failed')).toBe(true);
    // Round 1 once: its 10 s wait does not fit. The later rounds are MailTips requests too, which
    // Graph asked to hold back for those 10 s: they are not sent at all (before: 4 requests).
    expect(graphRequests()).toHaveLength(1);
  });
});

describe('Retry-After is waited in full, never cut short (concepts/throttling.md: "Wait the number of seconds specified")', () => {
  it('a wait longer than what is left of the budget: no retry, and the failure says how long Graph asked and until when', async () => {
    server.use(throttledForever('30'));
    const { client, waits } = clientOnSimulatedClock();
    const result = await client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES);
    // Before: cut to 5 s and asked twice more, 25 s before Graph allowed it.
    expect(result).toEqual({ ok: false, failure: { kind: 'throttled', retryAfterMs: 30_000, notBefore: new Date(30_000) } });
    expect(seen).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('a wait that fits is waited in full, whatever its length', async () => {
    let calls = 0;
    server.use(
      http.get(ME, () =>
        ++calls === 1 ? HttpResponse.json(graphError('TooManyRequests'), { status: 429, headers: { 'Retry-After': '8' } }) : HttpResponse.json({}),
      ),
    );
    const { client, waits } = clientOnSimulatedClock();
    expect((await client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES)).ok).toBe(true);
    expect(waits).toEqual([8000]);
  });

  it('inside a $batch an item’s Retry-After counts the same: not retried sooner, the other items answered', async () => {
    server.use(batchEndpoint((r) => (r.id === 'b' ? { status: 429, headers: { 'Retry-After': '30' } } : { status: 200, body: {} })));
    const { client, waits } = clientOnSimulatedClock();
    const result = await client.batch(
      [
        { id: 'a', method: 'GET', url: '/me' },
        { id: 'b', method: 'GET', url: '/organization' },
      ],
      READ_SCOPES,
    );
    expect(result.ok && result.value.get('a')?.ok).toBe(true);
    expect(result.ok && result.value.get('b')).toEqual({ ok: false, failure: { kind: 'throttled', retryAfterMs: 30_000, notBefore: new Date(30_000) } });
    expect(graphRequests()).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('a recall (15 s budget) asked to wait 20 s is not sent again: refused as throttled, so the pane shows Outlook’s command', async () => {
    const recall = `${GRAPH_ORIGIN}/beta/me/mailFolders/sentitems/messages/id-1/recall`;
    server.use(http.post(recall, () => HttpResponse.json(graphError('TooManyRequests'), { status: 429, headers: { 'Retry-After': '20' } })));
    const { client, waits } = clientOnSimulatedClock();
    expect(await graphAdapter(client).requestRecall('id-1')).toEqual({
      ok: false,
      failure: { kind: 'throttled', retryAfterMs: 20_000, notBefore: new Date(20_000) },
    });
    expect(graphRequests()).toHaveLength(1);
    expect(waits).toEqual([]);
  });
});

describe('no later operation asks sooner than Graph allowed', () => {
  it('within the wait, the same request is not sent: the answer is what is left of the wait; once it fits, it is waited out, then sent', async () => {
    let calls = 0;
    server.use(
      http.get(ME, () =>
        ++calls === 1 ? HttpResponse.json(graphError('TooManyRequests'), { status: 429, headers: { 'Retry-After': '30' } }) : HttpResponse.json({}),
      ),
    );
    const { client, waits, advance } = clientOnSimulatedClock();
    await client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES);
    advance(15_000);
    // An operation of its own (the port makes one per use case): still held back.
    const early = await client.withBudget(client.budget()).call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES);
    expect(early).toEqual({ ok: false, failure: { kind: 'throttled', retryAfterMs: 15_000, notBefore: new Date(30_000) } });
    expect(seen).toHaveLength(1);
    // Other requests are not held back.
    server.use(http.get(`${ME}/messages`, () => HttpResponse.json({ value: [] })));
    expect((await client.call('v1.0', { method: 'GET', url: '/me/messages' }, READ_SCOPES)).ok).toBe(true);
    advance(10_000);
    // 5 s left, within a 10 s budget: waited out, then sent.
    expect((await client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES)).ok).toBe(true);
    expect(waits).toEqual([5000]);
    expect(seen.map((r) => r.url)).toEqual([ME, `${ME}/messages`, ME]);
  });

  it('a tracking poll within the wait reads the report list Graph throttled only once the wait is over', async () => {
    server.use(
      batchEndpoint((r, call) => {
        if (r.id === 'organization') return { status: 200, body: { value: [{ verifiedDomains: [{ name: 'contoso.com' }] }] } };
        if (r.id === 'cloud' && call === 1) return { status: 429, headers: { 'Retry-After': '60' } };
        return { status: 200, body: { value: [] } };
      }),
    );
    const { client, advance } = clientOnSimulatedClock();
    const port = graphAdapter(client);
    const sentAt = new Date('2026-11-25T09:56:00Z');
    const about = { subject: 'Q4', restId: 'sent-1' };
    const first = await port.recallReports(sentAt, about);
    // The cloud list unread: the reading is incomplete, never "no report".
    expect(first.ok && first.value.complete).toBe(false);
    advance(15_000);
    await port.recallReports(sentAt, about);
    advance(45_000);
    const third = await port.recallReports(sentAt, about);
    expect(third.ok && third.value.complete).toBe(true);
    const carried = (await batchCalls()).map((requests) => requests.map((r) => r.id).sort());
    expect(carried).toEqual([
      ['classic', 'cloud', 'organization'],
      ['classic', 'organization'],
      ['classic', 'cloud', 'organization'],
    ]);
  });
});

describe('one tracking read, one budget', () => {
  it('report list and report bodies throttled (Retry-After 4 s): the lists, their retry and the bodies share the 10 s budget', async () => {
    const cloudReport = {
      id: 'report-1',
      subject: 'Recall report',
      from: { emailAddress: { address: 'postmaster@contoso.com' } },
      receivedDateTime: '2026-11-25T09:58:00Z',
      internetMessageHeaders: [{ name: CLOUD_REPORT_HEADER, value: 'true' }],
    };
    server.use(
      batchEndpoint((r, call) => {
        if (r.id === 'organization') return { status: 200, body: { value: [{ verifiedDomains: [{ name: 'contoso.com' }] }] } };
        if (r.id === 'cloud' && call === 1) return { status: 429, headers: { 'Retry-After': '4' } };
        if (r.id === 'cloud') return { status: 200, body: { value: [cloudReport] } };
        if (r.id.startsWith('body-')) return { status: 429, headers: { 'Retry-After': '4' } };
        return { status: 200, body: { value: [] } };
      }),
    );
    const { client, waits, elapsed } = clientOnSimulatedClock();
    const reports = await graphAdapter(client).recallReports(new Date('2026-11-25T09:56:00Z'), { subject: 'Recall report', restId: 'sent-1' });
    // Before: the bodies' $batch had a budget of its own, and waited 4 s twice more (12 s in all).
    expect(waits).toEqual([4000, 4000]);
    expect(elapsed()).toBeLessThanOrEqual(RETRY_DEFAULTS.budgetMs);
    // The body that could not be read leaves the reading incomplete, never "no report".
    expect(reports).toEqual({ ok: true, value: { reports: [], tenantDomains: ['contoso.com'], complete: false, subjectUnique: true } });
  });
});

describe('time-outs are retried with backoff', () => {
  it('a request that never answers: 3 sends, 1 s then 2 s between them, then "timeout"', async () => {
    let sends = 0;
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        sends += 1;
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const { client, waits } = clientOnSimulatedClock({ fetchImpl: hang, timeoutMs: 5 });
    expect(await client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES)).toEqual({ ok: false, failure: { kind: 'timeout' } });
    expect(sends).toBe(3);
    expect(waits).toEqual([1000, 2000]);
  });
});

/** Records what each token request asked for. */
class RecordingTokens implements TokenProvider {
  readonly asked: (TokenOptions | undefined)[] = [];
  async getToken(_scopes: readonly GraphScope[], options?: TokenOptions) {
    this.asked.push(options);
    return ok(options?.forceRefresh ? 'fresh-token' : 'cached-token');
  }
}

describe('401: a really fresh token, once', () => {
  const CLAIMS = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
  const challenge = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${btoa(CLAIMS)}"`;

  it('resends with forceRefresh and the decoded claims challenge from WWW-Authenticate', async () => {
    let calls = 0;
    server.use(
      http.get(ME, () =>
        ++calls === 1
          ? HttpResponse.json(graphError('InvalidAuthenticationToken'), { status: 401, headers: { 'WWW-Authenticate': challenge } })
          : HttpResponse.json({}),
      ),
    );
    const tokens = new RecordingTokens();
    const { client, waits } = clientOnSimulatedClock({ tokens });
    expect((await client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES)).ok).toBe(true);
    expect(tokens.asked).toEqual([undefined, { forceRefresh: true, claims: CLAIMS }]);
    expect(seen.map((r) => r.authorization)).toEqual(['Bearer cached-token', 'Bearer fresh-token']);
    expect(waits).toEqual([]);
  });

  it('without a challenge: forceRefresh alone; a second 401 is the answer (consent-required), no loop', async () => {
    server.use(http.get(ME, () => HttpResponse.json(graphError('InvalidAuthenticationToken'), { status: 401 })));
    const tokens = new RecordingTokens();
    const { client } = clientOnSimulatedClock({ tokens });
    expect(await client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES)).toEqual({ ok: false, failure: { kind: 'consent-required' } });
    expect(tokens.asked).toEqual([undefined, { forceRefresh: true }]);
    expect(seen).toHaveLength(2);
  });

  it.each([
    ['Bearer error="invalid_token"', null],
    ['Bearer claims=""', null],
    ['Bearer realm="", claims="not base64 json"', 'not base64 json'],
  ])('claims challenge in %j → %j', (header, expected) => {
    expect(claimsChallenge(header)).toBe(expected);
  });
});
