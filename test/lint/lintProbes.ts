import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * ESLint loads eslint.config.mjs with a dynamic import, which jest's module sandbox refuses
 * without --experimental-vm-modules; so the ESLint Node API runs in a child Node process, on the
 * repository's real config, once for every probe a test file registers (virtual files: the paths
 * decide which config blocks apply, nothing is written to disk).
 */
const LINT_PROBES = `
import { ESLint } from 'eslint';
const [probes, ruleIds] = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { filePath, code } of probes) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(result.messages.filter((m) => ruleIds.includes(m.ruleId)).map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
`;

/**
 * Lint probes for one test file: `probe(filePath, code)` registers a file and returns how to read
 * the messages of `ruleIds` reported for it, inside a test (all probes are linted in one beforeAll).
 */
export function lintProbes(ruleIds: readonly string[]): (filePath: string, code: string) => () => string[] {
  const probes: { filePath: string; code: string }[] = [];
  let answers: string[][] | null = null;
  beforeAll(() => {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', LINT_PROBES, JSON.stringify([probes, ruleIds])], {
      cwd: path.resolve(__dirname, '../..'),
      encoding: 'utf8',
    });
    answers = JSON.parse(output) as string[][];
  }, 60_000);
  return (filePath, code) => {
    const index = probes.push({ filePath, code }) - 1;
    return () => {
      const messages = answers?.[index];
      if (messages === undefined) throw new Error('probe not linted');
      return messages;
    };
  };
}
