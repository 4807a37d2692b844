import type { GraphScope, TokenOptions, TokenProvider } from '../auth/tokenProvider';
import type { DiagnosticsLog, GraphRequestIds } from '../domain/diagnostics';
import { fail, newCorrelationId, ok, type Failure, type Result } from '../domain/failure';
import { graphPath } from './requestPaths';

/** Bearer tokens go to this origin and nowhere else. */
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';
/** Graph refuses a $batch of more than 20 requests. */
export const BATCH_LIMIT = 20;

export interface GraphClientOptions {
  readonly tokens: TokenProvider;
  readonly fetchImpl?: typeof fetch;
  /** Longest wait for one HTTP answer (never longer than what is left of the operation's budget). */
  readonly timeoutMs?: number;
  /** Sends of one request (or one $batch item) at most, the first one included. */
  readonly maxAttempts?: number;
  /** First wait after a server error or a time-out; it doubles with each further attempt. */
  readonly backoffMs?: number;
  /** Total time one operation may take, waits included, unless the caller gives its own budget. */
  readonly budgetMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * The clock budgets and waits are measured on (ms). The entries give it the pane's
   * (`services.clock`), so the end of a wait Graph asked for (`notBefore` of a throttled failure)
   * reads on the clock the pane counts down on.
   */
  readonly now?: () => number;
  /** Called for each HTTP request actually sent (round-trip accounting in tests and the bench). */
  readonly onRequest?: (url: string) => void;
  /** Where the failures it returns are noted for "Copy diagnostics" (kind, ids; nothing personal). */
  readonly diagnostics?: DiagnosticsLog;
}

/**
 * How long an operation (the check, a recall, one tracking read) may still take. Every request and
 * every retry wait of the operation draws on the same budget; what does not fit is not attempted,
 * and its failure is the answer (the check shows it as a gap).
 */
interface Budget {
  /** On the client's clock (`now`). */
  readonly endsAt: number;
}

interface OperationOptions {
  readonly budget?: Budget;
}

export interface BatchRequest {
  readonly id: string;
  /** PATCH: one extended property of a message (updateMessage in requestPaths.ts). */
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** Relative to the API version, e.g. `/me/getMailTips`. */
  readonly url: string;
  readonly body?: unknown;
}

export interface RawResponse {
  readonly status: number;
  readonly retryAfterMs: number | null;
  readonly body: unknown;
  /** A claims challenge from `WWW-Authenticate` on a 401 (continuous access evaluation), decoded. */
  readonly claims?: string;
  /** Graph's `request-id` / `client-request-id` headers, when it sent them: what Microsoft support asks for. */
  readonly requestIds?: GraphRequestIds;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The one retry policy's numbers; see GraphClient. */
export const RETRY_DEFAULTS = { timeoutMs: 15_000, maxAttempts: 3, backoffMs: 1_000, budgetMs: 10_000 } as const;

/**
 * Graph over fetch, with ONE retry policy for every request:
 * - throttling (429, or 503 with Retry-After) waits exactly what `Retry-After` asks, never less:
 *   "Wait the number of seconds specified in the Retry-After header. Retry the request." and, in a
 *   $batch, "retry each failed request from the batch using the value provided in the retry-after
 *   response header from the JSON content" (microsoft-graph-docs-contrib concepts/throttling.md,
 *   "Best practices to handle throttling", "Throttling and batching"). A wait that does not fit
 *   what is left of the operation's budget is not cut short: the request is not retried, and the
 *   throttled failure says how long Graph asked for and when that ends (`notBefore`), so the pane
 *   can offer to check again then. Until then the same request is not sent again by any operation
 *   of this client (ThrottleHolds);
 * - server errors (5xx) and time-outs wait backoffMs, doubling;
 * - at most maxAttempts sends, and never beyond the operation's budget: a wait that would end
 *   after it is not waited, the failure is returned instead;
 * - a 401 is retried once per operation with a really fresh token (forceRefresh, and the claims
 *   challenge when Graph sent one), as Microsoft's NAA sample does
 *   (OfficeDev/Office-Add-in-samples, Samples/auth/Outlook-Add-in-SSO-NAA/src/taskpane/msgraph-helper.ts);
 * - a redirect is never followed and its answer never used (`redirected`; see answeredElsewhere).
 */
export class GraphClient {
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly budgetMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(
    private readonly options: GraphClientOptions,
    /** Set by withBudget: every call without its own budget draws on this one. */
    private readonly sharedBudget: Budget | null = null,
    /** The waits Graph asked for, shared with every client withBudget makes from this one. */
    private readonly holds: ThrottleHolds = new ThrottleHolds(),
  ) {
    this.fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? RETRY_DEFAULTS.timeoutMs;
    this.maxAttempts = options.maxAttempts ?? RETRY_DEFAULTS.maxAttempts;
    this.backoffMs = options.backoffMs ?? RETRY_DEFAULTS.backoffMs;
    this.budgetMs = options.budgetMs ?? RETRY_DEFAULTS.budgetMs;
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
  }

