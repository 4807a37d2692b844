import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { DEMO_PORT, DEMO_URL, PROD_PORT, PROD_URL } from './test/e2e/support/urls';

/**
 * E2E in Debian's Chromium (`npx playwright install` cannot download here; scripts/ensure-chromium.mjs
 * installs the browser on a fresh machine). Two static servers: the demo build (dist-demo) and the
 * production build (dist), driven with a scripted Office.js stand-in.
 *
 * `npm test` builds both before Playwright runs. A bare `npx playwright test` rebuilds a folder only
 * when it is missing or older than the sources, so a stale bundle is never tested by accident.
 */

const SOURCES = ['src', 'assets', 'webpack.config.js', 'config.json', 'manifest.xml', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/**
 * Serves a snapshot of the build (artifacts/e2e-serve/<runner pid>/<dir>) rather than the folder
 * itself: a rebuild started during the run (webpack empties the output folder first), or another
 * run, then cannot break this one. Two runs at once need other ports: E2E_DEMO_PORT, E2E_PROD_PORT.
 */
function serveCommand(dir: string, marker: string, buildScript: string, port: number): string {
  const snapshot = join('artifacts', 'e2e-serve', String(process.pid), dir);
  const serve = `node test/e2e/support/snapshot-build.mjs ${dir} ${snapshot} && node scripts/serve.mjs ${snapshot} ${port}`;
  const built = join(dir, marker);
  const fresh = existsSync(built) && statSync(built).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
  if (fresh) return serve;
  // Said once, by the runner (workers load this file too).
  if (process.env.TEST_WORKER_INDEX === undefined) process.stderr.write(`e2e: ${dir}/ is missing or older than the sources; running \`npm run ${buildScript}\` first.\n`);
  return `npm run --silent ${buildScript} && ${serve}`;
}

export default defineConfig({
  testDir: 'test/e2e',
  // Traces, videos and failure screenshots; not test-results/, which `npm test` keeps jest.json in
  // (Playwright empties its output folder when a run starts).
  outputDir: 'artifacts/playwright-output',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // `list` for people; the JSON file is what scripts/test-all.mjs counts for its totals line.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: DEMO_URL,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--headless',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: serveCommand('dist-demo', 'demo.html', 'build:demo', DEMO_PORT),
      url: `${DEMO_URL}/demo.html`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: serveCommand('dist', 'taskpane.html', 'build', PROD_PORT),
      url: `${PROD_URL}/taskpane.html`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
