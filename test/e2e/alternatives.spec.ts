import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, screenshot } from './support/axe';
import { expectStepHeadingFocused, openScenario } from './support/demo';
import { expect, test } from './support/fixtures';

/*
 * The alternatives and the incident path in a real Chromium against the demo: the please-delete
 * message for an all-external message within four clicks of opening the pane, addressed to exactly
 * the outsiders, and the incident summary downloadable as text and JSON.
 */

const LAURA = 'laura.jensen@fabrikam.com';
const SAM = 'sam.patel@northwind.example';

/** Counts the user's clicks on the pane, so the budget is measured, not assumed. */
async function countClicks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __paneClicks: number };
    w.__paneClicks = 0;
    document.querySelector('[data-pane]')?.addEventListener('click', () => (w.__paneClicks += 1), { capture: true });
  });
  return () => page.evaluate(() => (window as unknown as { __paneClicks: number }).__paneClicks);
}

test('only external recipients: a please-delete message to exactly them in ≤ 4 clicks from opening the pane', async ({ page }) => {
  await openScenario(page, 'only-external', { lang: 'en' });
  const clicks = await countClicks(page);

  await page.getByRole('button', { name: 'Write to recipients', exact: true }).click();
  await expectStepHeadingFocused(page, 'Write to recipients');
  await expect(page.getByRole('radio', { name: 'Ask them to delete it' })).toBeChecked();
  await page.getByRole('button', { name: 'Ask them to delete it: Open the message', exact: true }).click();

  const draft = page.locator('[data-draft]');
  await expect(draft).toBeVisible();
  // Outsiders at two organisations: in Bcc, so neither sees the other's address.
  await expect(draft).toHaveAttribute('data-draft-to', '');
  await expect(draft).toHaveAttribute('data-draft-bcc', `${LAURA} ${SAM}`);
  await expect(draft.locator('[data-draft-subject]')).toHaveText('Please delete: Contract draft v3 (internal pricing)');
  await expect(draft).toContainText('Please delete it without opening any attachments');
  await expect(draft).toContainText('25 November 2026');

  const used = await clicks();
  expect(used).toBeLessThanOrEqual(4);
  expect(used).toBe(2);
});

test('Russian, keyboard only: the same message in Russian', async ({ page }) => {
  await openScenario(page, 'only-external', { lang: 'ru' });
  await expectStepHeadingFocused(page, 'Проверка');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectStepHeadingFocused(page, 'Написать получателям');
  // Heading → template choice → subject → text → the button.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Попросить удалить письмо: открыть письмо', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const draft = page.locator('[data-draft]');
  await expect(draft).toHaveAttribute('data-draft-bcc', `${LAURA} ${SAM}`);
  await expect(draft.locator('[data-draft-subject]')).toHaveText('Просьба удалить: Contract draft v3 (internal pricing)');
  await expect(draft).toContainText('Прошу удалить его, не открывая вложений');
});

