import type { Locator, Page } from '@playwright/test';
import { expect, type PageIssues } from './fixtures';

export type Verdict = 'recallable' | 'not-recallable' | 'uncertain';
export type Overall = Verdict | 'partial';

export interface DemoOptions {
  readonly lang?: 'en' | 'ru';
  readonly theme?: 'light' | 'dark';
}

export function demoUrl(params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value);
  return `/demo.html?${query.toString()}`;
}

/** The overall verdict marker: attribute-only, so wait for `attached`, not `visible`. */
export function overallVerdict(page: Page): Locator {
  return page.locator('[data-overall-verdict]');
}

/** Opens a built-in scenario and waits until the check step has its verdict (DOM contract). */
export async function openScenario(page: Page, id: string, options: DemoOptions = {}): Promise<void> {
  await page.goto(demoUrl({ scenario: id, lang: options.lang, theme: options.theme }));
  await overallVerdict(page).waitFor({ state: 'attached' });
}

export interface RowContract {
  readonly verdict: string | null;
  readonly reasons: string[];
}

export interface VerdictContract {
  readonly overall: string | null;
  readonly messageReasons: string[];
  /** Keyed by `data-recipient` (the address as the message carries it). */
  readonly recipients: Record<string, RowContract>;
  readonly rowCount: number;
}

const codes = (value: string | null): string[] => (value ?? '').split(/\s+/).filter(Boolean);

/** Everything the DOM contract exposes, read in one round trip (500 rows stay cheap). */
export async function readContract(page: Page): Promise<VerdictContract> {
  const raw = await page.evaluate(() => {
    const overall = document.querySelector('[data-overall-verdict]');
    const rows = [...document.querySelectorAll('[data-recipient]')].map((row) => ({
      address: row.getAttribute('data-recipient') ?? '',
      verdict: row.getAttribute('data-verdict'),
      reasons: row.getAttribute('data-reasons'),
    }));
    return { overall: overall?.getAttribute('data-overall-verdict') ?? null, messageReasons: overall?.getAttribute('data-message-reasons') ?? null, rows };
  });
  const recipients: Record<string, RowContract> = {};
  for (const row of raw.rows) recipients[row.address] = { verdict: row.verdict, reasons: codes(row.reasons) };
  return { overall: raw.overall, messageReasons: codes(raw.messageReasons), recipients, rowCount: raw.rows.length };
}

/** The element that has keyboard focus, described for assertions (name: aria-label, label or text). */
export async function focused(page: Page): Promise<{ tag: string; text: string; name: string; role: string | null; type: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])].map((l) => l.innerText.trim()).join(' ') : '';
    const text = (el?.innerText ?? '').trim();
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text,
      name: el?.getAttribute('aria-label') ?? (labels || text),
      role: el?.getAttribute('role') ?? null,
      type: el?.getAttribute('type') ?? null,
    };
  });
}

/**
 * Presses Tab until the focused element's accessible text matches, like a keyboard user looking
 * for a control; fails if it takes more than `max` presses (the control isn't reachable).
 */
export async function tabTo(page: Page, matcher: RegExp, max = 40, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (matcher.test(f.name) || matcher.test(f.text)) return;
  }
  const f = await focused(page);
  throw new Error(`${matcher} not reached with ${max} × ${key}; focus is on <${f.tag}> "${f.name}"`);
}

/** The step heading (h2) of the pane must hold focus after a step change. */
export async function expectStepHeadingFocused(page: Page, text: string | RegExp): Promise<void> {
  const heading = page.locator('[data-step] h2');
  await expect(heading).toHaveText(text);
  await expect(heading).toBeFocused();
}

/** A page is never blank: something readable is on it. */
export async function expectNotBlank(page: Page): Promise<void> {
  await expect.poll(async () => (await page.locator('body').innerText()).trim().length, { message: 'page has visible text' }).toBeGreaterThan(20);
}

/**
 * A scenario with `tenant.graph: "unavailable"` makes the simulated tenant fail Graph requests at
 * the network level, which Chromium itself logs as a failed resource. That one message is expected.
 */
export function allowSimulatedGraphOutage(issues: PageIssues): void {
  issues.allow(
    (entry) => entry.kind === 'console' && entry.text === 'Failed to load resource: net::ERR_FAILED' && entry.url.startsWith('https://graph.microsoft.com/'),
  );
}

/**
 * WCAG 1.4.10 (Reflow): a task pane is about 320 CSS px wide, and nothing may need sideways
 * scrolling there. Reports the widest element that sticks out.
 */
export async function expectNoHorizontalOverflow(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${
            el.className && typeof el.className === 'string'
              ? `.${el.className
                  .split(/\s+/)
                  .filter((c) => c.startsWith('fui-'))
                  .join('.')}`
              : ''
          } "${(el.innerText ?? '').slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)}`,
      );
    return { width, scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(-3) };
  });
  expect(overflow, `horizontal overflow on ${label}`).toBeNull();
}
