import { expectStepHeadingFocused, focused, openScenario, tabTo } from './support/demo';
import { expect, test } from './support/fixtures';

/*
 * Keyboard only: no clicks anywhere in this file. A partial verdict (one Gmail address among
 * colleagues) walks every step: check → choose → act → track (the replacement) → alternatives → a
 * prefilled follow-up.
 */

const DMITRY = 'dmitry.k@gmail.com';
const BORIS = 'boris.ivanov@contoso.com';
const MARIA = 'maria.sokolova@contoso.com';

test('the whole wizard by keyboard, ending in a please-delete draft to exactly those a recall misses', async ({ page }) => {
  await openScenario(page, 'gmail-among-internal', { lang: 'en' });

  // Check: focus starts on the step heading; the recommended action is a few Tab stops after it.
  await expectStepHeadingFocused(page, 'Check');
  await tabTo(page, /^Recall options$/, 5);
  await page.keyboard.press('Enter');

  // Choose: the heading takes focus, the radio group is one Tab stop and arrows change the option.
  await expectStepHeadingFocused(page, 'Recall options');
  const deleteOption = page.getByRole('radio', { name: 'Delete unread copies of this message' });
  const replaceOption = page.getByRole('radio', { name: 'Delete unread copies and replace with a new message' });
  await page.keyboard.press('Tab');
  await expect(deleteOption).toBeFocused();
  await expect(deleteOption).toBeChecked();
  const warning = page.getByText('a replacement after a failed recall adds confusion');
  await expect(warning).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(replaceOption).toBeFocused();
  await expect(replaceOption).toBeChecked();
  await expect(warning).toBeVisible();
  await tabTo(page, /^Continue$/, 3);
  await page.keyboard.press('Enter');

  // Act. With Graph available the add-in first offers to recall itself, naming who it reaches.
  const pane = page.locator('[data-step="act"]');
  await expect(pane).toBeAttached();
  if ((await page.locator('[data-recall-targets]').count()) > 0) {
    await expectStepHeadingFocused(page, 'Recall and replace this message?');
    await expect(page.locator('[data-recall-targets] li')).toHaveText([/boris\.ivanov@contoso\.com/, /maria\.sokolova@contoso\.com/]);
    await expect(page.locator('[data-recall-unreachable] li')).toHaveText([new RegExp(DMITRY.replace(/\./g, '\\.'))]);
    await tabTo(page, /^Use Outlook’s Recall command instead$/, 4);
    await page.keyboard.press('Enter');
  }
  // Numbered guidance for the native Recall command of Outlook on the web.
  await expectStepHeadingFocused(page, 'Recall it in Outlook');
  const steps = page.locator('[data-step="act"] ol > li');
  await expect(steps).toHaveText([/Open Sent Items/, /More actions/, /Recall message/]);

  // "Replace": after the recall, the replacement to everyone the recall is aimed at, each in their field.
  await tabTo(page, /^I’ve recalled it in Outlook: follow the outcome$/, 4);
  await page.keyboard.press('Enter');
  await expectStepHeadingFocused(page, 'Recall status');
  await tabTo(page, /^Open the replacement$/, 4);
  await page.keyboard.press('Enter');
  const draft = page.locator('[data-draft]');
  await expect(draft).toBeVisible();
  await expect(draft).toHaveAttribute('data-draft-to', BORIS);
  await expect(draft).toHaveAttribute('data-draft-cc', MARIA);
  await expect(draft.locator('[data-draft-subject]')).toHaveText('Salary review notes');

  // Alternatives, then the please-delete message.
  await tabTo(page, /^Write to recipients$/, 12);
  await page.keyboard.press('Enter');
  await expectStepHeadingFocused(page, 'Write to recipients');
  await expect(page.locator('[data-step="alternatives"]')).toContainText('1 recipient may still have the message.');
  await tabTo(page, /^Ask them to delete it: Open the message$/, 12);
  await page.keyboard.press('Enter');

  await expect(draft).toBeVisible();
  await expect(draft).toHaveAttribute('data-draft-to', DMITRY);
  await expect(draft).toHaveAttribute('data-draft-bcc', '');
  await expect(draft.locator('[data-draft-subject]')).toHaveText('Please delete: Salary review notes');
  await expect(draft).toContainText('Please delete it without opening any attachments');
  await expect(page.getByText('A new message is open in Outlook. Review it before sending.')).toBeVisible();

  // The draft preview (the demo's stand-in for Outlook's form, before the pane in reading order)
  // can be dismissed by keyboard too.
  await tabTo(page, /^Close$/, 30, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(draft).toHaveCount(0);
});

test('Back by keyboard returns to the previous step with its heading focused', async ({ page }) => {
  await openScenario(page, 'gmail-among-internal', { lang: 'en' });
  await tabTo(page, /^Recall options$/, 5);
  await page.keyboard.press('Enter');
  await expectStepHeadingFocused(page, 'Recall options');
  await tabTo(page, /^Back$/, 4);
  await page.keyboard.press('Enter');
  await expectStepHeadingFocused(page, 'Check');
});

test('a recipient row expands with Enter and with Space, showing its reason in words', async ({ page }) => {
  await openScenario(page, 'gmail-among-internal', { lang: 'en' });

  const dmitry = page.locator(`[data-recipient="${DMITRY}"]`);
  const dmitryToggle = dmitry.getByRole('button');
  await expect(dmitryToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(dmitry).not.toContainText('can’t be reached by a recall');

  // Anchored: the plan's proposal ("Recall 2 colleagues and ask Dmitry (personal)…") comes first.
  await tabTo(page, /^Dmitry \(personal\)/, 10);
  await expect(dmitryToggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dmitryToggle).toHaveAttribute('aria-expanded', 'true');
  const why = dmitry.getByRole('list', { name: 'Why: Dmitry (personal)' });
  await expect(why).toBeVisible();
  await expect(why).toContainText('Personal mailbox');
  await expect(why).toContainText('Gmail, Yahoo, Outlook.com, Mail.ru, Yandex and similar services can’t be reached by a recall.');
  // aria-controls points at the reasons it opened.
  const controls = await dmitryToggle.getAttribute('aria-controls');
  expect(controls).toBeTruthy();
  await expect(why).toHaveAttribute('id', controls ?? '');

  await page.keyboard.press('Enter');
  await expect(dmitryToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(why).toHaveCount(0);

  // Space on another row.
  const boris = page.locator(`[data-recipient="${BORIS}"]`);
  await tabTo(page, /^Boris Ivanov/, 10);
  const f = await focused(page);
  expect(f.tag).toBe('button');
  await page.keyboard.press('Space');
  await expect(boris.getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  await expect(boris).toContainText('Their mailbox is in your organisation: a recall can remove the message.');
});

test('Russian: the same walk reads in Russian and the draft is addressed the same way', async ({ page }) => {
  await openScenario(page, 'gmail-among-internal', { lang: 'ru' });
  await expectStepHeadingFocused(page, 'Проверка');
  await tabTo(page, /^Параметры отзыва$/, 5);
  await page.keyboard.press('Enter');
  await expectStepHeadingFocused(page, 'Параметры отзыва');
  // One Back, the same everywhere; the follow-up is one Tab stop after the proposal on the check step.
  await tabTo(page, /^Назад$/, 6);
  await page.keyboard.press('Enter');
  await expectStepHeadingFocused(page, 'Проверка');
  await tabTo(page, /^Написать получателям$/, 6);
  await page.keyboard.press('Enter');
  await expectStepHeadingFocused(page, 'Написать получателям');
  await expect(page.locator('[data-step="alternatives"]')).toContainText('Письмо может оставаться у 1 получателя.');
  await tabTo(page, /^Попросить удалить письмо: открыть письмо$/, 12);
  await page.keyboard.press('Enter');
  const draft = page.locator('[data-draft]');
  await expect(draft).toHaveAttribute('data-draft-to', DMITRY);
  await expect(draft.locator('[data-draft-subject]')).toHaveText('Просьба удалить: Salary review notes');
});
