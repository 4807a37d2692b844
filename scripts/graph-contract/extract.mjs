#!/usr/bin/env node
/**
 * Regenerates test/contract/graph-contract.json: the part of Microsoft Graph's published v1.0
 * metadata (CSDL) that the add-in touches, plus the beta recall action, which the v1.0 metadata
 * does not have and is taken from its documentation page.
 *
 *   node scripts/graph-contract/extract.mjs <msgraph-metadata git dir> [<recall doc .md>] [<recall doc commit>]
 *
 * The first argument is a clone (bare or not) of https://github.com/microsoftgraph/msgraph-metadata;
 * the file read is `clean_v10_metadata/cleanMetadata.xml` at its HEAD, whose commit is recorded in
 * the fixture. The recall page (api-reference/beta/api/message-recall.md of
 * microsoftgraph/microsoft-graph-docs-contrib) is optional: without it the beta section already in
 * the fixture is kept. The mailFolder well-known names come from api-reference/v1.0/resources/
 * mailfolder.md of the same docs repository and are kept in WELL_KNOWN_FOLDERS below.
 * Needs the network-fetched clones, so it is not part of `npm test`; the contract tests read
 * only the committed fixture.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';

const METADATA_PATH = 'clean_v10_metadata/cleanMetadata.xml';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'contract', 'graph-contract.json');

/** Types the add-in reads or writes; complex and enum types their properties use are added. */
const ROOT_TYPES = [
  'message',
  'mailFolder',
  'organization',
  'verifiedDomain',
  'mailTips',
  'mailTipsType',
  'recipientScopeType',
  'recipient',
  'emailAddress',
  'itemBody',
  'internetMessageHeader',
  'singleValueLegacyExtendedProperty',
  'multiValueLegacyExtendedProperty',
  'openTypeExtension',
  'extension',
  'attachment',
];
/** Kept for their navigation properties and bound actions only; their many properties' types are not followed. */
const SHALLOW_TYPES = ['user'];
/** Bound actions and functions kept, by name (all overloads), plus every one bound to message or mailFolder. */
const OPERATIONS = ['getMailTips'];
const OPERATIONS_BOUND_TO = ['message', 'mailFolder'];
/** Entity sets and singletons kept from the container. */
const CONTAINER = ['me', 'users', 'organization'];

/** api-reference/v1.0/resources/mailfolder.md, "Well-known folder names" (commit 4e38ed8c). */
const WELL_KNOWN_FOLDERS = {
  source: {
    repo: 'microsoftgraph/microsoft-graph-docs-contrib',
    path: 'api-reference/v1.0/resources/mailfolder.md',
    commit: '4e38ed8c6596121d0121ac8ad1cb2930bc8f7434',
  },
  note: 'Usable instead of a folder id in /me/mailFolders/{id}; they work regardless of the mailbox locale.',
  names: [
    'archive',
    'clutter',
    'conflicts',
    'conversationhistory',
    'deleteditems',
    'drafts',
    'inbox',
    'junkemail',
    'localfailures',
    'msgfolderroot',
    'outbox',
    'recoverableitemsdeletions',
    'scheduled',
    'searchfolders',
    'sentitems',
    'serverfailures',
    'syncissues',
  ],
};

const DOCS = 'microsoftgraph/microsoft-graph-docs-contrib';
/**
 * Error codes the client and the simulated tenant may meet, each with where it is stated. Body
 * shape: `{ "error": { "code", "message", "innerError"? } }` (concepts/errors.md). `observed`
 * codes are those Graph's mail API answers in practice but no Microsoft reference page lists;
 * they are recorded so that nothing relies on them silently.
 */
