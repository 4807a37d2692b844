/**
 * Checks Graph requests and responses against Microsoft's published contract, as extracted into
 * graph-contract.json (scripts/graph-contract/extract.mjs: the v1.0 CSDL of
 * microsoftgraph/msgraph-metadata, the beta recall action from its documentation page). The
 * checker knows OData's URL conventions, not our client: a path resolves segment by segment
 * (singleton or entity set, key, navigation or structural property, bound action), and every
 * property a query option names must exist on the type it applies to.
 *
 * Deliberately strict where Graph is lenient: open types (message is one) accept any dynamic
 * property in the metadata, but a response of ours may only carry declared ones, and a mail
 * folder key must be a documented well-known name (the client never uses folder ids).
 */
import contractJson from './graph-contract.json';

interface TypeDef {
  readonly kind: 'entity' | 'complex';
  readonly baseType?: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly navigationProperties?: Readonly<Record<string, { readonly type: string; readonly containsTarget: boolean }>>;
  readonly openType?: boolean;
  readonly propertyTypesNotFollowed?: boolean;
}
interface EnumDef {
  readonly isFlags: boolean;
  readonly members: readonly string[];
}
interface ActionDef {
  readonly kind: 'action' | 'function';
  readonly bindingType: string | null;
  readonly parameters: Readonly<Record<string, string>>;
  readonly returnType?: string;
  readonly requestBody?: 'none';
  readonly success?: { readonly status: number; readonly body: 'string'; readonly documentedExample: string };
}
interface Contract {
  readonly container: { readonly singletons: Readonly<Record<string, string>>; readonly entitySets: Readonly<Record<string, string>> };
  readonly types: Readonly<Record<string, TypeDef>>;
  readonly enums: Readonly<Record<string, EnumDef>>;
  readonly actions: Readonly<Record<string, readonly ActionDef[]>>;
  readonly wellKnownFolderNames: { readonly names: readonly string[] };
  readonly errors: { readonly shape: { readonly required: readonly string[]; readonly optional: readonly string[] }; readonly codes: Readonly<Record<string, unknown>> };
  readonly batch: { readonly maxRequests: number };
  readonly beta: { readonly actions: Readonly<Record<string, readonly ActionDef[]>> };
}

export const CONTRACT = contractJson as unknown as Contract;

export interface GraphRequest {
  readonly method: string;
  readonly version: 'v1.0' | 'beta';
  /** Relative to the version, with its query: `/me/messages/AAMk…?$select=subject`. */
  readonly url: string;
  readonly body?: unknown;
}

/** What a request addresses once its path is resolved. */
export type Target =
  | { readonly kind: 'entity'; readonly type: string }
  | { readonly kind: 'collection'; readonly type: string }
  | { readonly kind: 'property'; readonly type: string }
  | { readonly kind: 'action'; readonly name: string; readonly action: ActionDef }
  | { readonly kind: 'batch' };

const collectionOf = (type: string) => /^Collection\((.+)\)$/.exec(type)?.[1] ?? null;
const elementType = (type: string) => collectionOf(type) ?? type;

/** A type and its base types, most derived first. */
function lineage(contract: Contract, typeName: string): TypeDef[] {
  const chain: TypeDef[] = [];
  for (let name: string | undefined = typeName; name !== undefined; ) {
    const type: TypeDef | undefined = contract.types[name];
    if (type === undefined) break;
    chain.push(type);
    name = type.baseType;
  }
  return chain;
}

/** The declared type of a structural or navigation property (inherited ones included), or null. */
export function memberType(contract: Contract, typeName: string, member: string): string | null {
  for (const type of lineage(contract, typeName)) {
    const property = type.properties[member];
    if (property !== undefined) return property;
    const navigation = type.navigationProperties?.[member];
    if (navigation !== undefined) return navigation.type;
  }
  return null;
}

function isSubtypeOf(contract: Contract, typeName: string, base: string): boolean {
  let name: string | undefined = typeName;
  while (name !== undefined) {
    if (name === base) return true;
    name = contract.types[name]?.baseType;
  }
  return false;
}

