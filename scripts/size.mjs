// `npm run size`: gzip size of the JS the production task pane loads at start (the scripts
// taskpane.html references), and of each lazily loaded chunk; then what the first render needs:
// the initial JS plus the active language's catalog (i18n-<lang>, fetched while Office starts).
// Then the Send runtime, which every Send of every user where the safety window is on waits for
// (docs/safety-window.md): launchevent.js, the one file classic Outlook's JavaScript-only runtime
// loads, and launchevent.html's script with the chunks it may load (MSAL, when a Send needs a token).
// `--check` fails when the task pane's initial JS is above the budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const AIM_KB = 130;
const dir = process.argv.find((a) => !a.startsWith('-') && a !== process.argv[0] && a !== process.argv[1]) ?? 'dist';
const html = join(dir, 'taskpane.html');
if (!existsSync(html)) {
  console.error(`${html} not found: run \`npm run build\` first.`);
  process.exit(1);
}
const initial = [...readFileSync(html, 'utf8').matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
const gz = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

let initialBytes = 0;
console.log('Initial JS of taskpane.html (gzip):');
for (const file of initial) {
  const size = gz(file);
  initialBytes += size;
  console.log(`  ${file.padEnd(40)} ${kb(size).padStart(7)} KB`);
}
const lazy = readdirSync(dir).filter((f) => f.endsWith('.js') && !initial.includes(f) && !/^(demo|authdialog|mockServiceWorker|launchevent)/.test(f));
if (lazy.length > 0) console.log('Lazily loaded chunks (gzip):');
for (const file of lazy) console.log(`  ${file.padEnd(40)} ${kb(gz(file)).padStart(7)} KB`);
console.log(`taskpane initial JS: ${kb(initialBytes)} KB gzip (budget ${BUDGET_KB} KB, aim ${AIM_KB} KB)`);
for (const file of lazy.filter((f) => /^i18n-/.test(f))) {
  console.log(`  first render in ${file.split('.')[0].slice('i18n-'.length)}: ${kb(initialBytes + gz(file))} KB gzip (initial + ${file})`);
}
if (process.argv.includes('--check') && initialBytes > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(initialBytes - BUDGET_KB * 1024)} KB.`);
  process.exit(1);
}

// The Send runtime. Aim: 50 KB gzip (issue 23); docs/dependencies.md says what keeps classic Outlook's file above it.
const SEND_AIM_KB = 50;
const pageHtml = join(dir, 'launchevent.html');
if (existsSync(pageHtml) && existsSync(join(dir, 'launchevent.js'))) {
  const pageScripts = [...readFileSync(pageHtml, 'utf8').matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const pageText = pageScripts.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
  // The chunks the page's webpack runtime can fetch: those whose content hash it names.
  const pageChunks = readdirSync(dir).filter((f) => {
    const hash = /\.([0-9a-f]{8})\.js$/.exec(f)?.[1];
    return hash !== undefined && !pageScripts.includes(f) && pageText.includes(`"${hash}"`);
  });
  const pageBytes = pageScripts.reduce((sum, file) => sum + gz(file), 0);
  const chunkBytes = pageChunks.reduce((sum, file) => sum + gz(file), 0);
  console.log(`Send runtime (gzip, aim ${SEND_AIM_KB} KB):`);
  console.log(`  launchevent.js, classic Outlook (one self-contained file) ${kb(gz('launchevent.js')).padStart(7)} KB`);
  console.log(`  launchevent.html's script (web, new Outlook, Mac)         ${kb(pageBytes).padStart(7)} KB  (${pageScripts.join(', ')})`);
  console.log(`    + when a Send needs a token (MSAL)                      ${kb(chunkBytes).padStart(7)} KB  (${pageChunks.join(', ')})`);
}