test('what the user typed reaches the draft, escaped, and survives Back', async ({ page }) => {
  await openScenario(page, 'only-external', { lang: 'en' });
  await page.getByRole('button', { name: 'Write to recipients', exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Message' });
  await body.press('ControlOrMeta+End');
  await body.pressSequentially('\n\nP.S. <b>not bold</b>');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expectStepHeadingFocused(page, 'Check');
  await page.getByRole('button', { name: 'Write to recipients', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue(/P\.S\. <b>not bold<\/b>$/);
  await page.getByRole('button', { name: 'Ask them to delete it: Open the message', exact: true }).click();
  // The preview shows the body as text: the tag the user typed is text, not markup.
  await expect(page.locator('[data-draft]')).toContainText('P.S. <b>not bold</b>');
  await expect(page.locator('[data-draft] b')).toHaveCount(0);
});

test('incident path: report to security prefilled, summary downloadable as .txt and .json', async ({ page }) => {
  await openScenario(page, 'only-external', { lang: 'en' });
  await page.getByRole('button', { name: 'Confidential content sent outside? Incident steps', exact: true }).click();
  await expectStepHeadingFocused(page, 'Sensitive content sent outside: what to do now');
  await expect(page.locator('[data-incident-step]')).toHaveCount(5);
  // The admin's command is folded away behind "Details for your admin".
  await expect(page.locator('[data-incident-step="revoke"]')).not.toContainText('Set-OMEMessageRevocation');
  await page.locator('[data-incident-step="revoke"]').getByRole('button', { name: 'Details for your admin' }).click();
  await expect(page.locator('[data-incident-step="revoke"]')).toContainText('Set-OMEMessageRevocation');

  await page.getByRole('button', { name: 'Report to security', exact: true }).click();
  const draft = page.locator('[data-draft]');
  await expect(draft).toHaveAttribute('data-draft-to', 'security@contoso.com');
  await expect(draft.locator('[data-draft-subject]')).toHaveText('Security incident: message sent by mistake: Contract draft v3 (internal pricing)');
  await expect(draft).toContainText(`Laura Jensen <${LAURA}> (To)`);

  const [txt] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as text', exact: true }).click()]);
  expect(txt.suggestedFilename()).toMatch(/^incident-summary-\d{8}-\d{4}\.txt$/);
  const text = await readFile((await txt.path()) ?? '', 'utf8');
  expect(text).toContain('Incident summary: message sent by mistake');
  expect(text).toContain('Subject: Contract draft v3 (internal pricing)');
  expect(text).toContain(`Sam Patel <${SAM}>`);
  expect(text).toContain('report to the security contact opened in Outlook');

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download for your IT team', exact: true }).click()]);
  expect(json.suggestedFilename()).toMatch(/^incident-summary-\d{8}-\d{4}\.json$/);
  const parsed = JSON.parse(await readFile((await json.path()) ?? '', 'utf8')) as {
    format: string;
    message: { subject: string; sentAt: string };
    verdict: { overall: string };
    recipients: { address: string; verdict: string; reasons: string[]; recall: string; followUp: { included: boolean; why: string } }[];
    actions: { kind: string }[];
  };
  expect(parsed.format).toBe('recall-assistant/incident-summary');
  expect(parsed.message).toEqual({ subject: 'Contract draft v3 (internal pricing)', sentAt: '2026-11-25T09:56:00.000Z', sender: 'alex.morgan@contoso.com' });
  expect(parsed.verdict.overall).toBe('not-recallable');
  expect(parsed.recipients.map((r) => [r.address, r.verdict, r.reasons, r.recall, r.followUp])).toEqual([
    [LAURA, 'not-recallable', ['EXTERNAL'], 'not-attempted', { included: true, why: 'NOT_RECALLABLE' }],
    [SAM, 'not-recallable', ['EXTERNAL'], 'not-attempted', { included: true, why: 'NOT_RECALLABLE' }],
  ]);
  expect(parsed.actions.map((a) => a.kind)).toEqual(['security-report-opened']);
});

test('prevention tips dismissed stay dismissed after a reload (a flag in storage, no addresses)', async ({ page }) => {
  await openScenario(page, 'only-external', { lang: 'en' });
  await page.getByRole('button', { name: 'Write to recipients', exact: true }).click();
  const tips = page.getByRole('region', { name: 'Next time: catch it before it leaves' });
  await expect(tips).toBeVisible();
  await tips.getByRole('button', { name: 'Got it, don’t show again' }).click();
  await expect(tips).toHaveCount(0);
  const stored = await page.evaluate(() => Object.entries(localStorage));
  expect(stored).toEqual([['recall-assistant:pref:preventionTipsDismissed', '1']]);
  await page.reload();
  await page.locator('[data-overall-verdict]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Write to recipients', exact: true }).click();
  await expectStepHeadingFocused(page, 'Write to recipients');
  await expect(page.getByRole('region', { name: 'Next time: catch it before it leaves' })).toHaveCount(0);
});

/** A message mixing a colleague, an outsider, a group with outside members and a Bcc'd Gmail address. */
const MIXED = {
  id: 'mixed-sensitive',
  title: { en: 'Mixed recipients', ru: 'Смешанные получатели' },
  now: '2026-11-25T10:00:00Z',
  host: { hostName: 'Outlook', accountType: 'office365', platform: 'PC', locale: 'en-US', requirementSets: { Mailbox: '1.14', NestedAppAuth: '1.1' } },
  user: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
  message: {
    itemClass: 'IPM.Note',
    folder: 'sentitems',
    subject: 'Customer list <Q4> & bank details',
    sentDateTime: '2026-11-25T09:56:00Z',
    from: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
    to: [
      { name: 'Boris Ivanov', address: 'boris.ivanov@contoso.com' },
      { name: 'Laura Jensen', address: LAURA },
    ],
    cc: [{ name: 'Sales team', address: 'sales@contoso.com' }],
    bcc: [{ name: 'Dmitry (personal)', address: 'dmitry.k@gmail.com' }],
    isReadReceiptRequested: false,
  },
  tenant: {
    graph: 'available',
    verifiedDomains: ['contoso.com'],
    mailTips: { 'sales@contoso.com': { recipientScope: 'internal', totalMemberCount: 12, externalMemberCount: 2 } },
  },
  policy: { securityContact: null },
};

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'ru'] as const) {
    test(`axe: alternatives with two audiences and the incident path, ${theme}, ${lang}`, async ({ page }) => {
      await page.route('**/test-scenarios/mixed.json', (route) => route.fulfill({ json: MIXED }));
      await page.goto(`/demo.html?scenarioUrl=/test-scenarios/mixed.json&lang=${lang}&theme=${theme}`);
      await page.locator('[data-overall-verdict]').waitFor({ state: 'attached' });
      await page.getByRole('button', { name: lang === 'en' ? 'Write to recipients' : 'Написать получателям', exact: true }).click();
      await expect(page.locator('[data-follow-up-draft]')).toHaveCount(1);
      // Add the colleague the recall reaches: a second draft in the colleagues' wording appears.
      await page.getByRole('checkbox', { name: /Boris Ivanov/ }).check();
      await expect(page.locator('[data-follow-up-draft]')).toHaveCount(2);
      // Outsiders at several organisations: all in Bcc, said on the card.
      await expect(page.locator('[data-follow-up-draft="external"]')).toContainText(
        lang === 'en' ? 'in Bcc: they are at different organisations' : 'в скрытой копии: они из разных организаций',
      );
      await screenshot(page, `alt-two-audiences-${theme}-${lang}`);
      await expectNoAxeViolations(page, `alternatives ${theme} ${lang}`);

      await page.getByRole('button', { name: lang === 'en' ? 'Open the incident steps' : 'Открыть шаги при инциденте', exact: true }).click();
      await expect(page.locator('[data-incident-steps]')).toBeVisible();
      // No security contact configured: said plainly, no report button.
      await expect(page.locator('[data-incident-step="report"] button')).toHaveCount(0);
      await screenshot(page, `incident-${theme}-${lang}`);
      await expectNoAxeViolations(page, `incident ${theme} ${lang}`);
    });
  }
}
