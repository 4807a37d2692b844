/**
 * A Graph answer that came from somewhere else is never used, and nothing follows a redirect:
 * neither the bearer token nor a request body (a $batch carries recipients' addresses) reaches
 * another origin. Over MSW at the fetch level, where a 3xx is a real redirect fetch would follow,
 * and with fetch stand-ins for what a browser or a fetch that follows anyway hands back.
 */
import { http, HttpResponse } from 'msw';
import { READ_SCOPES } from '../../../src/auth/tokenProvider';
import { DiagnosticsLog } from '../../../src/domain/diagnostics';
import { GRAPH_ORIGIN, type BatchRequest } from '../../../src/graph/graphClient';
import { fetchRecallFacts } from '../../../src/graph/recallFacts';
import { createTranslator } from '../../../src/i18n/translator';
import { parsedRecipients } from '../../builders/domain';
import { aGraphClient, batchEndpoint, setupMswForFile } from '../../builders/graph';

const { server, seen } = setupMswForFile();
const ME = `${GRAPH_ORIGIN}/v1.0/me`;
const ELSEWHERE = 'https://graph-microsoft.example';

/** Another origin that answers anything with a hopeful body, as a hostile or misconfigured proxy would. */
const elsewhereAnswers = http.all(`${ELSEWHERE}/*`, () => HttpResponse.json({ displayName: 'Not Graph', value: [], responses: [] }));
const sentElsewhere = () => seen.filter((r) => !r.url.startsWith(`${GRAPH_ORIGIN}/`));

/** A fetch stand-in returning `response` for every request, after noting the init it was given. */
function answering(response: () => Response) {
  const inits: RequestInit[] = [];
  const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    inits.push(init ?? {});
    return response();
  }) as typeof fetch;
  return { inits, fetchImpl };
}

/** A Response as fetch hands it back, with the properties only the network sets. */
function fetched(body: string, properties: { url?: string; redirected?: boolean; type?: string; status?: number }): Response {
  const response = new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  for (const [name, value] of Object.entries(properties)) Object.defineProperty(response, name, { value });
  return response;
}

