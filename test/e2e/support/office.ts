import type { Page } from '@playwright/test';
import { OFFICE_JS_URL, PROD_URL } from './urls';
import { OFFICE_STAND_IN_SCRIPT, type OfficeCalls, type StandInConfig, type StandInItem } from '../../support/officeStandIn';

export const ALEX = { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' };

/**
 * Serves the one Office.js stand-in (test/support/office-stand-in.js) in place of Microsoft's
 * office.js, configured with `config`, and refuses every other request that would leave the
 * machine; those are recorded (a degraded pane must not try Graph without a token).
 */
export async function serveOfficeStandIn(page: Page, config: StandInConfig): Promise<{ outbound: string[] }> {
  const outbound: string[] = [];
  await page.addInitScript((c) => {
    (globalThis as unknown as { __OFFICE_STAND_IN__: unknown }).__OFFICE_STAND_IN__ = c;
  }, config);
  await page.route(
    (url) => url.origin !== PROD_URL,
    (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL) return route.fulfill({ status: 200, contentType: 'application/javascript; charset=utf-8', body: OFFICE_STAND_IN_SCRIPT });
      outbound.push(`${route.request().method()} ${url}`);
      return route.abort('blockedbyclient');
    },
  );
  return { outbound };
}

/** office.js could not be loaded at all (blocked by a proxy, offline). */
export async function blockOfficeJs(page: Page): Promise<{ requested: () => boolean }> {
  let requested = false;
  await page.route(OFFICE_JS_URL, (route) => {
    requested = true;
    return route.abort('blockedbyclient');
  });
  return { requested: () => requested };
}

export async function officeCalls(page: Page): Promise<OfficeCalls> {
  return page.evaluate(() => (globalThis as unknown as { __officeCalls: OfficeCalls }).__officeCalls);
}

/** The user selects another item (or none) with the pane pinned: Office fires ItemChanged. */
export async function selectItem(page: Page, item: StandInItem | null): Promise<number> {
  return page.evaluate((i) => (globalThis as unknown as { __officeStandIn: { selectItem: (item: unknown) => number } }).__officeStandIn.selectItem(i), item);
}
