import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test fails on a console error, an uncaught page error or a CSP violation unless the
 * test says that exact message is expected (`pageIssues.allow(...)`).
 */
export interface PageIssues {
  /** Expect (and ignore) console errors matching this; e.g. a resource the test blocks on purpose. */
  allow(pattern: RegExp | ((message: ConsoleEntry) => boolean)): void;
  /** What was seen so far (unfiltered). */
  readonly all: readonly ConsoleEntry[];
  /** Problems not allowed so far. */
  unexpected(): ConsoleEntry[];
  /** CSP violations the page itself reported (securitypolicyviolation events). */
  cspViolations(): Promise<string[]>;
}

export interface ConsoleEntry {
  readonly kind: 'console' | 'pageerror' | 'csp';
  readonly text: string;
  readonly url: string;
}

const CSP_MARKER = '[e2e:securitypolicyviolation]';

/** Runs before any page script: turns CSP violation events into console errors the fixture sees. */
function reportCspViolations(marker: string) {
  const seen: string[] = [];
  (globalThis as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    const text = `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`;
    seen.push(text);
    // Runs in the page: the console is how the fixture hears about it.
    // eslint-disable-next-line no-console
    console.error(`${marker} ${text}`);
  });
}

function watch(page: Page) {
  const entries: ConsoleEntry[] = [];
  const allowed: ((entry: ConsoleEntry) => boolean)[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    entries.push({ kind: text.startsWith(CSP_MARKER) ? 'csp' : 'console', text, url: message.location().url });
  });
  page.on('pageerror', (error) => entries.push({ kind: 'pageerror', text: `${error.name}: ${error.message}`, url: page.url() }));
  const issues: PageIssues = {
    allow(pattern) {
      allowed.push(typeof pattern === 'function' ? pattern : (entry) => entry.kind === 'console' && pattern.test(entry.text));
    },
    get all() {
      return entries;
    },
    unexpected() {
      return entries.filter((entry) => !allowed.some((allow) => allow(entry)));
    },
    async cspViolations() {
      return page.evaluate(() => (globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    },
  };
  return issues;
}

export const test = base.extend<{ pageIssues: PageIssues }>({
  pageIssues: [
    async ({ page }, use) => {
      await page.addInitScript(reportCspViolations, CSP_MARKER);
      const issues = watch(page);
      await use(issues);
      expect(issues.unexpected(), 'console errors, page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
