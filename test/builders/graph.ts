/**
 * Graph at the HTTP level: an MSW server per test file, a log of what went over the wire, and
 * small builders for ad-hoc `$batch` answers when a test needs a precise fault.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import { DemoTokenProvider } from '../../src/auth/demoTokenProvider';
import { GRAPH_ORIGIN, GraphClient, type GraphClientOptions } from '../../src/graph/graphClient';
import { tipsFor } from './mailTips';

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | null;
  readonly body: Promise<string>;
}

/** Starts MSW for the file (unhandled requests are errors) and records every request sent. */
export function setupMswForFile(...handlers: HttpHandler[]) {
  const server = setupServer(...handlers);
  const seen: SeenRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push({
      method: request.method,
      url: request.url,
      authorization: request.headers.get('authorization'),
      body: request
        .clone()
        .text()
        .catch(() => ''),
    });
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => server.close());
  return {
    server,
    seen,
    /** Requests that went to Microsoft Graph. */
    graphRequests: () => seen.filter((r) => r.url.startsWith(`${GRAPH_ORIGIN}/`)),
    /** For each `$batch` call sent so far, the inner requests it carried. */
    batchCalls: async () => {
      const batches = seen.filter((r) => r.url === `${GRAPH_ORIGIN}/v1.0/$batch`);
      return Promise.all(batches.map(async (b) => (JSON.parse(await b.body) as { requests: InnerRequest[] }).requests));
    },
  };
}

export interface InnerRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly body?: unknown;
}

export interface InnerAnswer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/**
 * A `$batch` endpoint whose inner responses come from `answer` (undefined: leave that response
 * out). `call` counts `$batch` calls from 1, so a test can say "throttled once, then fine".
 */
export function batchEndpoint(answer: (request: InnerRequest, call: number) => InnerAnswer | undefined): HttpHandler {
  let call = 0;
  return http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, async ({ request }) => {
    call += 1;
    const { requests } = (await request.json()) as { requests: InnerRequest[] };
    const responses = requests.flatMap((r) => {
      const a = answer(r, call);
      return a === undefined ? [] : [{ id: r.id, status: a.status, headers: a.headers ?? {}, body: a.body ?? null }];
    });
    return HttpResponse.json({ responses });
  });
}

export const graphError = (code: string) => ({ error: { code, message: code } });

/** The addresses a getMailTips request asked about. */
export const askedAddresses = (request: InnerRequest): string[] => (request.body as { EmailAddresses: string[] }).EmailAddresses;

/** MailTips the way Exchange answers them: one entry per asked address, scope chosen by `scopeOf`. */
export function mailTipsAnswer(request: InnerRequest, scopeOf: (address: string) => string = () => 'internal'): InnerAnswer {
  return { status: 200, body: { value: tipsFor(askedAddresses(request), scopeOf) } };
}

/** Answers every inner request of fetchRecallFacts' first round with an empty but valid body. */
export function emptyButValid(request: InnerRequest): InnerAnswer {
  if (request.url.startsWith('/me/getMailTips')) return mailTipsAnswer(request);
  if (request.url.startsWith('/organization')) return { status: 200, body: { value: [{ verifiedDomains: [{ name: 'contoso.com' }] }] } };
  if (request.url.startsWith('/me/mailFolders/sentitems?')) return { status: 200, body: { id: 'folder-sentitems' } };
  if (request.url.startsWith('/me/messages/')) {
    return {
      status: 200,
      body: {
        // The message asked for, named by its id as Graph does (message.md).
        id: decodeURIComponent(request.url.split('?')[0]?.slice('/me/messages/'.length) ?? ''),
        parentFolderId: 'folder-sentitems',
        subject: 'Q4',
        sentDateTime: '2026-11-25T09:56:00Z',
        from: { emailAddress: { address: 'alex.morgan@contoso.com' } },
        toRecipients: [],
        ccRecipients: [],
        bccRecipients: [],
      },
    };
  }
  return { status: 200, body: { value: [] } };
}

/** A sleep that returns at once and remembers how long it was asked to wait. */
export function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

/** A GraphClient with a demo token and a recording sleep; options override either. */
export function aGraphClient(options: Partial<GraphClientOptions> = {}) {
  const { waits, sleep } = recordingSleep();
  const client = new GraphClient({ tokens: new DemoTokenProvider(), sleep, ...options });
  return { client, waits };
}
