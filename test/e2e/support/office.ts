import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { OFFICE_JS_URL, PROD_URL } from './urls';

/** Mirrors the configuration test/e2e/office-stand-in.js reads (see the comment at its top). */
export interface StandInPerson {
  readonly name: string;
  readonly address: string;
}

export interface StandInItem {
  readonly itemClass?: string;
  readonly subject: string;
  readonly from: StandInPerson;
  readonly to: readonly StandInPerson[];
  readonly cc?: readonly StandInPerson[];
  /** Default 4 minutes. */
  readonly sentMinutesAgo?: number;
  /** Instead of sentMinutesAgo: handed to `new Date()` as is (an unreadable one gives an Invalid Date). */
  readonly dateTimeCreated?: string;
  readonly itemId?: string;
}

export interface StandInConfig {
  /** 'Outlook', or null for Office.onReady outside Office. */
  readonly host?: 'Outlook' | null;
  readonly platform?: string;
  readonly hostName?: string;
  readonly displayLanguage?: string;
  readonly bodyBackgroundColor?: string;
  readonly requirementSets?: Record<string, string>;
  readonly user?: { readonly accountType: string; readonly emailAddress: string; readonly displayName: string };
  readonly item: StandInItem | null;
}

export interface NewMessageFormCall {
  readonly toRecipients: string[];
  readonly ccRecipients: string[];
  readonly bccRecipients: string[];
  readonly subject: string;
  readonly htmlBody: string;
}

export interface OfficeCalls {
  readonly displayNewMessageForm: NewMessageFormCall[];
  readonly addHandlerAsync: string[];
  readonly removeHandlerAsync: string[];
  readonly convertToRestId: { itemId: string; restVersion: string }[];
  readonly displayDialogAsync: string[];
  readonly onReady: number;
}

const STAND_IN = readFileSync(join(__dirname, '..', 'office-stand-in.js'), 'utf8');

export const ALEX = { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' };

/**
 * Serves the stand-in in place of Microsoft's office.js and refuses every other request that would
 * leave the machine; those are recorded (a degraded pane must not try Graph without a token).
 */
export async function useOfficeStandIn(page: Page, config: StandInConfig): Promise<{ outbound: string[] }> {
  const outbound: string[] = [];
  await page.addInitScript((c) => {
    (globalThis as unknown as { __OFFICE_STAND_IN__: unknown }).__OFFICE_STAND_IN__ = c;
  }, config);
  await page.route(
    (url) => url.origin !== PROD_URL,
    (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL) return route.fulfill({ status: 200, contentType: 'application/javascript; charset=utf-8', body: STAND_IN });
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
