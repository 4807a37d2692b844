#!/usr/bin/env node
/**
 * Offline validation of both manifests (npm run validate).
 *
 *   node scripts/validate-manifest.mjs [folder] [--production] [--online]
 *
 * A folder holds manifest.xml, manifest.json and its localization files (the repo root or a
 * build's dist/, where every page and script the manifests name must also exist). Without a folder: the repo root (development rules unless --production). XML: vendored XSDs (xmllint-wasm) + our own rules;
 * JSON: @microsoft/app-manifest's bundled schemas + our own rules (scripts/manifest/validate.cjs).
 * --online additionally runs Microsoft's validator (`office-addin-manifest validate`), which calls
 * a web service: it fails without network access, so it is never part of the default run.
 * Exit code 1 when any check fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import validation from './manifest/validate.cjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const folders = args.filter((a) => !a.startsWith('--'));
for (const f of flags) {
  if (!['--production', '--online'].includes(f)) {
    console.error(`unknown option ${f}\nusage: node scripts/validate-manifest.mjs [folder] [--production] [--online]`);
    process.exit(2);
  }
}

// A folder other than the repo root is a build (dist/): the pages and scripts the manifests name
// (taskpane.html, launchevent.html/.js, …) must be files in it.
const targets = folders.length
  ? folders.map((f) => ({ dir: resolve(f), production: flags.has('--production') }))
  : [{ dir: repoRoot, production: flags.has('--production') }];
const served = (dir) => dir !== repoRoot;

let failed = false;
const report = (file, production, problems) => {
  const shown = relative(process.cwd(), file) || file;
  const mode = production ? ' [production]' : '';
  if (problems.length === 0) return console.log(`${shown}: OK${mode}`);
  failed = true;
  console.error(`${shown}: ${problems.length} problem${problems.length === 1 ? '' : 's'}${mode}`);
  for (const p of problems) console.error(`  ${p.code}: ${p.message}`);
};

for (const { dir, production } of targets) {
  const xmlFile = join(dir, 'manifest.xml');
  const jsonFile = join(dir, 'manifest.json');
  for (const file of [xmlFile, jsonFile]) {
    if (!existsSync(file)) {
      console.error(`${relative(process.cwd(), file) || file}: not found`);
      failed = true;
    }
  }
  if (existsSync(xmlFile))
    report(xmlFile, production, await validation.validateXml(readFileSync(xmlFile, 'utf8'), { production, baseDir: dir, pagesServed: served(dir) }));
  if (existsSync(jsonFile)) {
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(jsonFile, 'utf8'));
    } catch (error) {
      report(jsonFile, production, [{ code: 'JSON_NOT_WELL_FORMED', message: error.message }]);
      continue;
    }
    const localizations = {};
    for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
      if (existsSync(join(dir, file))) localizations[file] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    }
    report(jsonFile, production, await validation.validateJson(manifest, localizations, { production, baseDir: dir, pagesServed: served(dir) }));
  }
}

if (flags.has('--online') && !failed) {
  // Microsoft's validator: needs network access to its web service.
  const bin = join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-manifest.cmd' : 'office-addin-manifest');
  for (const { dir } of targets) {
    const file = join(dir, 'manifest.xml');
    console.log(`online validation of ${relative(process.cwd(), file) || file} (office-addin-manifest validate)…`);
    const run = spawnSync(bin, ['validate', file], { stdio: 'inherit' });
    if (run.error || run.status !== 0) {
      console.error(
        `online validation failed${run.error ? `: ${run.error.message}` : ` (exit code ${run.status})`}; it needs network access to Microsoft's validation service.`,
      );
      failed = true;
    }
  }
}

process.exit(failed ? 1 : 0);