describe('a redirect from Graph is not followed, and its answer not used', () => {
  it.each([301, 302, 303, 307, 308])('%i to another origin: nothing is sent there, the failure is "redirected", no retry', async (status) => {
    server.use(
      http.get(ME, () => new HttpResponse(null, { status, headers: { Location: `${ELSEWHERE}/v1.0/me` } })),
      elsewhereAnswers,
    );
    const diagnostics = new DiagnosticsLog('test', () => new Date('2026-11-25T10:00:00Z'));
    const { client, waits } = aGraphClient({ diagnostics });
    const result = await client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES);
    expect(result).toEqual({ ok: false, failure: { kind: 'redirected' } });
    expect(sentElsewhere()).toEqual([]);
    expect(seen).toHaveLength(1);
    expect(waits).toEqual([]);
    // Noted for the helpdesk, without the URL.
    expect(diagnostics.entries().map((e) => e.kind)).toEqual(['redirected']);
  });

  it('a $batch redirected with 307 (which keeps the body): the addresses in it never leave for the other origin', async () => {
    server.use(
      http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, () => new HttpResponse(null, { status: 307, headers: { Location: `${ELSEWHERE}/v1.0/$batch` } })),
      elsewhereAnswers,
    );
    const facts = await fetchRecallFacts(aGraphClient().client, 'AAMk-id', parsedRecipients(['boris.ivanov@contoso.com']));
    expect(facts).toEqual({ ok: false, failure: { kind: 'redirected' } });
    expect(sentElsewhere()).toEqual([]);
  });

  it('a redirect to another path on graph.microsoft.com is refused too: the answer is not for what was asked', async () => {
    let redirectedTo = 0;
    server.use(
      http.get(ME, () => new HttpResponse(null, { status: 302, headers: { Location: `${GRAPH_ORIGIN}/v1.0/users/someone-else` } })),
      http.get(`${GRAPH_ORIGIN}/v1.0/users/someone-else`, () => {
        redirectedTo += 1;
        return HttpResponse.json({ displayName: 'Someone else' });
      }),
    );
    expect(await aGraphClient().client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES)).toEqual({ ok: false, failure: { kind: 'redirected' } });
    expect(redirectedTo).toBe(0);
  });

  it('fetch is told not to follow ("manual"): "error" would look like a dropped connection ("offline")', async () => {
    const { inits, fetchImpl } = answering(() => fetched('{}', { url: ME }));
    await aGraphClient({ fetchImpl }).client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES);
    expect(inits.map((init) => init.redirect)).toEqual(['manual']);
  });

  it('what a browser and Outlook’s webviews hand back for a redirect under "manual" (opaque redirect, status 0) is refused', async () => {
    const { fetchImpl } = answering(() => fetched('', { type: 'opaqueredirect', status: 0, url: ME }));
    expect(await aGraphClient({ fetchImpl }).client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES)).toEqual({
      ok: false,
      failure: { kind: 'redirected' },
    });
  });

  it.each([
    ['flagged as redirected', { redirected: true, url: ME }],
    ['from another origin', { url: `${ELSEWHERE}/v1.0/me` }],
    ['from a look-alike host', { url: 'https://graph.microsoft.com.example/v1.0/me' }],
    ['over http', { url: 'http://graph.microsoft.com/v1.0/me' }],
    ['for another path', { url: `${GRAPH_ORIGIN}/v1.0/users/someone-else` }],
    ['for another query', { url: `${ME}?$select=mail` }],
  ])('a fetch that followed anyway, its answer %s: not used', async (_case, properties) => {
    const { fetchImpl } = answering(() => fetched('{"displayName":"Not Graph"}', properties));
    expect(await aGraphClient({ fetchImpl }).client.call('v1.0', { method: 'GET', url: '/me' }, READ_SCOPES)).toEqual({
      ok: false,
      failure: { kind: 'redirected' },
    });
  });

  it('the answer from the very URL asked is used (its query spelt as the browser normalises it)', async () => {
    const url = "/me/messages?$filter=subject eq 'Q4'";
    const { fetchImpl } = answering(() => fetched('{"value":[]}', { url: new URL(`${GRAPH_ORIGIN}/v1.0${url}`).href }));
    expect(await aGraphClient({ fetchImpl }).client.call('v1.0', { method: 'GET', url }, READ_SCOPES)).toMatchObject({
      ok: true,
      value: { status: 200, body: { value: [] } },
    });
  });

  it('inside a $batch, an item answered with a redirect is refused alone; the others keep their answers', async () => {
    const requests: BatchRequest[] = [
      { id: 'a', method: 'GET', url: '/me' },
      { id: 'b', method: 'GET', url: '/organization' },
    ];
    server.use(
      batchEndpoint((r) => (r.id === 'b' ? { status: 302, headers: { Location: `${ELSEWHERE}/v1.0/organization` } } : { status: 200, body: { id: 'a' } })),
      elsewhereAnswers,
    );
    const { client, waits } = aGraphClient();
    const result = await client.batch(requests, READ_SCOPES);
    expect(result.ok && result.value.get('a')?.ok).toBe(true);
    expect(result.ok && result.value.get('b')).toEqual({ ok: false, failure: { kind: 'redirected' } });
    expect(sentElsewhere()).toEqual([]);
    expect(waits).toEqual([]);
  });

  it.each(['en', 'ru'] as const)('the refusal is worded (%s), without a status or an address', (lang) => {
    const text = createTranslator(lang).failure({ kind: 'redirected' });
    expect(text).not.toMatch(/failure\.|\b3\d\d\b|https?:|graph-microsoft/);
    expect(text.length).toBeGreaterThan(10);
  });
});
