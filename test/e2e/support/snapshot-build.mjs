/* global process, console */
// Copies a build folder to a private snapshot before it is served for an e2e run, so a rebuild
// started meanwhile (webpack empties its output folder first) can't pull files from under a
// running suite. Each Playwright run gets its own folder (named after the runner's pid); folders
// of runs that have ended are removed.
// Usage: node test/e2e/support/snapshot-build.mjs <built-dir> <snapshot-root>/<pid>/<name>
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const [from, to] = process.argv.slice(2).map((p) => resolve(p));
if (!from || !to) {
  console.error('usage: snapshot-build.mjs <built-dir> <snapshot-root>/<pid>/<name>');
  process.exit(2);
}
if (!existsSync(from)) {
  console.error(`${from} does not exist: build it first.`);
  process.exit(1);
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};
const root = dirname(dirname(to));
const mine = basename(dirname(to));
if (existsSync(root)) {
  for (const name of readdirSync(root)) {
    if (name !== mine && /^\d+$/.test(name) && !alive(Number(name))) rmSync(join(root, name), { recursive: true, force: true });
  }
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
