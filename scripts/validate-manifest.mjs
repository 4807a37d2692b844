#!/usr/bin/env node
/**
 * Offline manifest validation (npm run validate).
 *
 *   node scripts/validate-manifest.mjs [path] [--production] [--online]
 *
 * Without a path: checks manifest.xml (development rules, or production rules with
 * --production) and, when dist/manifest.xml exists, that one too with production rules.
 * --online additionally runs Microsoft's validator (`office-addin-manifest validate`), which
 * calls a web service: it fails without network access, so it is never part of the default run.
 * Exit code 1 when any check fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import checker from './manifest/checkManifest.cjs';

const { runManifestChecks } = checker;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function usage(message) {
  if (message) console.error(message);
  console.error('usage: node scripts/validate-manifest.mjs [path] [--production] [--online]');
  process.exit(2);
}

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const paths = args.filter((a) => !a.startsWith('--'));
for (const f of flags) if (!['--production', '--online', '--help'].includes(f)) usage(`unknown option ${f}`);
if (flags.has('--help')) usage();
if (paths.length > 1) usage('give at most one manifest path');

/** [{ file, production }] */
const targets = [];
if (paths.length === 1) {
  targets.push({ file: resolve(paths[0]), production: flags.has('--production') });
} else {
  targets.push({ file: join(repoRoot, 'manifest.xml'), production: flags.has('--production') });
  const dist = join(repoRoot, 'dist', 'manifest.xml');
  if (existsSync(dist)) targets.push({ file: dist, production: true });
}

let failed = false;
for (const { file, production } of targets) {
  const shown = relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    console.error(`${shown}: not found`);
    failed = true;
    continue;
  }
  // Icons are looked up relative to the manifest's folder (repo root, or dist/ for the build).
  const { problems, checks } = runManifestChecks(readFileSync(file, 'utf8'), { production, baseDir: dirname(file) });
  const mode = production ? ' [production]' : '';
  if (problems.length === 0) {
    console.log(`${shown}: OK (${checks} checks)${mode}`);
  } else {
    failed = true;
    console.error(`${shown}: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${checks} checks)${mode}`);
    for (const p of problems) console.error(`  ${p.code}: ${p.message}`);
  }
}

if (flags.has('--online') && !failed) {
  // Microsoft's validator: needs network access to its web service.
  const bin = join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-manifest.cmd' : 'office-addin-manifest');
  for (const { file } of targets) {
    console.log(`online validation of ${relative(process.cwd(), file) || file} (office-addin-manifest validate)…`);
    const run = spawnSync(bin, ['validate', file], { stdio: 'inherit' });
    if (run.error || run.status !== 0) {
      console.error(`online validation failed${run.error ? `: ${run.error.message}` : ` (exit code ${run.status})`}; it needs network access to Microsoft's validation service.`);
      failed = true;
    }
  }
}

process.exit(failed ? 1 : 0);
