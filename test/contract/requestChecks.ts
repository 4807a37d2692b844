/**
 * Requests against the contract: path, query options ($select, $filter with lambdas, $orderby and
 * the InefficientFilter rule, $expand, $top), action parameters and their casing, $batch size.
 */
import {
  CONTRACT,
  collectionOf,
  elementType,
  entityProblems,
  enumValueProblems,
  isSubtypeOf,
  lineage,
  memberType,
  resolvePath,
  resolvePropertyPath,
  type ActionDef,
  type Contract,
  type GraphRequest,
  type Target,
} from './contractModel';

const FILTER_WORDS = new Set([
  'eq',
  'ne',
  'gt',
  'ge',
  'lt',
  'le',
  'and',
  'or',
  'not',
  'has',
  'in',
  'add',
  'sub',
  'mul',
  'div',
  'mod',
  'true',
  'false',
  'null',
  'asc',
  'desc',
]);
const FILTER_FUNCTIONS = new Set([
  'startswith',
  'endswith',
  'contains',
  'substring',
  'tolower',
  'toupper',
  'trim',
  'length',
  'indexof',
  'concat',
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'second',
  'date',
  'time',
  'now',
  'any',
  'all',
]);

/** Every property named in a `$filter`, each resolved on the type (lambda variables on their element type). */
export function filterProblems(contract: Contract, typeName: string, filter: string): string[] {
  return filterProperties(contract, typeName, filter).problems;
}