  /** A budget of `ms` from now, for an operation made of several calls (e.g. the check's rounds). */
  budget(ms: number = this.budgetMs): Budget {
    return { endsAt: this.now() + ms };
  }

  /** The same client, with every call drawing on `budget` (one operation across modules). */
  withBudget(budget: Budget): GraphClient {
    return new GraphClient(this.options, budget, this.holds);
  }

  /** One request under the retry policy. */
  async call(
    version: 'v1.0' | 'beta',
    request: Omit<BatchRequest, 'id'>,
    scopes: readonly GraphScope[],
    options: OperationOptions = {},
  ): Promise<Result<RawResponse>> {
    const budget = options.budget ?? this.sharedBudget ?? this.budget();
    const key = holdKey(version, request);
    const [refused] = (await this.waitOutHolds([request], version, budget)).refused;
    if (refused !== undefined) return this.failed(refused[1], undefined);
    let freshToken: TokenOptions | null = null;
    let freshTokenTried = false;
    for (let attempt = 1; ;) {
      this.holds.release(key);
      const sent = await this.send(version, request, scopes, budget, freshToken);
      freshToken = null;
      const failure = sent.ok ? failureForStatus(sent.value, this.now()) : sent.failure;
      if (failure === null) return sent;
      if (failure.kind === 'throttled') this.holds.hold(key, failure.notBefore);
      const ids = sent.ok ? sent.value.requestIds : undefined;
      // A 401 is not an attempt: one more try with a token asked for afresh, not the cached one.
      if (sent.ok && sent.value.status === 401 && !freshTokenTried) {
        freshTokenTried = true;
        freshToken = sent.value.claims === undefined ? { forceRefresh: true } : { forceRefresh: true, claims: sent.value.claims };
        continue;
      }
      if (!this.mayRetry(failure, attempt, budget)) return this.failed(failure, ids);
      await this.sleep(this.delayFor(failure, attempt));
      attempt += 1;
    }
  }