function boundAction(contract: Contract, version: GraphRequest['version'], segment: string, bindingType: string): { name: string; action: ActionDef } | null {
  const name = segment.startsWith('microsoft.graph.') ? segment : `microsoft.graph.${segment}`;
  const candidates = [...(version === 'beta' ? (contract.beta.actions[name] ?? []) : []), ...(contract.actions[name] ?? [])];
  const action = candidates.find((a) => a.bindingType !== null && (a.bindingType === bindingType || isSubtypeOf(contract, bindingType, a.bindingType)));
  return action === undefined ? null : { name, action };
}

/** Resolves a path segment by segment; problems say which segment does not resolve, and why. */
export function resolvePath(contract: Contract, version: GraphRequest['version'], path: string): { target: Target | null; problems: string[] } {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, ...rest] = segments;
  if (first === undefined) return { target: null, problems: ['empty path'] };
  if (first === '$batch') return rest.length === 0 ? { target: { kind: 'batch' }, problems: [] } : { target: null, problems: ['nothing may follow $batch'] };
  let target: Target;
  const singleton = contract.container.singletons[first];
  const entitySet = contract.container.entitySets[first];
  if (singleton !== undefined) target = { kind: 'entity', type: singleton };
  else if (entitySet !== undefined) target = { kind: 'collection', type: entitySet };
  else return { target: null, problems: [`"${first}" is neither a singleton nor an entity set of the service`] };

  let previous = first;
  for (const segment of rest) {
    if (target.kind === 'collection') {
      const action = boundAction(contract, version, segment, `Collection(${target.type})`);
      if (action !== null) {
        target = { kind: 'action', ...action };
      } else if (previous === 'mailFolders' && !contract.wellKnownFolderNames.names.includes(segment.toLowerCase()) && segment !== '{id}') {
        return { target: null, problems: [`"${segment}" is not a documented well-known mail folder name`] };
      } else {
        // Any other segment after a collection is the key of one of its members.
        target = { kind: 'entity', type: target.type };
      }
    } else if (target.kind === 'entity') {
      const member = memberType(contract, target.type, segment);
      if (member !== null) {
        const element = collectionOf(member);
        const isEntity = contract.types[elementType(member)]?.kind === 'entity';
        target = element !== null && isEntity ? { kind: 'collection', type: element } : isEntity ? { kind: 'entity', type: member } : { kind: 'property', type: member };
      } else {
        const action = boundAction(contract, version, segment, target.type);
        if (action === null) return { target: null, problems: [`"${segment}" is not a property, navigation property or bound action of ${target.type}`] };
        target = { kind: 'action', ...action };
      }
    } else {
      return { target: null, problems: [`nothing may follow "${previous}"`] };
    }
    previous = segment;
  }
  return { target, problems: [] };
}

const FILTER_WORDS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'and', 'or', 'not', 'has', 'in', 'add', 'sub', 'mul', 'div', 'mod', 'true', 'false', 'null', 'asc', 'desc']);
const FILTER_FUNCTIONS = new Set(['startswith', 'endswith', 'contains', 'substring', 'tolower', 'toupper', 'trim', 'length', 'indexof', 'concat', 'year', 'month', 'day', 'hour', 'minute', 'second', 'date', 'time', 'now', 'any', 'all']);

/** A property path (`from/emailAddress/address`) resolved on a type; null when a step is missing. */
export function resolvePropertyPath(contract: Contract, typeName: string, path: string): string | null {
  let type = typeName;
  for (const step of path.split('/')) {
    const member = memberType(contract, elementType(type), step);
    if (member === null) return null;
    type = member;
  }
  return type;
}

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
      if (tail.length > 0 && resolvePropertyPath(contract, variableType, tail.join('/')) === null) problems.push(`$filter: "${tail.join('/')}" is not a property of ${variableType}`);
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
  return leading.join(',') === ordered.join(',') ? [] : [`$orderby ${ordered.join(',')} must lead the $filter (it starts with ${leading.join(',') || 'nothing'}): Graph answers 400 InefficientFilter`];
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
        for (const name of value.split(',').map((s) => s.trim())) if (memberType(contract, type, name) === null) problems.push(`$select: "${name}" is not a property of ${type}`);
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
          if ((direction !== undefined && direction !== 'asc' && direction !== 'desc') || extra.length > 0) problems.push(`$orderby: "${item.trim()}" is not "property [asc|desc]"`);
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

