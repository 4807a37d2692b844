/**
 * Responses against the contract: the body fits the type the request addresses (or the action's
 * return type, or the documented recall string), `$select` is honoured, errors are Graph's shape
 * with a listed code.
 */
import { CONTRACT, resolvePath, valueProblems, entityProblems, type Contract, type GraphRequest } from './contractModel';

/** Graph's error body: `{ error: { code, message } }` with a code the contract lists. */
export function errorBodyProblems(body: unknown, contract: Contract = CONTRACT): string[] {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null) return ['error body: must be { "error": { "code", "message" } }'];
  const problems: string[] = [];
  const allowed = new Set([...contract.errors.shape.required, ...contract.errors.shape.optional]);
  for (const key of Object.keys(error)) if (!allowed.has(key)) problems.push(`error body: "${key}" is not part of Graph's error object`);
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') problems.push('error body: code must be a string');
  else if (contract.errors.codes[code] === undefined) problems.push(`error body: code "${code}" is not a documented (or recorded) Graph error code`);
  if (typeof message !== 'string') problems.push('error body: message must be a string');
  return problems;
}

/** Everything wrong with the response to `request` (status, and the body as text and as parsed JSON). */
export function responseProblems(request: GraphRequest, status: number, text: string, contract: Contract = CONTRACT): string[] {
  const url = new URL(request.url, 'https://graph.invalid/');
  const { target } = resolvePath(contract, request.version, url.pathname);
  const label = `${request.method} ${url.pathname} → ${status}`;
  const parsed = (() => {
    try {
      return { ok: true as const, value: JSON.parse(text) as unknown };
    } catch {
      return { ok: false as const };
    }
  })();
  if (status >= 400) return (parsed.ok ? errorBodyProblems(parsed.value, contract) : ['error body: not JSON']).map((p) => `${label}: ${p}`);
  if (target === null) return [`${label}: the request itself does not resolve`];
  const problems: string[] = [];
  switch (target.kind) {
    case 'action': {
      const { action } = target;
      if (action.success !== undefined) {
        if (status !== action.success.status) problems.push(`answers ${status}, the documentation ${action.success.status}`);
        if (text !== action.success.documentedExample) problems.push('the body is not the documented example string');
      } else if (action.returnType !== undefined) {
        if (!parsed.ok) problems.push('not JSON');
        else problems.push(...collectionBodyProblems(contract, action.returnType, parsed.value));
      }
      break;
    }
    case 'collection':
      if (!parsed.ok) problems.push('not JSON');
      else {
        problems.push(...collectionBodyProblems(contract, `Collection(${target.type})`, parsed.value));
        const items = (parsed.value as { value?: unknown }).value;
        if (Array.isArray(items)) problems.push(...items.flatMap((item) => selectedOnly(url, item)));
      }
      break;
    case 'entity':
      if (!parsed.ok) problems.push('not JSON');
      else {
        problems.push(...entityProblems(contract, target.type, parsed.value));
        problems.push(...selectedOnly(url, parsed.value));
      }
      break;
    default:
      break;
  }
  return problems.map((p) => `${label}: ${p}`);
}

function collectionBodyProblems(contract: Contract, type: string, body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return ['must be { "value": [...] }'];
  const problems: string[] = [];
  for (const key of Object.keys(body)) if (key !== 'value' && !key.startsWith('@odata.')) problems.push(`"${key}" beside "value"`);
  return [...problems, ...valueProblems(contract, type, (body as { value?: unknown }).value ?? 'missing', 'value')];
}

/** With `$select`, Graph returns those properties only (and an entity's id, which it always adds). */
function selectedOnly(url: URL, body: unknown): string[] {
  const select = url.searchParams.get('$select');
  if (select === null || typeof body !== 'object' || body === null) return [];
  const allowed = new Set(
    ['id', ...select.split(','), ...(url.searchParams.get('$expand') ?? '').split(',').map((e) => e.split('(')[0] ?? '')].map((s) => s.trim()),
  );
  return Object.keys(body)
    .filter((key) => !allowed.has(key) && !key.startsWith('@odata.'))
    .map((key) => `"${key}" returned but not $select-ed`);
}
