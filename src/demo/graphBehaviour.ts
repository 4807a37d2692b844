/**
 * How Graph answers, as the simulated tenant models it: a `$batch`'s order and pace, `$select`,
 * the beta recall's body.
 */
import type { Scenario } from './scenario';

/**
 * "In a JSON batch request that consists of multiple individual requests to the Outlook service, by
 * default, the service executes up to 4 requests in parallel at any point" (throttling-limits.md,
 * "Outlook service limits for JSON batching").
 */
export const MAILBOX_CONCURRENCY = 4;

/**
 * Rounds of latency a $batch costs: its mailbox requests (`/me/…`, `/users/…`) go four at a time;
 * directory requests (`/organization`) run beside them.
 */
export function mailboxWaves(innerUrls: readonly string[]): number {
  const mailbox = innerUrls.filter((url) => /^\/?(me|users)\//i.test(url)).length;
  return Math.max(1, Math.ceil(mailbox / MAILBOX_CONCURRENCY));
}

/**
 * The pace the benchmarks (`npm run bench`, `bench:browser`) and `demo.html?timing=outlook` give
 * the tenant: 150 ms a round (a $batch pays one per wave of its mailbox requests, above) and 300 ms
 * for the first token of each set of scopes (NAA's silent sign-in; later ones come from its cache).
 */
export const OUTLOOK_TIMING = { latencyMs: 150, tokenAcquisitionMs: 300 } as const;

/** The scenario with Outlook's pace, whatever its own `latencyMs` and `tokenAcquisitionMs` say. */
export function withOutlookTiming(scenario: Scenario): Scenario {
  return { ...scenario, tenant: { ...scenario.tenant, ...OUTLOOK_TIMING } };
}

/**
 * The order in which a $batch's responses come back: "not necessarily in the order of the
 * requests" (json-batching.md). A permutation seeded by `seed` (deterministic per scenario and
 * call), never the order asked when there are two or more.
 */
export function batchOrder(count: number, seed: string): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let state = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16_777_619) >>> 0, 2_166_136_261);
  const next = () => {
    // xorshift32: small, deterministic, good enough to shuffle.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order.every((value, index) => value === index) ? order.reverse() : order;
}

/**
 * The beta recall's answer, exactly as its documentation shows it: 202, `Content-Type:
 * application/json`, a body that is a bare string in braces (not valid JSON)
 * (api-reference/beta/api/message-recall.md, microsoft-graph-docs-contrib).
 */
export const RECALL_ACCEPTED_BODY =
  '{\n  "Successfully submitted recall request to Hub server LV8PR00MB1800.NAMPRD00.PROD.OUTLOOK.COM, MessageId is CSRUBSZRRANU4.HEXMGAAG0OPH2@dm6pr00mb0830."\n}';

/**
 * Keeps the `$select`-ed properties, the entity's `id` (which Graph always returns), `@odata.*`
 * annotations and `$expand`-ed relations of an entity or of each list item.
 */
export function projected(body: unknown, select: string, expand: string | null): unknown {
  const keep = new Set(['id', ...select.split(','), ...(expand ?? '').split(',').map((e) => e.split('(')[0] ?? '')].map((name) => name.trim()).filter(Boolean));
  const pick = (entity: unknown) =>
    typeof entity === 'object' && entity !== null
      ? Object.fromEntries(Object.entries(entity).filter(([key]) => keep.has(key) || key.startsWith('@odata.')))
      : entity;
  if (typeof body !== 'object' || body === null) return body;
  const list = (body as { value?: unknown }).value;
  return Array.isArray(list) ? { ...body, value: list.map(pick) } : pick(body);
}