  /**
   * Sends up to BATCH_LIMIT requests in one `$batch`. Inner responses are checked one by one: the
   * retryable ones (throttled, 5xx) are resent together after the longest of their waits, the rest
   * come back with their own status. The SDK's retry handler does not do this for inner
   * responses, which is why it is done here.
   */
  async batch(
    requests: readonly BatchRequest[],
    scopes: readonly GraphScope[],
    options: OperationOptions = {},
  ): Promise<Result<Map<string, Result<RawResponse>>>> {
    if (requests.length > BATCH_LIMIT) throw new RangeError(`at most ${BATCH_LIMIT} requests per $batch`);
    const budget = options.budget ?? this.sharedBudget ?? this.budget();
    const results = new Map<string, Result<RawResponse>>();
    // Items Graph asked to hold back whose wait outlasts the budget are answered by that wait, unsent.
    const held = await this.waitOutHolds(requests, 'v1.0', budget);
    for (const [request, failure] of held.refused) results.set(request.id, this.failed(failure, undefined));
    let pending = held.free;
    for (let attempt = 1; pending.length > 0; attempt++) {
      for (const request of pending) this.holds.release(holdKey('v1.0', request));
      const outer = await this.call('v1.0', { method: 'POST', url: graphPath('batch'), body: { requests: pending.map(toBatchItem) } }, scopes, { budget });
      if (!outer.ok) {
        // Items already answered keep their answers; the rest fail the way the $batch did.
        if (results.size === 0) return outer;
        for (const request of pending) results.set(request.id, outer);
        break;
      }
      const inner = parseBatchResponses(outer.value.body);
      const ids = outer.value.requestIds;
      if (inner === null) return this.failed({ kind: 'malformed-response', what: '$batch' }, ids);
      const retry: BatchRequest[] = [];
      let waitMs = 0;
      for (const request of pending) {
        const response = inner.get(request.id.toLowerCase());
        if (response === undefined || response === CONFLICTING) {
          const what = response === CONFLICTING ? `$batch item ${request.id} (conflicting answers)` : `$batch item ${request.id}`;
          results.set(request.id, this.failed({ kind: 'malformed-response', what }, ids));
          continue;
        }
        const failure = failureForStatus(response, this.now());
        if (failure?.kind === 'throttled') this.holds.hold(holdKey('v1.0', request), failure.notBefore);
        if (failure !== null && this.mayRetry(failure, attempt, budget)) {
          retry.push(request);
          waitMs = Math.max(waitMs, this.delayFor(failure, attempt));
        } else {
          results.set(request.id, failure === null ? ok(response) : this.failed(failure, ids));
        }
      }
      pending = retry;
      if (pending.length > 0) await this.sleep(waitMs);
    }
    return ok(results);
  }

  /** A failure handed back to the caller, noted for "Copy diagnostics" (a $batch item's under its $batch's ids). */
  private failed<T>(failure: Failure, ids: GraphRequestIds | undefined): Result<T> {
    this.options.diagnostics?.record(failure, ids);
    return fail(failure);
  }

  /** The wait before the next attempt; throttling exactly as the server asked, never less. */
  private delayFor(failure: Failure, attempt: number): number {
    if (failure.kind === 'throttled') return failure.retryAfterMs;
    return this.backoffMs * 2 ** (attempt - 1);
  }

  /** Whether `failure` may be retried after this attempt: retryable kind, attempts left, and its whole wait within the budget. */
  private mayRetry(failure: Failure, attempt: number, budget: Budget): boolean {
    if (!RETRYABLE.has(failure.kind) || attempt >= this.maxAttempts) return false;
    return this.fits(this.delayFor(failure, attempt), budget);
  }

  /** A wait of `ms` from now ends while the budget still has time for a request. */
  private fits(ms: number, budget: Budget): boolean {
    return this.now() + ms < budget.endsAt;
  }

  /**
   * Before an operation sends `requests`: what is left of a wait Graph asked for any of them is
   * waited out when it fits the budget; a request whose wait does not fit is not sent, and its
   * answer is the throttled failure of what is left (`refused`). `free`: the requests to send.
   */
  private async waitOutHolds<R extends Pick<BatchRequest, 'method' | 'url'>>(
    requests: readonly R[],
    version: string,
    budget: Budget,
  ): Promise<{ free: R[]; refused: [R, Failure][] }> {
    const now = this.now();
    const free: R[] = [];
    const refused: [R, Failure][] = [];
    let waitMs = 0;
    for (const request of requests) {
      const left = this.holds.remaining(holdKey(version, request), now);
      if (left > 0 && !this.fits(left, budget)) refused.push([request, throttledFor(left, now)]);
      else {
        free.push(request);
        waitMs = Math.max(waitMs, left);
      }
    }
    if (waitMs > 0 && free.length > 0) await this.sleep(waitMs);
    return { free, refused };
  }

