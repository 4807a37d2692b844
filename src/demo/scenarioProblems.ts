import * as v from 'valibot';
import type { MessageKey } from '../i18n/en';
import type { MessageValues } from '../i18n/translator';

/**
 * A scenario validation problem in a form the demo can say in the UI language: the field's path,
 * a catalog key, and the values it needs. Valibot's own messages are English and, for a union of
 * objects, contradict themselves ("Expected Object but received Object"); here a union failure
 * names its alternatives' own problems instead.
 */
export interface ScenarioProblem {
  readonly path: string;
  readonly key: MessageKey;
  /** Type names (`string`, `Object`, …) or literal values (`"Outlook"`), shown in the UI language. */
  readonly expected?: readonly string[];
  /** What the file has, as valibot prints it (`5`, `"Nope"`, `Object`). */
  readonly received?: string;
  readonly limit?: string;
}

type Issue = v.BaseIssue<unknown>;

/** `(string | Object)` → ['string', 'Object']; `("a" | "b")` → ['"a"', '"b"']. */
function alternatives(expected: string | null): string[] {
  if (!expected) return [];
  return expected
    .replace(/[()]/g, '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

function describe(issue: Issue, path: string): ScenarioProblem[] {
  const received = issue.received;
  if (received === 'undefined') return [{ path, key: 'demo.problem.missing' }];
  if (issue.type === 'union' && issue.issues?.length) {
    // Each alternative's own problems inside the value (their paths are relative to it); the
    // union line says why they are listed.
    const nested = issue.issues.flatMap((sub) => {
      const inner = v.getDotPath(sub);
      return inner ? describe(sub, `${path}.${inner}`) : [];
    });
    if (nested.length) return [{ path, key: 'demo.problem.noForm' }, ...nested];
  }
  switch (issue.type) {
    case 'picklist':
    case 'literal':
      return [{ path, key: 'demo.problem.oneOf', expected: alternatives(issue.expected), received }];
    case 'regex':
      return [{ path, key: 'demo.problem.id', received }];
    case 'iso_timestamp':
      return [{ path, key: 'demo.problem.isoTime', received }];
    case 'integer':
      return [{ path, key: 'demo.problem.integer', received }];
    case 'min_value':
      return [{ path, key: 'demo.problem.min', limit: (issue.expected ?? '').replace(/^>=/, ''), received }];
    case 'max_value':
      return [{ path, key: 'demo.problem.max', limit: (issue.expected ?? '').replace(/^<=/, ''), received }];
    default:
      return issue.kind === 'schema'
        ? [{ path, key: 'demo.problem.type', expected: alternatives(issue.expected), received }]
        : [{ path, key: 'demo.problem.invalid', received }];
  }
}

/** One problem per field (duplicates dropped), in document order. */
export function describeIssues(issues: readonly Issue[]): ScenarioProblem[] {
  const seen = new Set<string>();
  return issues
    .flatMap((issue) => describe(issue, v.getDotPath(issue) ?? '(root)'))
    .filter((p) => {
      const id = `${p.path} ${p.key}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}

const TYPE_WORDS: Readonly<Record<string, MessageKey>> = {
  string: 'demo.type.string',
  number: 'demo.type.number',
  boolean: 'demo.type.boolean',
  Object: 'demo.type.object',
  Array: 'demo.type.array',
};

/** The problem as a sentence in the UI language (its path is shown beside it). */
export function problemText(problem: ScenarioProblem, t: (key: MessageKey, values?: MessageValues) => string, lang: 'en' | 'ru'): string {
  const word = (token: string) => (TYPE_WORDS[token] ? t(TYPE_WORDS[token]) : token);
  const list = (tokens: readonly string[]) => new Intl.ListFormat(lang, { type: 'disjunction' }).format(tokens.map(word));
  return t(problem.key, {
    expected: list(problem.expected ?? []),
    received: problem.received === undefined ? '' : word(problem.received),
    limit: problem.limit ?? '',
  });
}
