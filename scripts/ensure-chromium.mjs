// Makes sure a Chromium that Playwright can drive is installed, before `playwright test`.
//
// `npx playwright install` cannot download on our machines (only the npm registry and Debian
// packages are reachable), so the e2e suite drives Debian's own Chromium. CI starts on a fresh
// machine: when the browser is missing this installs it with apt-get (as root), otherwise it only
// prints the version, which takes well under a second.
//
//   CHROMIUM_PATH  another Chromium binary to use (the Playwright config reads it too); it is
//                  never installed by this script, only checked.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';
const custom = process.env.CHROMIUM_PATH;
const path = custom && custom.trim() !== '' ? custom : DEFAULT_PATH;

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fail(lines) {
  console.error(['', ...lines.map((l) => `ensure-chromium: ${l}`), ''].join('\n'));
  process.exit(1);
}

function run(command, args) {
  console.log(`ensure-chromium: $ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.error) fail([`could not run ${command}: ${result.error.message}`]);
  if (result.status !== 0) fail([`${[command, ...args].join(' ')} exited with status ${result.status}.`]);
}

if (!executable(path)) {
  if (path !== DEFAULT_PATH) {
    fail([
      `CHROMIUM_PATH is set to ${path}, but there is no executable there.`,
      "Point CHROMIUM_PATH at an installed Chromium, or unset it to use Debian's /usr/bin/chromium",
      '(which this script installs when it is missing).',
    ]);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    fail([
      `${DEFAULT_PATH} is missing, and it can't be installed from here (${!hasApt ? 'no apt-get on this machine' : 'not running as root'}).`,
      'Install Chromium, then run the e2e tests again:',
      '    sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at an existing Chromium binary.',
      '(`npx playwright install` cannot download browsers on these machines.)',
    ]);
  }
  console.log(`ensure-chromium: ${DEFAULT_PATH} is missing; installing Debian's chromium package…`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  if (!executable(DEFAULT_PATH)) fail([`apt-get finished, but ${DEFAULT_PATH} is still missing.`]);
}

// Debian's launcher is a shell script that may print noise on stderr; only stdout has the version.
const version = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
const text = (version.stdout ?? '').trim();
if (version.status !== 0 || !/chrom/i.test(text)) {
  fail([
    `${path} --version failed (status ${version.status ?? version.signal ?? 'unknown'}):`,
    ...`${text}\n${version.stderr ?? ''}`
      .trim()
      .split('\n')
      .map((l) => `    ${l}`),
    'The browser is installed but does not start; reinstall it (apt-get install --reinstall chromium).',
  ]);
}
console.log(`ensure-chromium: using ${path} (${text})`);
