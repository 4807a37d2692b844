import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const SCREENSHOT_DIR = join('artifacts', 'screenshots');

/** One line per failing node: rule, impact, selector and axe's own summary of what to fix. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}) at ${n.target.join(' ')} — ${v.help}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`),
  );
}

/**
 * axe-core with its default rule set (WCAG 2.x A/AA and best practices) over the whole page.
 * Legacy mode runs axe in the page itself instead of opening a blank page per scan to merge frame
 * results: our pages have no iframes, and it makes each scan about 2.5× faster.
 */
export async function axeViolations(page: Page): Promise<{ violations: string[]; passes: number }> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return { violations: describe(results.violations), passes: results.passes.length };
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const { violations, passes } = await axeViolations(page);
  expect(passes, `axe checked something on ${label}`).toBeGreaterThan(10);
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

/** Full-page PNG in artifacts/screenshots/ (gitignored), for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
}