const ERRORS = {
  shape: {
    source: { repo: DOCS, path: 'concepts/errors.md', commit: '02b4cba04d0426b41fe35819922b100050c5c441' },
    required: ['code', 'message'],
    optional: ['innerError', 'innererror', 'target', 'details'],
  },
  codes: {
    ...Object.fromEntries(
      [
        'accessDenied',
        'activityLimitReached',
        'extensionError',
        'generalException',
        'invalidRange',
        'invalidRequest',
        'itemNotFound',
        'malwareDetected',
        'nameAlreadyExists',
        'notAllowed',
        'notSupported',
        'resourceModified',
        'resyncRequired',
        'serviceNotAvailable',
        'syncStateNotFound',
        'quotaLimitReached',
        'unauthenticated',
      ].map((code) => [code, { documented: `${DOCS} concepts/errors.md (basic codes)` }]),
    ),
    TooManyRequests: { status: 429, documented: `${DOCS} concepts/throttling.md (429 example)` },
    InefficientFilter: {
      status: 400,
      documented: `${DOCS} api-reference/v1.0/api/user-list-messages.md ("Using filter and orderby in the same query", commit 09017fe3)`,
    },
    MailboxNotEnabledForRESTAPI: {
      status: 404,
      documented: 'learn.microsoft.com/exchange/troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error (KB 4462988)',
    },
    MailboxNotSupportedForRESTAPI: {
      status: 404,
      documented: 'learn.microsoft.com/exchange/troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error (KB 4462988)',
    },
    ErrorItemNotFound: {
      status: 404,
      observed: 'Exchange code in mail API answers ("The specified object was not found in the store."); no reference page lists it',
    },
    ErrorAccessDenied: { status: 403, observed: 'Exchange code in mail API answers; no reference page lists it' },
    ErrorInvalidIdMalformed: {
      status: 400,
      observed: 'Exchange code for a malformed item id; beta message-recall.md documents only "400 Bad request" for an invalid id',
    },
    ApplicationThrottled: {
      status: 429,
      observed: 'Outlook service code for a mailbox over its concurrency limit (throttling-limits.md states the limit, not the code)',
    },
    ResourceNotFound: { status: 404, observed: 'code of a path segment Graph does not resolve ("Resource not found for the segment …")' },
    InvalidAuthenticationToken: { status: 401, observed: 'code of a missing or invalid bearer token' },
  },
};

/** concepts/json-batching.md and throttling-limits.md ("Outlook service limits for JSON batching"). */
const BATCH = {
  maxRequests: 20,
  responsesInAnyOrder: true,
  outlookConcurrentInnerRequests: 4,
  sources: [
    { repo: DOCS, path: 'concepts/json-batching.md' },
    { repo: DOCS, path: 'concepts/throttling-limits.md', commit: '01351749d65ac935c5cc9d2c9c1e83fffd608016' },
  ],
};

function main() {
  const [gitDir, recallDoc, recallDocCommit] = process.argv.slice(2);
  if (!gitDir) {
    console.error('usage: node scripts/graph-contract/extract.mjs <msgraph-metadata git dir> [<message-recall.md> <its commit>]');
    process.exit(2);
  }
  const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const commit = git('rev-parse', 'HEAD').trim();
  const committedAt = git('log', '-1', '--format=%cI', 'HEAD').trim();
  // The file starts with a byte order mark, which the XML parser reports as content outside the root.
  const xml = git('show', `HEAD:${METADATA_PATH}`).replace(/^\uFEFF/, '');
  const schema = readSchema(xml);

  const types = {};
  const enums = {};
  const queue = [...ROOT_TYPES.map((name) => ({ name, follow: true })), ...SHALLOW_TYPES.map((name) => ({ name, follow: false }))];
  const seen = new Set();
  while (queue.length > 0) {
    const { name, follow } = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    const element = schema.types.get(name);
    if (element === undefined) throw new Error(`type ${name} not in the metadata`);
    if (element.localName === 'EnumType') {
      enums[`microsoft.graph.${name}`] = {
        isFlags: element.getAttribute('IsFlags') === 'true',
        members: children(element, 'Member').map((m) => m.getAttribute('Name')),
      };
      continue;
    }
    const baseType = qualify(element.getAttribute('BaseType'));
    const properties = {};
    for (const p of children(element, 'Property')) properties[p.getAttribute('Name')] = qualify(p.getAttribute('Type'));
    const navigationProperties = {};
    for (const p of children(element, 'NavigationProperty')) {
      navigationProperties[p.getAttribute('Name')] = { type: qualify(p.getAttribute('Type')), containsTarget: p.getAttribute('ContainsTarget') === 'true' };
    }
    types[`microsoft.graph.${name}`] = {
      kind: element.localName === 'EntityType' ? 'entity' : 'complex',
      ...(baseType ? { baseType } : {}),
      ...(element.getAttribute('Abstract') === 'true' ? { abstract: true } : {}),
      ...(element.getAttribute('OpenType') === 'true' ? { openType: true } : {}),
      ...(follow ? {} : { propertyTypesNotFollowed: true }),
      properties,
      ...(Object.keys(navigationProperties).length > 0 ? { navigationProperties } : {}),
    };
    const referenced = follow ? Object.values(properties) : [];
    if (baseType) referenced.push(baseType);
    for (const type of referenced) {
      const local = graphLocal(type);
      if (local !== null && schema.types.has(local)) queue.push({ name: local, follow });
    }
  }

  const actions = {};
  for (const op of schema.operations) {
    const name = op.getAttribute('Name');
    const params = children(op, 'Parameter');
    const binding = op.getAttribute('IsBound') === 'true' ? qualify(params[0]?.getAttribute('Type')) : null;
    const boundLocal = binding ? graphLocal(binding) : null;
    if (!OPERATIONS.includes(name) && !OPERATIONS_BOUND_TO.includes(boundLocal)) continue;
    const returnType = children(op, 'ReturnType')[0];
    const entry = {
      kind: op.localName === 'Action' ? 'action' : 'function',
      bindingType: binding,
      parameters: Object.fromEntries(params.slice(binding ? 1 : 0).map((p) => [p.getAttribute('Name'), qualify(p.getAttribute('Type'))])),
      ...(returnType ? { returnType: qualify(returnType.getAttribute('Type')) } : {}),
    };
    (actions[`microsoft.graph.${name}`] ??= []).push(entry);
  }

  const container = { singletons: {}, entitySets: {} };
  for (const item of schema.container) {
    const name = item.getAttribute('Name');
    if (!CONTAINER.includes(name)) continue;
    if (item.localName === 'Singleton') container.singletons[name] = qualify(item.getAttribute('Type'));
    else container.entitySets[name] = qualify(item.getAttribute('EntityType'));
  }

  const previous = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : {};
  const beta = recallDoc ? betaFromRecallDoc(readFileSync(recallDoc, 'utf8'), recallDocCommit) : previous.beta;
  if (beta === undefined) throw new Error('no beta section: pass the message-recall.md page and its commit');

  const fixture = {
    $comment: 'Generated by scripts/graph-contract/extract.mjs; do not edit by hand.',
    source: { repo: 'microsoftgraph/msgraph-metadata', path: METADATA_PATH, commit, committedAt },
    container,
    types: sortKeys(types),
    enums: sortKeys(enums),
    actions: sortKeys(actions),
    wellKnownFolderNames: WELL_KNOWN_FOLDERS,
    errors: ERRORS,
    batch: BATCH,
    beta,
  };
  writeFileSync(OUT, `${JSON.stringify(fixture, null, 2)}\n`);
  console.log(
    `wrote ${OUT}: ${Object.keys(types).length} types, ${Object.keys(enums).length} enums, ${Object.keys(actions).length} operations (metadata ${commit.slice(0, 10)})`,
  );
}

