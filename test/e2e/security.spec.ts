import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { openScenario } from './support/demo';
import { DEMO_URL, PROD_URL } from './support/urls';

/**
 * docs/architecture.md, "Quality bars the tests hold": no message content or addresses in logs, no tokens in storage, a CSP in
 * every page. A full demo run (check → native guide → alternatives → draft, then recall → tracking → tips → reload) with console and
 * Web Storage spied on from before any page script runs.
 */

interface Written {
  readonly channel: string;
  readonly key?: string;
  readonly text: string;
}

/** Runs in the page before its scripts: records every console call and storage write. */
function installSpies() {
  // Sent to the test as it happens, so writes made before a navigation are kept too.
  const report = (entry: Written) => void (globalThis as unknown as { __reportWrite: (e: Written) => Promise<void> }).__reportWrite(entry);
  const written = { push: report };
  const show = (value: unknown): string => {
    if (typeof value === 'string') return value;
    try {
      return value instanceof Error ? `${value.name}: ${value.message} ${value.stack ?? ''}` : (JSON.stringify(value) ?? String(value));
    } catch {
      return String(value);
    }
  };
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'] as const) {
    // The spy wraps the page's console; it writes nothing of its own.
    // eslint-disable-next-line no-console
    const original = console[method].bind(console) as (...args: unknown[]) => void;
    (console as unknown as Record<string, (...args: unknown[]) => void>)[method] = (...args: unknown[]) => {
      written.push({ channel: `console.${method}`, text: args.map(show).join(' ') });
      original(...args);
    };
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    written.push({ channel: this === window.localStorage ? 'localStorage' : 'sessionStorage', key, text: String(value) });
    return setItem.call(this, key, value);
  };
}

const SECRETS = ['demo-token', 'Salary review notes', 'boris.ivanov', 'maria.sokolova', 'dmitry.k', 'alex.morgan', 'contoso.com', 'gmail.com'];