/** The type's own properties a `$filter` names, in order of appearance, and what does not resolve. */
function filterProperties(contract: Contract, typeName: string, filter: string): { properties: string[]; problems: string[] } {
  const problems: string[] = [];
  // Literals first: strings ('' escapes a quote), then date-times, GUIDs and numbers.
  const stripped = filter
    .replace(/'(?:[^']|'')*'/g, ' ')
    .replace(/\b\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?/g, ' ')
    .replace(/\b\d+(\.\d+)?\b/g, ' ');
  const variables = new Map<string, string>();
  for (const lambda of stripped.matchAll(/([A-Za-z_][\w]*(?:\/[A-Za-z_][\w]*)*)\/(any|all)\(\s*([A-Za-z_]\w*)\s*:/g)) {
    const [, collectionPath = '', , variable = ''] = lambda;
    const type = resolvePropertyPath(contract, typeName, collectionPath);
    if (type === null || collectionOf(type) === null) problems.push(`$filter: "${collectionPath}" is not a collection property of ${typeName}`);
    else variables.set(variable, elementType(type));
  }
  const withoutLambdas = stripped.replace(/([A-Za-z_][\w]*(?:\/[A-Za-z_][\w]*)*)\/(any|all)\(\s*[A-Za-z_]\w*\s*:/g, ' ( ');
  for (const token of withoutLambdas.matchAll(/[A-Za-z_][\w.]*(?:\/[A-Za-z_][\w]*)*/g)) {
    const path = token[0];
    if (FILTER_WORDS.has(path) || FILTER_FUNCTIONS.has(path)) continue;
    const [head = '', ...tail] = path.split('/');
    const variableType = variables.get(head);
    if (variableType !== undefined) {
      if (tail.length > 0 && resolvePropertyPath(contract, variableType, tail.join('/')) === null)
        problems.push(`$filter: "${tail.join('/')}" is not a property of ${variableType}`);
      continue;
    }
    if (resolvePropertyPath(contract, typeName, path) === null) problems.push(`$filter: "${path}" is not a property of ${typeName}`);
  }
  // In order of appearance: a lambda's collection where it stands, other property paths; no variables.
  const properties = [...stripped.matchAll(/[A-Za-z_][\w.]*(?:\/[A-Za-z_][\w]*)*(?=\/(?:any|all)\()|[A-Za-z_][\w.]*(?:\/[A-Za-z_][\w]*)*/g)]
    .map((token) => token[0])
    .filter((path) => !FILTER_WORDS.has(path) && !FILTER_FUNCTIONS.has(path) && !variables.has(path.split('/')[0] ?? ''));
  return { properties, problems };
}

/**
 * Listing messages with both $filter and $orderby: "properties that appear in $orderby must also
 * appear in $filter … in the same order … before any properties that aren't", else 400
 * InefficientFilter (api-reference/v1.0/api/user-list-messages.md).
 */
function inefficientFilterProblems(contract: Contract, typeName: string, filter: string, orderby: string): string[] {
  if (!isSubtypeOf(contract, typeName, 'microsoft.graph.message')) return [];
  const ordered = orderby.split(',').map((item) => item.trim().split(/\s+/)[0] ?? '');
  const leading = [...new Set(filterProperties(contract, typeName, filter).properties)].slice(0, ordered.length);
  return leading.join(',') === ordered.join(',')
    ? []
    : [`$orderby ${ordered.join(',')} must lead the $filter (it starts with ${leading.join(',') || 'nothing'}): Graph answers 400 InefficientFilter`];
}

function queryProblems(contract: Contract, target: Target, query: URLSearchParams): string[] {
  const problems: string[] = [];
  const type = target.kind === 'entity' || target.kind === 'collection' ? target.type : null;
  for (const [option, value] of query) {
    if (!option.startsWith('$')) continue;
    if (type === null) {
      problems.push(`${option} on something that is not an entity or a collection`);
      continue;
    }
    switch (option) {
      case '$select':
        for (const name of value.split(',').map((s) => s.trim()))
          if (memberType(contract, type, name) === null) problems.push(`$select: "${name}" is not a property of ${type}`);
        break;
      case '$expand':
        for (const item of value.split(/,(?![^(]*\))/)) {
          const name = item.split('(')[0]?.trim() ?? '';
          const navigation = lineage(contract, type).find((t) => t.navigationProperties?.[name] !== undefined);
          if (navigation === undefined) problems.push(`$expand: "${name}" is not a navigation property of ${type}`);
        }
        break;
      case '$filter':
        if (target.kind !== 'collection') problems.push('$filter on a single entity');
        problems.push(...filterProblems(contract, type, value));
        break;
      case '$orderby':
        if (target.kind !== 'collection') problems.push('$orderby on a single entity');
        if (query.has('$filter')) problems.push(...inefficientFilterProblems(contract, type, query.get('$filter') ?? '', value));
        for (const item of value.split(',')) {
          const [path = '', direction, ...extra] = item.trim().split(/\s+/);
          if (resolvePropertyPath(contract, type, path) === null) problems.push(`$orderby: "${path}" is not a property of ${type}`);
          if ((direction !== undefined && direction !== 'asc' && direction !== 'desc') || extra.length > 0)
            problems.push(`$orderby: "${item.trim()}" is not "property [asc|desc]"`);
        }
        break;
      case '$top':
      case '$skip':
        if (target.kind !== 'collection' || !/^\d+$/.test(value)) problems.push(`${option}=${value}: a non-negative integer, on a collection`);
        break;
      case '$count':
        if (value !== 'true' && value !== 'false') problems.push(`$count=${value}`);
        break;
      case '$search':
        break;
      default:
        problems.push(`unknown query option ${option}`);
    }
  }
  return problems;
}

function actionBodyProblems(contract: Contract, name: string, action: ActionDef, body: unknown): string[] {
  if (action.requestBody === 'none') return body === undefined || body === null ? [] : [`${name}: the documentation says to supply no request body`];
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [`${name}: the body must be an object of parameters`];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    const declared = action.parameters[key];
    if (declared === undefined) {
      const caseOnly = Object.keys(action.parameters).find((p) => p.toLowerCase() === key.toLowerCase());
      problems.push(
        caseOnly
          ? `${name}: parameter "${key}" must be spelled "${caseOnly}"`
          : `${name}: "${key}" is not a parameter (${Object.keys(action.parameters).join(', ')})`,
      );
      continue;
    }
    const element = collectionOf(declared);
    if (element !== null && !Array.isArray(value)) problems.push(`${name}: "${key}" must be a collection`);
    if (element === 'Edm.String' && Array.isArray(value) && !value.every((v) => typeof v === 'string')) problems.push(`${name}: "${key}" must hold strings`);
    problems.push(...enumValueProblems(contract, declared, value, `${name}.${key}`));
  }
  return problems;
}

/** Everything wrong with one request, checked against the contract; [] when it conforms. */
export function requestProblems(request: GraphRequest, contract: Contract = CONTRACT): string[] {
  const url = new URL(request.url, 'https://graph.invalid/');
  const { target, problems } = resolvePath(contract, request.version, url.pathname);
  if (target === null) return problems.map((p) => `${request.method} ${url.pathname}: ${p}`);
  const out: string[] = [];
  if (target.kind === 'batch') {
    if (request.method !== 'POST') out.push('$batch must be POST');
    const inner = (request.body as { requests?: unknown } | undefined)?.requests;
    if (!Array.isArray(inner)) return [...out, '$batch: body.requests must be an array'];
    if (inner.length > contract.batch.maxRequests) out.push(`$batch: ${inner.length} requests, at most ${contract.batch.maxRequests}`);
    const ids = inner.map((r: { id?: unknown }) => r.id);
    if (new Set(ids).size !== ids.length || !ids.every((id) => typeof id === 'string' && id !== ''))
      out.push('$batch: request ids must be unique non-empty strings');
    for (const item of inner as { method?: string; url?: string; body?: unknown }[]) {
      if (typeof item.url !== 'string' || !item.url.startsWith('/'))
        out.push(`$batch: inner url "${String(item.url)}" must be relative to the version, starting with /`);
      else
        out.push(
          ...requestProblems({ method: item.method ?? '', version: request.version, url: item.url, body: item.body }, contract).map((p) => `$batch item: ${p}`),
        );
    }
    return out;
  }
  if (target.kind === 'action') {
    if (target.action.kind === 'action' && request.method !== 'POST') out.push(`${target.name} is an action: POST, not ${request.method}`);
    out.push(...actionBodyProblems(contract, target.name, target.action, request.body));
  } else if (request.method === 'POST' && target.kind === 'collection') {
    // Creating a member (e.g. an open extension on the message): its properties, of the type it names.
    const named = (request.body as { '@odata.type'?: unknown } | undefined)?.['@odata.type'];
    const type = typeof named === 'string' ? `${named.replace(/^#/, '')}` : target.type;
    if (!isSubtypeOf(contract, type, target.type)) out.push(`@odata.type ${type} is not a ${target.type}`);
    else out.push(...entityProblems(contract, type, request.body, type, { open: true }));
  } else if (request.method === 'PATCH' && target.kind === 'entity') {
    out.push(...entityProblems(contract, target.type, request.body, target.type, { open: true }));
  } else if (request.method !== 'GET' && !(request.method === 'DELETE' && target.kind === 'entity')) {
    out.push(`${request.method} on ${url.pathname}: not a read, create, update or delete of what it addresses`);
  }
  out.push(...queryProblems(contract, target, url.searchParams));
  return out.map((p) => `${request.method} ${url.pathname}: ${p}`);
}