function enumValueProblems(contract: Contract, enumName: string, value: unknown, where: string): string[] {
  const definition = contract.enums[enumName];
  if (definition === undefined) return [];
  if (typeof value !== 'string') return [`${where}: ${enumName} must be a string`];
  const members = definition.isFlags ? value.split(',').map((s) => s.trim()) : [value];
  return members.filter((m) => !definition.members.includes(m)).map((m) => `${where}: "${m}" is not a member of ${enumName} (${definition.members.join(', ')})`);
}

function actionBodyProblems(contract: Contract, name: string, action: ActionDef, body: unknown): string[] {
  if (action.requestBody === 'none') return body === undefined || body === null ? [] : [`${name}: the documentation says to supply no request body`];
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [`${name}: the body must be an object of parameters`];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    const declared = action.parameters[key];
    if (declared === undefined) {
      const caseOnly = Object.keys(action.parameters).find((p) => p.toLowerCase() === key.toLowerCase());
      problems.push(caseOnly ? `${name}: parameter "${key}" must be spelled "${caseOnly}"` : `${name}: "${key}" is not a parameter (${Object.keys(action.parameters).join(', ')})`);
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
    if (new Set(ids).size !== ids.length || !ids.every((id) => typeof id === 'string' && id !== '')) out.push('$batch: request ids must be unique non-empty strings');
    for (const item of inner as { method?: string; url?: string; body?: unknown }[]) {
      if (typeof item.url !== 'string' || !item.url.startsWith('/')) out.push(`$batch: inner url "${String(item.url)}" must be relative to the version, starting with /`);
      else out.push(...requestProblems({ method: item.method ?? '', version: request.version, url: item.url, body: item.body }, contract).map((p) => `$batch item: ${p}`));
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

// ---------------------------------------------------------------------------------------------
// Responses

function valueProblems(contract: Contract, type: string, value: unknown, where: string): string[] {
  if (value === null) return [];
  const element = collectionOf(type);
  if (element !== null) return Array.isArray(value) ? value.flatMap((v, i) => valueProblems(contract, element, v, `${where}[${i}]`)) : [`${where}: must be an array (${type})`];
  switch (type) {
    case 'Edm.String':
      return typeof value === 'string' ? [] : [`${where}: must be a string`];
    case 'Edm.Boolean':
      return typeof value === 'boolean' ? [] : [`${where}: must be a boolean`];
    case 'Edm.Int32':
    case 'Edm.Int64':
      return Number.isInteger(value) ? [] : [`${where}: must be an integer`];
    case 'Edm.DateTimeOffset':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? [] : [`${where}: must be an ISO 8601 date-time with offset`];
  }
  if (contract.enums[type] !== undefined) return enumValueProblems(contract, type, value, where);
  if (contract.types[type] !== undefined) return entityProblems(contract, type, value, where);
  return [];
}

/**
 * Every property of `value` must be declared on `type` (or be an @odata annotation) and hold its
 * declared type. `open`: a request body, which may give an open extension dynamic properties;
 * responses of ours never carry undeclared ones.
 */
export function entityProblems(contract: Contract, type: string, value: unknown, where = type, { open = false } = {}): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${where}: must be an object (${type})`];
  const chain = lineage(contract, type);
  const followed = !chain.some((t) => t.propertyTypesNotFollowed);
  // message, user and organization are open types in the CSDL too, but the documented way to add
  // data of one's own to them is an extension or an extended property: only extensions take
  // dynamic properties here.
  const dynamicAllowed = open && chain.some((t) => t.openType === true) && isSubtypeOf(contract, type, 'microsoft.graph.extension');
  const problems: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    if (key.startsWith('@odata.') || key.includes('@odata.')) continue;
    const declared = memberType(contract, type, key);
    if (declared === null && dynamicAllowed) continue;
    if (declared === null) problems.push(`${where}.${key}: not a property of ${type}`);
    else if (followed) problems.push(...valueProblems(contract, declared, member, `${where}.${key}`));
  }
  return problems;
}

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
  const allowed = new Set(['id', ...select.split(','), ...(url.searchParams.get('$expand') ?? '').split(',').map((e) => e.split('(')[0] ?? '')].map((s) => s.trim()));
  return Object.keys(body).filter((key) => !allowed.has(key) && !key.startsWith('@odata.')).map((key) => `"${key}" returned but not $select-ed`);
}