test('a full demo run writes no address, subject or token to the console or Web Storage', async ({ page }) => {
  const written: Written[] = [];
  await page.exposeFunction('__reportWrite', (entry: Written) => void written.push(entry));
  await page.addInitScript(installSpies);
  await openScenario(page, 'gmail-among-internal', { lang: 'en' });
  const pane = page.locator('[data-pane]');

  // 1. Without recalling: Outlook's own command, then a please-delete draft to those it can't reach.
  await pane.getByRole('button', { name: 'Recall options' }).click();
  await pane.getByRole('button', { name: 'Continue' }).click();
  await pane.getByRole('button', { name: 'Use Outlook’s Recall command instead' }).click();
  await pane.getByRole('button', { name: 'Write to recipients' }).click();
  await expect(pane.getByRole('heading', { level: 2, name: 'Write to recipients' })).toBeVisible();
  await pane.getByRole('button', { name: 'Ask them to delete it: Open the message' }).click();
  await expect(pane.getByText('A new message is open in Outlook. Review it before sending.')).toBeVisible();

  // 2. The add-in recalls, then follows the reports until both colleagues' copies are gone.
  await openScenario(page, 'gmail-among-internal', { lang: 'en' });
  await pane.getByRole('button', { name: 'Recall options' }).click();
  await pane.getByRole('button', { name: 'Continue' }).click();
  await pane.getByRole('button', { name: 'Recall now' }).click();
  await expect(pane.getByRole('heading', { level: 2, name: 'Recall status' })).toBeVisible();
  await expect(pane.locator('[data-outcome="recalled"]')).toHaveCount(2, { timeout: 15_000 });
  const dismiss = pane.getByRole('button', { name: 'Got it, don’t show again' });
  if (await dismiss.isVisible()) await dismiss.click();

  // 3. Reopen the pane: the recall state is read back from the (simulated) mailbox.
  await page.reload();
  await page.locator('[data-overall-verdict]').waitFor({ state: 'attached' });

  // Also what is in storage now, whichever way it got there.
  const stored = await page.evaluate(() => [
    ...Object.entries(localStorage).map(([key, text]) => ({ channel: 'localStorage', key, text })),
    ...Object.entries(sessionStorage).map(([key, text]) => ({ channel: 'sessionStorage', key, text })),
  ]);
  // eslint-disable-next-line no-console
  console.log(`security: ${written.length} console/storage writes seen, ${stored.length} storage entries at the end`);

  for (const entry of [...written, ...stored]) {
    const all = `${entry.key ?? ''} ${entry.text}`;
    // The tenant's verified domains (organisational, not personal data: issue #15) are kept for
    // the session in sessionStorage: a JSON list of domain names, nothing else.
    const verifiedDomains = entry.channel === 'sessionStorage' && entry.key?.startsWith('recall-assistant:verified-domains:') === true;
    for (const secret of verifiedDomains ? SECRETS.filter((s) => !s.includes('.com')) : SECRETS)
      expect(all, `${entry.channel} wrote ${JSON.stringify(all)}`).not.toContain(secret);
    if (entry.channel !== 'localStorage' && entry.channel !== 'sessionStorage') continue;
    expect(all).not.toContain('@');
    if (verifiedDomains) expect(JSON.parse(entry.text)).toEqual(['contoso.com', 'contoso.onmicrosoft.com']);
    else if (entry.key?.startsWith('recall-assistant-demo:')) expect(entry.text).toMatch(/^\d+$/);
    else if (entry.key?.startsWith('recall-assistant:pref:')) expect(entry.text).toMatch(/^[01]$/);
    // A follow-up session (storedSessions.ts): the tab's sessionStorage only, under a hash of the
    // item id; what it holds passed the secrets check above (nothing was typed in this run).
    else if (entry.key?.startsWith('recall-assistant.follow-up.'))
      expect([entry.channel, entry.key]).toEqual(['sessionStorage', expect.stringMatching(/^recall-assistant\.follow-up\.[0-9a-z]+$/)]);
    else throw new Error(`unexpected storage key ${entry.key ?? ''}`);
  }
  // The run did store the recall time (so the spies were live).
  expect(stored.some((e) => e.key.startsWith('recall-assistant-demo:recalled:'))).toBe(true);
});

const PAGES: readonly [dir: string, base: string, files: readonly string[]][] = [
  // support.html and privacy.html: the manifests' SupportUrl and privacy statement (static, no script);
  // launchevent.html: the safety window's event runtime (browser runtime of web, new Outlook, Mac).
  ['dist', PROD_URL, ['taskpane.html', 'authdialog.html', 'support.html', 'privacy.html', 'launchevent.html']],
  ['dist-demo', DEMO_URL, ['demo.html', 'taskpane.html', 'authdialog.html', 'support.html', 'privacy.html', 'launchevent.html']],
];

function expectCspAndNoInlineScript(html: string, where: string) {
  expect(html, `${where}: CSP meta`).toMatch(/<meta[^>]+http-equiv=["']Content-Security-Policy["'][^>]*content=["'][^"']*default-src[^"']*["']/i);
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  for (const tag of scripts) expect(tag, `${where}: inline <script>`).toMatch(/\bsrc=/i);
  expect(html, `${where}: inline event handler`).not.toMatch(/<[^>]+\son[a-z]+=/i);
}

test('every HTML page of both builds has a CSP meta and no inline script', async ({ request }) => {
  for (const [dir, base, expected] of PAGES) {
    const files = readdirSync(dir).filter((name) => name.endsWith('.html'));
    expect(files.sort()).toEqual([...expected].sort());
    for (const file of files) {
      expectCspAndNoInlineScript(readFileSync(join(dir, file), 'utf8'), `${dir}/${file}`);
      // And as served (the e2e servers serve a snapshot of the build).
      const served = await request.get(`${base}/${file}`);
      expect(served.ok()).toBe(true);
      expectCspAndNoInlineScript(await served.text(), `${base}/${file}`);
    }
  }
});