  /** `fresh`: null = the cached token is fine; else how to ask the token provider afresh. */
  private async send(
    version: string,
    request: Omit<BatchRequest, 'id'>,
    scopes: readonly GraphScope[],
    budget: Budget,
    fresh: TokenOptions | null,
  ): Promise<Result<RawResponse>> {
    const left = budget.endsAt - this.now();
    if (left <= 0) return fail({ kind: 'timeout' });
    const token = fresh === null ? await this.options.tokens.getToken(scopes) : await this.options.tokens.getToken(scopes, fresh);
    if (!token.ok) return token;
    const url = `${GRAPH_ORIGIN}/${version}${request.url}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.min(this.timeoutMs, left));
    try {
      this.options.onRequest?.(url);
      const headers: Record<string, string> = { Authorization: `Bearer ${token.value}`, Accept: 'application/json' };
      // Never followed (answeredElsewhere says why 'manual' rather than 'error').
      const init: RequestInit = { method: request.method, headers, signal: controller.signal, redirect: 'manual' };
      if (request.body !== undefined) {
        headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(request.body);
      }
      const response = await this.fetchImpl(url, init);
      if (answeredElsewhere(response, url)) {
        // Its body is not ours to read: let the connection go.
        void response.body?.cancel().catch(() => undefined);
        return fail({ kind: 'redirected' });
      }
      const text = await response.text();
      const claims = response.status === 401 ? claimsChallenge(response.headers.get('WWW-Authenticate')) : null;
      const body = parseBody(text);
      const ids = requestIdsOf(response.headers, body);
      const raw: RawResponse = {
        status: response.status,
        retryAfterMs: retryAfterMs(response.headers.get('Retry-After'), this.now()),
        body,
        ...(ids === null ? {} : { requestIds: ids }),
      };
      return ok(claims === null ? raw : { ...raw, claims });
    } catch (error) {
      if (controller.signal.aborted) return fail({ kind: 'timeout' });
      if (error instanceof TypeError) return fail({ kind: 'offline' });
      return fail({ kind: 'unexpected', correlationId: newCorrelationId() });
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * The ids Microsoft's logs know a request by: the `request-id` / `client-request-id` response
 * headers, or where a browser can't read those (CORS), the error body's `innerError`, which carries
 * "request-id" (the example error body in concepts/errors.md, microsoft-graph-docs-contrib). null
 * when there are none.
 */
function requestIdsOf(headers: Headers, body: unknown): GraphRequestIds | null {
  const inner = typeof body === 'object' && body !== null ? (body as { error?: { innerError?: unknown } }).error?.innerError : undefined;
  const fromBody = (name: string): string | null => {
    const value = typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>)[name] : undefined;
    return typeof value === 'string' && value !== '' ? value : null;
  };
  const requestId = headers.get('request-id') ?? fromBody('request-id');
  const clientRequestId = headers.get('client-request-id') ?? fromBody('client-request-id');
  if (requestId === null && clientRequestId === null) return null;
  return { ...(requestId === null ? {} : { requestId }), ...(clientRequestId === null ? {} : { clientRequestId }) };
}

/** What the policy retries: the server asked to wait, had trouble, or did not answer in time. */
const RETRYABLE: ReadonlySet<Failure['kind']> = new Set(['throttled', 'server-error', 'timeout']);

/** The statuses fetch would follow (Fetch standard, "redirect status"). */
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * Whether an answer came from somewhere other than the Graph URL asked. Requests go out with
 * `redirect: 'manual'`, so neither the bearer token nor a request body (a $batch carries
 * addresses) ever follows a redirect: in a browser and in Outlook's webviews (WebView2, WebKit) a
 * redirect then arrives as an "opaque-redirect filtered response" (type `opaqueredirect`, status
 * 0; Fetch standard, request redirect mode), elsewhere (Node) as the 3xx itself. `redirect:
 * 'error'` would refuse it too, but as a TypeError indistinguishable from a dropped connection,
 * which the pane would call "no network". A fetch that followed anyway says so in `redirected`
 * and its final `url`, which must still be the URL asked (Graph's origin, the same path and query).
 * A Response made in memory (a test stub) has no URL to compare; one from the network always has.
 */
function answeredElsewhere(response: Response, asked: string): boolean {
  if (response.type === 'opaqueredirect' || response.redirected || REDIRECT_STATUSES.has(response.status)) return true;
  if (response.url === '') return false;
  try {
    const answered = new URL(response.url);
    const wanted = new URL(asked);
    return answered.origin !== GRAPH_ORIGIN || answered.pathname !== wanted.pathname || answered.search !== wanted.search;
  } catch {
    return true;
  }
}

/**
 * The waits Graph asked for that are not over yet, per request (method and URL, see holdKey). A
 * request answered 429 (or 503 with Retry-After) is not sent again before its wait ends, by the
 * operation that got the answer (it waits, or gives up when the wait outlasts its budget) or by
 * any later one: a "Check again", the next tracking poll, a refresh. Throttling is Graph's answer
 * to this app: "Avoid immediate retries, because all requests accrue against your usage limits"
 * (concepts/throttling.md).
 */
class ThrottleHolds {
  private readonly until = new Map<string, number>();

  hold(key: string, notBefore: Date): void {
    const at = notBefore.getTime();
    if (at > (this.until.get(key) ?? -Infinity)) this.until.set(key, at);
  }

  /** How long `key` must still wait at `now` (ms); 0 when it may be sent. */
  remaining(key: string, now: number): number {
    const at = this.until.get(key);
    if (at === undefined) return 0;
    if (at <= now) this.until.delete(key);
    return Math.max(0, at - now);
  }

  /** `key` is sent now: its wait is over by our account (a retry is sent only after waiting it). */
  release(key: string): void {
    this.until.delete(key);
  }
}

/** One request to Graph, as a throttling hold is kept for it: method, API version and URL. */
function holdKey(version: string, request: Pick<BatchRequest, 'method' | 'url'>): string {
  return `${request.method} /${version}${request.url}`;
}

/** The failure for a wait of `ms` asked at `now`: how long, and when it ends. */
function throttledFor(ms: number, now: number): Failure {
  return { kind: 'throttled', retryAfterMs: ms, notBefore: new Date(now + ms) };
}

/**
 * The `claims` parameter of a `WWW-Authenticate: Bearer …` challenge (continuous access
 * evaluation), base64-decoded to the JSON MSAL expects; null when there is none.
 * https://learn.microsoft.com/entra/identity-platform/claims-challenge
 */
export function claimsChallenge(header: string | null): string | null {
  if (header === null) return null;
  const match = /(?:^|[\s,])claims="([^"]*)"/i.exec(header);
  const value = match?.[1];
  if (value === undefined || value === '') return null;
  try {
    const decoded = atob(value);
    JSON.parse(decoded);
    return decoded;
  } catch {
    return value;
  }
}

/**
 * Codes of mailboxes Graph cannot serve. MailboxNotEnabledForRESTAPI / MailboxNotSupportedForRESTAPI:
 * HTTP 404, "the mailbox is on a dedicated Exchange Server and is not a valid Microsoft 365 mailbox"
 * (learn.microsoft.com/exchange/troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error,
 * KB 4462988). extensionError: "the mailbox is located on premises and the Exchange server does not
 * support federated Microsoft Graph requests" (microsoft-graph-docs-contrib concepts/errors.md).
 */
const MAILBOX_UNAVAILABLE_CODES = new Set(['mailboxnotenabledforrestapi', 'mailboxnotsupportedforrestapi', 'extensionerror']);

/**
 * Graph's status codes, as the user experiences them; the body's `error.code` refines a few. null:
 * success. `now`: when the answer arrived (a throttled failure says when its wait ends).
 */
export function failureForStatus(
  { status, retryAfterMs, body }: Pick<RawResponse, 'status' | 'retryAfterMs'> & { readonly body?: unknown },
  now: number,
): Failure | null {
  if (status >= 200 && status < 300) return null;
  // An inner $batch answer pointing elsewhere: never followed, so there is no answer.
  if (REDIRECT_STATUSES.has(status)) return { kind: 'redirected' };
  const codes = graphErrorCodes(body);
  const code = codes[0];
  // "Loop through all the error codes available and use the most detailed one" (errors.md): the
  // mailbox's state may be an inner code under a generic one.
  const unavailable = codes.find((c) => MAILBOX_UNAVAILABLE_CODES.has(c.toLowerCase()));
  if (unavailable !== undefined) return { kind: 'mailbox-unavailable', code: unavailable };
  if (status === 401) return { kind: 'consent-required' };
  if (status === 403) return { kind: 'forbidden' };
  if (status === 404) return code === undefined ? { kind: 'not-found' } : { kind: 'not-found', code };
  // Without Retry-After, 2 s each time (throttling.md suggests an exponential backoff then; within
  // three sends and one budget that is the difference between a second wait of 2 s and one of 4 s).
  if (status === 429 || (status === 503 && retryAfterMs !== null)) return throttledFor(retryAfterMs ?? 2_000, now);
  if (status === 501) return { kind: 'unsupported', what: 'graph-endpoint' };
  if (status >= 500) return { kind: 'server-error', status };
  return { kind: 'unexpected', correlationId: newCorrelationId() };
}

/**
 * The codes of a Graph error body, outermost first: `error.code`, then those of its nested
 * `innerError` / `innererror` objects (concepts/errors.md).
 */
function graphErrorCodes(body: unknown): string[] {
  const codes: string[] = [];
  let error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  for (let depth = 0; typeof error === 'object' && error !== null && depth < 5; depth++) {
    const { code, innerError, innererror } = error as { code?: unknown; innerError?: unknown; innererror?: unknown };
    if (typeof code === 'string' && code !== '') codes.push(code);
    error = innerError ?? innererror;
  }
  return codes;
}

/** A wait beyond a day reads as a day: no pane stays open that long, and when it ends must stay a valid date. */
const LONGEST_RETRY_AFTER_MS = 24 * 60 * 60_000;

/**
 * Retry-After in seconds (Graph sends fractions: "Retry-After: 2.128", throttling.md) or as an
 * HTTP date; a negative number of seconds or a date past reads as 0.
 */
function retryAfterMs(header: string | null | undefined, now: number = Date.now()): number | null {
  if (header === null || header === undefined || header.trim() === '') return null;
  const trimmed = header.trim();
  const ms = /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
  return Number.isNaN(ms) ? null : Math.min(Math.max(0, ms), LONGEST_RETRY_AFTER_MS);
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

/** Two inner responses under one id that differ: neither is that request's answer. */
const CONFLICTING = 'conflicting';

/**
 * The inner responses by id, lower-cased: a `$batch` id is "not case-sensitive" and "must be
 * unique in the batch" (concepts/json-batching.md). The same id answered twice is the same answer
 * only when both say the same (status, Retry-After, body); if they differ, the id's answer is
 * CONFLICTING — never "the last one wins".
 */
function parseBatchResponses(body: unknown): Map<string, RawResponse | typeof CONFLICTING> | null {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { responses?: unknown }).responses)) return null;
  const map = new Map<string, RawResponse | typeof CONFLICTING>();
  for (const item of (body as { responses: unknown[] }).responses) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, status, headers, body: innerBody } = item as { id?: unknown; status?: unknown; headers?: unknown; body?: unknown };
    if (typeof id !== 'string' || typeof status !== 'number') continue;
    // Header names are case-insensitive; inner $batch headers arrive as a plain object.
    const retryAfter =
      typeof headers === 'object' && headers !== null ? Object.entries(headers).find(([name]) => name.toLowerCase() === 'retry-after')?.[1] : undefined;
    const response: RawResponse = {
      status,
      retryAfterMs: retryAfterMs(typeof retryAfter === 'string' ? retryAfter : typeof retryAfter === 'number' ? String(retryAfter) : null),
      body: innerBody ?? null,
    };
    const key = id.toLowerCase();
    const earlier = map.get(key);
    map.set(key, earlier === undefined || (earlier !== CONFLICTING && sameJson(earlier, response)) ? response : CONFLICTING);
  }
  return map;
}

/** Deep equality of JSON values (object keys in any order). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
