// `npm test`: every check a change must pass, in order, stopping at the first failure.
// Ends with one line "tests: N passed, N failed" counting jest and Playwright tests together.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

const stages = [
  ['type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  // Formatting is Prettier's (.prettierrc.json); `npm run format` fixes what this reports.
  ['format', 'npx', ['prettier', '--check', '.']],
  ['manifests up to date', 'node', ['scripts/manifest/generate.mjs', '--check']],
  // The committed PNG icons are what their SVGs (assets/icon.svg, icon-16.svg) render to.
  ['icons up to date', 'node', ['scripts/make-icons.mjs', '--check']],
  // Both manifests (XML: vendored XSDs; unified JSON: @microsoft/app-manifest schemas), dev URLs.
  ['manifests (offline, development)', 'node', ['scripts/validate-manifest.mjs']],
  ['config and scenario schemas up to date', 'npx', ['tsx', 'scripts/json-schemas.ts', '--check']],
  ['unit + component tests', 'npx', ['jest', '--ci', '--json', '--outputFile=test-results/jest.json']],
  // Built for a stand-in HTTPS host so the production manifest checks (https, no localhost) apply.
  ['production build', 'npx', ['webpack', '--mode', 'production'], { ADDIN_BASE_URL: 'https://recall-assistant.example.com' }],
  ['production manifests (offline)', 'node', ['scripts/validate-manifest.mjs', 'dist', '--production']],
  ['bundle budget', 'node', ['scripts/size.mjs', '--check']],
  ['demo build', 'npx', ['webpack', '--mode', 'production', '--env', 'demo']],
  ['e2e tests (Chromium)', 'npm', ['run', 'test:e2e', '--silent']],
];

const started = Date.now();
for (const [name, command, args, env = {}] of stages) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds}s`);
    printTotals(true);
    process.exit(run.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
printTotals(false);

function printTotals(failedStage) {
  let passed = 0;
  let failed = failedStage ? 1 : 0;
  if (existsSync('test-results/jest.json')) {
    const jest = JSON.parse(readFileSync('test-results/jest.json', 'utf8'));
    passed += jest.numPassedTests;
    failed += jest.numFailedTests;
  }
  if (existsSync('test-results/e2e.json')) {
    const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
    passed += e2e.stats?.expected ?? 0;
    failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
  }
  console.log(`tests: ${passed} passed, ${failed} failed`);
}
