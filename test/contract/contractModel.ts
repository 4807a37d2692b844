/**
 * Microsoft Graph's published contract as the checkers read it (requestChecks.ts,
 * responseChecks.ts): graph-contract.json, extracted by scripts/graph-contract/extract.mjs from
 * the v1.0 CSDL of microsoftgraph/msgraph-metadata and the beta recall's documentation page. It
 * knows OData's URL conventions, not our client: a path resolves segment by segment (singleton or
 * entity set, key, navigation or structural property, bound action), and property paths resolve
 * through base and complex types.
 *
 * Deliberately strict where Graph is lenient: open types (message is one) accept any dynamic
 * property in the metadata, but a response of ours may only carry declared ones, and a mail
 * folder key must be a documented well-known name (the client never uses folder ids).
 */
import contractJson from './graph-contract.json';

export interface TypeDef {
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
export interface ActionDef {
  readonly kind: 'action' | 'function';
  readonly bindingType: string | null;
  readonly parameters: Readonly<Record<string, string>>;
  readonly returnType?: string;
  readonly requestBody?: 'none';
  readonly success?: { readonly status: number; readonly body: 'string'; readonly documentedExample: string };
}
export interface Contract {
  readonly container: { readonly singletons: Readonly<Record<string, string>>; readonly entitySets: Readonly<Record<string, string>> };
  readonly types: Readonly<Record<string, TypeDef>>;
  readonly enums: Readonly<Record<string, EnumDef>>;
  readonly actions: Readonly<Record<string, readonly ActionDef[]>>;
  readonly wellKnownFolderNames: { readonly names: readonly string[] };
  readonly errors: {
    readonly shape: { readonly required: readonly string[]; readonly optional: readonly string[] };
    readonly codes: Readonly<Record<string, unknown>>;
  };
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

export const collectionOf = (type: string) => /^Collection\((.+)\)$/.exec(type)?.[1] ?? null;
export const elementType = (type: string) => collectionOf(type) ?? type;

/** A type and its base types, most derived first. */
export function lineage(contract: Contract, typeName: string): TypeDef[] {
  const chain: TypeDef[] = [];
  for (let name: string | undefined = typeName; name !== undefined;) {
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

export function isSubtypeOf(contract: Contract, typeName: string, base: string): boolean {
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
        target =
          element !== null && isEntity
            ? { kind: 'collection', type: element }
            : isEntity
              ? { kind: 'entity', type: member }
              : { kind: 'property', type: member };
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

export function enumValueProblems(contract: Contract, enumName: string, value: unknown, where: string): string[] {
  const definition = contract.enums[enumName];
  if (definition === undefined) return [];
  if (typeof value !== 'string') return [`${where}: ${enumName} must be a string`];
  const members = definition.isFlags ? value.split(',').map((s) => s.trim()) : [value];
  return members
    .filter((m) => !definition.members.includes(m))
    .map((m) => `${where}: "${m}" is not a member of ${enumName} (${definition.members.join(', ')})`);
}

export function valueProblems(contract: Contract, type: string, value: unknown, where: string): string[] {
  if (value === null) return [];
  const element = collectionOf(type);
  if (element !== null)
    return Array.isArray(value) ? value.flatMap((v, i) => valueProblems(contract, element, v, `${where}[${i}]`)) : [`${where}: must be an array (${type})`];
  switch (type) {
    case 'Edm.String':
      return typeof value === 'string' ? [] : [`${where}: must be a string`];
    case 'Edm.Boolean':
      return typeof value === 'boolean' ? [] : [`${where}: must be a boolean`];
    case 'Edm.Int32':
    case 'Edm.Int64':
      return Number.isInteger(value) ? [] : [`${where}: must be an integer`];
    case 'Edm.DateTimeOffset':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
        ? []
        : [`${where}: must be an ISO 8601 date-time with offset`];
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
