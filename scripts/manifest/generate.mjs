#!/usr/bin/env node
// `npm run manifests`: writes manifest.xml, manifest.json and manifest.ru-RU.json at the repo root
// from scripts/manifest/source.cjs, with the development URLs (https://localhost:3000).
// `--check` only compares and exits 1 when a committed file is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import emit from './emit.cjs';
import source from './source.cjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const check = process.argv.includes('--check');
// The committed manifests carry no client id: a developer's registration stays out of the repo.
const files = emit.manifestFiles(source.DEV_BASE_URL, { clientId: null });
let stale = 0;
for (const [name, contents] of Object.entries(files)) {
  const file = join(repoRoot, name);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === contents) continue;
  if (check) {
    console.error(`${name} is out of date: run npm run manifests`);
    stale++;
  } else {
    writeFileSync(file, contents);
    console.log(`wrote ${name}`);
  }
}
process.exit(stale ? 1 : 0);
