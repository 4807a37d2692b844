import { expectNoAxeViolations, screenshot } from './support/axe';
import { expect, test } from './support/fixtures';

/*
 * Fail closed in a real Chromium against the demo (issue #12): a config.json with one typo keeps
 * the admin's valid settings and fails closed on the broken one, read receipts that can't be read
 * and MailTips that don't answer withdraw the promise, and a disguised address is spelt out. The
 * pane says what is missing, in both languages and themes, with no axe violations.
 */

const SCENARIO = {
  id: 'fail-closed',
  title: { en: 'Evidence missing', ru: 'Не хватает сведений' },
  now: '2026-11-25T10:00:00Z',
  host: {
    hostName: 'OutlookWebApp',
    platform: 'OfficeOnline',
    accountType: 'office365',
    locale: 'en-US',
    requirementSets: { Mailbox: '1.14', NestedAppAuth: '1.1' },
  },
  user: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
  message: {
    itemClass: 'IPM.Note',
    folder: 'sentitems',
    subject: 'Q4 numbers',
    sentDateTime: '2026-11-25T09:56:00Z',
    from: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
    to: [
      { name: 'Boris Ivanov', address: 'boris.ivanov@contoso.com' },
      { name: 'Maria Sokolova', address: 'maria.sokolova@contoso.com' },
      { name: 'Chen Wu', address: 'chen.wu@con\u200btoso.com' },
    ],
    cc: [],
    bcc: [],
    isReadReceiptRequested: true,
  },
  tenant: {
    graph: 'available',
    verifiedDomains: ['contoso.com'],
    mailTips: { 'maria.sokolova@contoso.com': { error: 'The server is busy' } },
    faults: [{ target: 'readReceipts', status: 500 }],
  },
  // Recall of read messages is off; the age limit has a typo in its type.
  policy: { recallReadMessages: false, maxRecallableAgeDays: '1 day' },
};

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'ru'] as const) {
    test(`missing evidence is said, nobody is promised a recall: ${theme}, ${lang}`, async ({ page }) => {
      await page.route('**/test-scenarios/fail-closed.json', (route) => route.fulfill({ json: SCENARIO }));
      await page.goto(`/demo.html?scenarioUrl=/test-scenarios/fail-closed.json&lang=${lang}&theme=${theme}`);
      const banner = page.locator('[data-overall-verdict]');
      await banner.waitFor({ state: 'attached' });
      await expect(banner).toHaveAttribute('data-overall-verdict', 'uncertain');
      await expect(banner).toHaveAttribute('data-message-reasons', '');
      await expect(banner).toHaveAttribute('data-message-cautions', 'AGE_LIMIT_UNKNOWN');
      await expect(page.locator('[data-verdict="recallable"]')).toHaveCount(0);
      await expect(page.locator('[data-recipient="boris.ivanov@contoso.com"]')).toHaveAttribute('data-reasons', 'INTERNAL READ_STATE_UNKNOWN');
      await expect(page.locator('[data-recipient="maria.sokolova@contoso.com"]')).toHaveAttribute(
        'data-reasons',
        'INTERNAL_DOMAIN_UNCONFIRMED READ_STATE_UNKNOWN',
      );
      const chen = page.locator('[data-recipient="chen.wu@con\u200btoso.com"]');
      await expect(chen).toHaveAttribute('data-reasons', 'MALFORMED_ADDRESS READ_STATE_UNKNOWN');
      await expect(chen).toContainText('chen.wu@con[U+200B]toso.com');
      // The notes name what is missing, and the admin is told which field to fix.
      await expect(page.getByText(lang === 'en' ? 'Age limit unknown' : 'Неизвестен срок отзыва', { exact: true })).toBeVisible();
      // The settings file's field is the admin's word, behind "Details for your admin" (issue #13).
      await expect(page.getByText(/maxRecallableAgeDays: /)).toHaveCount(0);
      await page.getByRole('button', { name: lang === 'en' ? 'Details for your admin' : 'Подробности для администратора', exact: true }).click();
      await expect(page.getByText(/maxRecallableAgeDays: /)).toBeVisible();
      await expect(page.getByText(lang === 'en' ? /MailTips did not answer/ : /служба MailTips (по ним )?не ответила/).first()).toBeVisible();
      await chen.getByRole('button').click();
      await expect(chen).toContainText(
        lang === 'en' ? 'invisible, look-alike or escaped characters' : 'невидимые, закодированные или похожие на другие буквы символы',
      );
      await screenshot(page, `fail-closed-${theme}-${lang}`);
      await expectNoAxeViolations(page, `fail closed ${theme} ${lang}`);
    });
  }
}
