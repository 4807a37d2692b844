import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { docHeadings, docTexts, readPrivacyDoc, squeezed } from '../support/privacyDoc';
import { PROD_URL } from './support/urls';

/*
 * "Demo code never enters the production taskpane bundle" (docs/architecture.md,
 * "Layers"), checked on the built files
 * (no browser needed). Each marker is a string that survives minification; where the demo build is
 * present, every marker must be found there first, so the check can't pass by looking for
 * something that was never in any bundle. (`simulatedTenant` is a module name that minification
 * removes; it is checked too, as a tripwire for an unminified build.)
 */

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const DIST_DEMO = join(ROOT, 'dist-demo');

const MARKERS = [
  'mockServiceWorker', // demo.tsx registers ./mockServiceWorker.js
  'simulated-sent-item', // simulatedTenant.ts: SIMULATED_REST_ID
  'scenarioUrl', // demo.tsx: the ?scenarioUrl= parameter
  'large-list-', // scenarios/largeList.ts
  '[MSW]', // msw's own log prefix
  'INTEGRITY_CHECK_REQUEST', // msw's worker protocol
];
const UNMINIFIED_MARKERS = ['simulatedTenant', 'simulatedTenantHandlers', 'scenarioHost'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const scripts = (dir: string) => files(dir).filter((f) => /\.(m?js|cjs)$/.test(f) && !f.endsWith('.LICENSE.txt'));

test.describe('production build (dist/)', () => {
  test.beforeAll(() => {
    if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first.');
  });

  test('has no demo files and no mock service worker', () => {
    const all = files(DIST).map((f) => relative(DIST, f).split('\\').join('/'));
    expect(all).toContain('taskpane.html');
    expect(
      all.filter((f) => /(^|\/)demo[.-]/i.test(f) || /(^|\/)demo\//i.test(f)),
      'demo.* files',
    ).toEqual([]);
    expect(
      all.filter((f) => /mockServiceWorker/i.test(f)),
      'mockServiceWorker.js',
    ).toEqual([]);
  });

  test('no script contains demo or MSW code', () => {
    const found: string[] = [];
    for (const file of scripts(DIST)) {
      const text = readFileSync(file, 'utf8');
      for (const marker of [...MARKERS, ...UNMINIFIED_MARKERS]) if (text.includes(marker)) found.push(`${relative(ROOT, file)}: ${marker}`);
    }
    expect(found).toEqual([]);
  });

  test('the markers are real: each one is in the demo build', () => {
    test.skip(!existsSync(join(DIST_DEMO, 'demo.html')), 'dist-demo/ not built: nothing to compare with');
    const demoScripts = scripts(DIST_DEMO).map((f) => readFileSync(f, 'utf8'));
    const missing = MARKERS.filter((marker) => !demoScripts.some((text) => text.includes(marker)));
    expect(missing, 'markers not found in dist-demo (update MARKERS)').toEqual([]);
  });

  test('no script carries an ICU message parser: the catalogs arrive precompiled', () => {
    // An error kind of formatjs' parser, kept as a string by minification (it was in taskpane.*.js
    // while the pane parsed its messages at run time); scripts/webpack/icuCatalogLoader.cjs.
    const marker = 'EXPECT_ARGUMENT_CLOSING_BRACE';
    expect(readFileSync(join(ROOT, 'node_modules', '@formatjs', 'icu-messageformat-parser', 'index.js'), 'utf8')).toContain(marker);
    expect(
      scripts(DIST)
        .filter((file) => readFileSync(file, 'utf8').includes(marker))
        .map((file) => relative(ROOT, file)),
    ).toEqual([]);
  });

  test('taskpane.html loads only office.js from Microsoft and its own bundle, under a CSP', () => {
    const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
    const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(sources[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    for (const src of sources.slice(1)) expect(src).toMatch(/^[\w.-]+\.js$/);
    expect(sources.some((s) => /demo/i.test(s))).toBe(false);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' https:\/\/appsforoffice\.microsoft\.com[;"]/);
    expect(html).not.toMatch(/demo\.html/);
  });

  // The privacy statement users open from the manifests (privacyUrl) is docs/privacy.md, rendered
  // by the build (scripts/webpack/privacyPage.mjs): the two can't drift apart.
  test('privacy.html says what docs/privacy.md says: its headings in order, each block of its text', async ({ page }) => {
    const doc = readPrivacyDoc();
    await page.goto(`${PROD_URL}/privacy.html`);
    const headings = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((all) => all.map((h) => ({ level: Number(h.tagName.slice(1)), text: h.textContent ?? '' })));
    expect(headings.map((h) => ({ ...h, text: squeezed(h.text) }))).toEqual(docHeadings(doc));
    const text = squeezed((await page.locator('body').textContent()) ?? '');
    expect(docTexts(doc).filter((block) => !text.includes(block))).toEqual([]);
    expect(await page.locator('a[href$=".md"], a[href*=".md#"]').count()).toBe(0);
  });
});
