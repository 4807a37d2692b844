import type { GraphScope, TokenProvider } from '../auth/tokenProvider';
import { fail, newCorrelationId, ok, type Failure, type Result } from '../domain/failure';
import { graphPath } from './requestPaths';

/** Bearer tokens go to this origin and nowhere else. */
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';
/** Graph refuses a $batch of more than 20 requests. */
export const BATCH_LIMIT = 20;

export interface GraphClientOptions {
  readonly tokens: TokenProvider;
  readonly fetchImpl?: typeof fetch;
  readonly timeoutMs?: number;
  /** Attempts for a throttled (429/503) request before giving up. */
  readonly maxAttempts?: number;
  /** Upper bound for one Retry-After wait, so a stressed user is never left waiting minutes. */
  readonly maxRetryDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Called for each HTTP request actually sent (round-trip accounting in tests and the bench). */
  readonly onRequest?: (url: string) => void;
}

export interface BatchRequest {
  readonly id: string;
  /** PATCH: the safety window's "send now" on a held draft (src/graph/heldMessages.ts). */
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** Relative to the API version, e.g. `/me/getMailTips`. */
  readonly url: string;
  readonly body?: unknown;
}

export interface RawResponse {
  readonly status: number;
  readonly retryAfterMs: number | null;
  readonly body: unknown;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class GraphClient {
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly maxRetryDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GraphClientOptions) {
    this.fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 10_000;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** One request, retried while throttled; any other failure is returned at once. */
  async call(version: 'v1.0' | 'beta', request: Omit<BatchRequest, 'id'>, scopes: readonly GraphScope[]): Promise<Result<RawResponse>> {
    for (let attempt = 1; ; attempt++) {
      const sent = await this.send(version, request, scopes);
      if (!sent.ok) return sent;
      const failure = failureForStatus(sent.value);
      if (failure === null) return sent;
      if (failure.kind !== 'throttled' || attempt >= this.maxAttempts) return fail(failure);
      await this.sleep(Math.min(failure.retryAfterMs, this.maxRetryDelayMs));
    }
  }

  /**
   * Sends up to BATCH_LIMIT requests in one `$batch`. Inner responses are checked one by one: the
   * throttled ones (429, or 503 with Retry-After) are resent after the longest Retry-After, the
   * rest come back with their own status. The SDK's retry handler does not do this for inner
   * responses, which is why it is done here.
   */
  async batch(requests: readonly BatchRequest[], scopes: readonly GraphScope[]): Promise<Result<Map<string, Result<RawResponse>>>> {
    if (requests.length > BATCH_LIMIT) throw new RangeError(`at most ${BATCH_LIMIT} requests per $batch`);
    const results = new Map<string, Result<RawResponse>>();
    let pending = [...requests];
    for (let attempt = 1; pending.length > 0; attempt++) {
      const outer = await this.call('v1.0', { method: 'POST', url: graphPath('batch'), body: { requests: pending.map(toBatchItem) } }, scopes);
      if (!outer.ok) return outer;
      const inner = parseBatchResponses(outer.value.body);
      if (inner === null) return fail({ kind: 'malformed-response', what: '$batch' });
      const retry: BatchRequest[] = [];
      let waitMs = 0;
      for (const request of pending) {
        const response = inner.get(request.id);
        if (response === undefined) {
          results.set(request.id, fail({ kind: 'malformed-response', what: `$batch item ${request.id}` }));
          continue;
        }
        const failure = failureForStatus(response);
        if (failure?.kind === 'throttled' && attempt < this.maxAttempts) {
          retry.push(request);
          waitMs = Math.max(waitMs, failure.retryAfterMs);
        } else {
          results.set(request.id, failure === null ? ok(response) : fail(failure));
        }
      }
      pending = retry;
      if (pending.length > 0) await this.sleep(Math.min(waitMs, this.maxRetryDelayMs));
    }
    return ok(results);
  }

  private async send(version: string, request: Omit<BatchRequest, 'id'>, scopes: readonly GraphScope[]): Promise<Result<RawResponse>> {
    const token = await this.options.tokens.getToken(scopes);
    if (!token.ok) return token;
    const url = `${GRAPH_ORIGIN}/${version}${request.url}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      this.options.onRequest?.(url);
      const headers: Record<string, string> = { Authorization: `Bearer ${token.value}`, Accept: 'application/json' };
      const init: RequestInit = { method: request.method, headers, signal: controller.signal };
      if (request.body !== undefined) {
        headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(request.body);
      }
      const response = await this.fetchImpl(url, init);
      const text = await response.text();
      return ok({ status: response.status, retryAfterMs: retryAfterMs(response.headers.get('Retry-After')), body: parseBody(text) });
    } catch (error) {
      if (controller.signal.aborted) return fail({ kind: 'timeout' });
      if (error instanceof TypeError) return fail({ kind: 'offline' });
      return fail({ kind: 'unexpected', correlationId: newCorrelationId() });
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Graph's status codes, as the user experiences them. null: success. */
export function failureForStatus({ status, retryAfterMs }: Pick<RawResponse, 'status' | 'retryAfterMs'>): Failure | null {
  if (status >= 200 && status < 300) return null;
  if (status === 401) return { kind: 'consent-required' };
  if (status === 403) return { kind: 'forbidden' };
  if (status === 404) return { kind: 'not-found' };
  if (status === 429 || (status === 503 && retryAfterMs !== null)) return { kind: 'throttled', retryAfterMs: retryAfterMs ?? 2_000 };
  if (status === 501) return { kind: 'unsupported', what: 'graph-endpoint' };
  if (status >= 500) return { kind: 'server-error', status };
  return { kind: 'unexpected', correlationId: newCorrelationId() };
}

function retryAfterMs(header: string | null | undefined): number | null {
  if (header === null || header === undefined || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/** Graph answers JSON, except for empty bodies (202/204) and some errors; never throw on those. */
function parseBody(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { unparsable: true };
  }
}

function toBatchItem(request: BatchRequest) {
  return request.body === undefined
    ? { id: request.id, method: request.method, url: request.url }
    : { id: request.id, method: request.method, url: request.url, body: request.body, headers: { 'Content-Type': 'application/json' } };
}

function parseBatchResponses(body: unknown): Map<string, RawResponse> | null {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { responses?: unknown }).responses)) return null;
  const map = new Map<string, RawResponse>();
  for (const item of (body as { responses: unknown[] }).responses) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, status, headers, body: innerBody } = item as { id?: unknown; status?: unknown; headers?: unknown; body?: unknown };
    if (typeof id !== 'string' || typeof status !== 'number') continue;
    // Header names are case-insensitive; inner $batch headers arrive as a plain object.
    const retryAfter = typeof headers === 'object' && headers !== null ? Object.entries(headers).find(([name]) => name.toLowerCase() === 'retry-after')?.[1] : undefined;
    map.set(id, { status, retryAfterMs: retryAfterMs(typeof retryAfter === 'string' ? retryAfter : typeof retryAfter === 'number' ? String(retryAfter) : null), body: innerBody ?? null });
  }
  return map;
}