/** The beta `recall` action as its documentation page states it (no request body; 202 with a string). */
function betaFromRecallDoc(markdown, commit) {
  const paths = [...markdown.matchAll(/^POST (\/me\/\S+\/recall)$/gm)].map((m) => m[1]);
  const example = /HTTP\/1\.1 202 Accepted[\s\S]*?\n\n(\{[\s\S]*?\n\})/.exec(markdown)?.[1];
  if (paths.length === 0 || example === undefined) throw new Error('message-recall.md: request path or 202 example not found');
  if (!/Don't supply a request body/.test(markdown)) throw new Error('message-recall.md: the "no request body" sentence changed; check the page');
  return {
    actions: {
      'microsoft.graph.recall': [
        {
          kind: 'action',
          bindingType: 'microsoft.graph.message',
          parameters: {},
          paths,
          requestBody: 'none',
          success: { status: 202, body: 'string', documentedExample: example },
          documentedErrors: [{ status: 400, when: 'the id is invalid' }],
          source: { repo: 'microsoftgraph/microsoft-graph-docs-contrib', path: 'api-reference/beta/api/message-recall.md', commit: commit ?? 'unknown' },
        },
      ],
    },
  };
}

function readSchema(xml) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const schemaElement = [...doc.getElementsByTagName('Schema')].find((s) => s.getAttribute('Namespace') === 'microsoft.graph');
  if (schemaElement === undefined) throw new Error('no microsoft.graph schema');
  const types = new Map();
  const operations = [];
  const container = [];
  for (const child of elementChildren(schemaElement)) {
    if (['EntityType', 'ComplexType', 'EnumType'].includes(child.localName)) types.set(child.getAttribute('Name'), child);
    else if (child.localName === 'Action' || child.localName === 'Function') operations.push(child);
    else if (child.localName === 'EntityContainer')
      container.push(...elementChildren(child).filter((c) => c.localName === 'Singleton' || c.localName === 'EntitySet'));
  }
  return { types, operations, container };
}

const elementChildren = (element) => [...element.childNodes].filter((n) => n.nodeType === 1);
const children = (element, localName) => elementChildren(element).filter((c) => c.localName === localName);

/** `graph.x` / `Collection(graph.x)` → the full `microsoft.graph.x` form. */
function qualify(type) {
  if (!type) return null;
  return type.replace(/(^|\()graph\./, '$1microsoft.graph.');
}

/** The local name of a microsoft.graph type (collections unwrapped), or null for Edm and others. */
function graphLocal(type) {
  const match = /^(?:Collection\()?microsoft\.graph\.([A-Za-z0-9_]+)\)?$/.exec(type ?? '');
  return match ? match[1] : null;
}

function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}

main();
