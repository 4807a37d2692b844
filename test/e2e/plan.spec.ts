import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { aScenario } from '../builders/scenario';
import { allowSimulatedGraphOutage, demoUrl, openScenario } from './support/demo';
import { expect, test, type PageIssues } from './support/fixtures';

/*
 * One plan for the whole job, end to end: for every recall scenario, from opening the pane to
 * `data-plan-open="0"` (everyone recalled or with a follow-up decision), in English and Russian,
 * closing and reopening the pane midway (a reload: the simulated mailbox remembers the add-in's
 * recall in sessionStorage, and the pane rebuilds the plan from it and lands on its status). A
 * recall made with Outlook's own command leaves nothing in the simulated mailbox, so those
 * journeys reopen the pane before recalling.
 */

type Lang = 'en' | 'ru';

const WORDS = {
  en: {
    recallNow: 'Recall now',
    didRecall: 'I’ve recalled it in Outlook: follow the outcome',
    status: 'See the recall status',
    write: 'Write to recipients',
    skip: /^No note needed: /,
    back: 'Back',
    message: /Message/,
    recalledButRead: 'Recalled, but they had already read it: tell them',
    requested: /^Recall requested: \d+ recipients?$/,
    cantBeRecalled: /^Can’t be recalled/,
  },
  ru: {
    recallNow: 'Отозвать',
    didRecall: 'Отзыв запрошен в Outlook — показать статус',
    status: 'Посмотреть статус отзыва',
    write: 'Написать получателям',
    skip: /^Писать не нужно: /,
    back: 'Назад',
    message: /Текст письма/,
    recalledButRead: 'Отозвано, но письмо уже прочитали: напишите получателю',
    requested: /^Отзыв запрошен: \d+ получател/,
    cantBeRecalled: /^Нельзя отозвать/,
  },
} as const;

const main = (page: Page) => page.locator('main[data-step]');

/** Opens every follow-up the alternatives step offers (one per audience and part), then goes back. */
async function openEveryFollowUp(page: Page) {
  await expect(main(page)).toHaveAttribute('data-step', 'alternatives');
  const open = page.locator('[data-follow-up-draft] button[aria-label]').filter({ hasNotText: /Restore|Вернуть/ });
  const count = await open.count();
  for (let i = 0; i < count; i++) await open.nth(i).click();
  await page.locator('[data-back]').click();
  await expect(main(page)).toHaveAttribute('data-step', 'track');
}

/** On the track step: wait for the reports, write to those the plan proposes, skip the rest. */
async function finishPlan(page: Page, lang: Lang, reportsArrive: boolean) {
  // data-step="track" comes with the track rows (everyone on the message, not only those the
  // recall was aimed at), so "no row pending" below can't pass on an empty list.
  await expect(main(page)).toHaveAttribute('data-step', 'track');
  expect(await page.locator('[data-track-recipient]').count()).toBeGreaterThan(0);
  if (reportsArrive) await expect(page.locator('[data-outcome="pending"]')).toHaveCount(0, { timeout: 15_000 });
  if ((await page.locator('[data-next-step="follow-up"]').count()) > 0) {
    await page.getByRole('button', { name: WORDS[lang].write, exact: true }).click();
    await openEveryFollowUp(page);
  }
  // Whoever still waits for a decision (no report could be read for them): the user decides. A
  // report read after the write step can still turn someone's row into a proposal (an unsettled
  // cloud report settling): the user decides on that one too, until nothing is left open.
  const skips = page.getByRole('button', { name: WORDS[lang].skip });
  await expect(async () => {
    while ((await skips.count()) > 0) await skips.first().click();
    await expect(main(page)).toHaveAttribute('data-plan-open', '0', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.locator('[data-next-step]')).toHaveCount(0);
}

/**
 * Closes and reopens the pane after the add-in's recall: the plan is rebuilt from the mailbox and
 * the pane lands on its status (issue 22, item 2), with the check's contract still readable there
 * (the earlier recall as the message's reason; every recipient's own verdict and reasons).
 */
async function reopenPane(page: Page) {
  await page.reload();
  await expect(main(page)).toHaveAttribute('data-step', 'track');
  await expect(page.locator('[data-overall-verdict]')).toHaveAttribute('data-message-reasons', 'ALREADY_RECALLED');
  expect(await page.locator('[data-track-recipient]').count()).toBe(await page.locator('[data-recipient]').count());
}

/** The check's row contract of one recipient: verdict, own reasons, and what the recall did (`data-recall`). */
async function rowContract(page: Page, address: string) {
  const row = page.locator(`[data-recipient="${address}"]`);
  return { verdict: await row.getAttribute('data-verdict'), reasons: await row.getAttribute('data-reasons'), recall: await row.getAttribute('data-recall') };
}

interface Journey {
  readonly scenario: string;
  /** The add-in recalls (Graph), or the user follows Outlook's own command. */
  readonly by: 'add-in' | 'refused' | 'native';
  readonly allow?: (issues: PageIssues) => void;
  /** Outcomes on the track step once everything settled. */
  readonly outcomes: Readonly<Record<string, string | RegExp>>;
}

const JOURNEYS: readonly Journey[] = [
  {
    scenario: 'all-internal',
    by: 'add-in',
    outcomes: { 'boris.ivanov@contoso.com': 'recalled', 'maria.sokolova@contoso.com': 'recalled', 'chen.wei@contoso.com': 'recalled' },
  },
  {
    scenario: 'gmail-among-internal',
    by: 'add-in',
    outcomes: { 'boris.ivanov@contoso.com': 'recalled', 'maria.sokolova@contoso.com': 'recalled', 'dmitry.k@gmail.com': 'not-targeted' },
  },
  {
    scenario: 'recall-partial-failure',
    by: 'add-in',
    // The simulated cloud report grows as outcomes arrive; read between Boris's (2 s) and Maria's
    // (4 s) it does not name her yet: tracking goes on until it does (issue 22, item 3).
    outcomes: { 'boris.ivanov@contoso.com': 'recalled', 'maria.sokolova@contoso.com': 'failed', 'dmitry.k@gmail.com': 'not-targeted' },
  },
  {
    scenario: 'recall-throttled',
    by: 'add-in',
    allow: (issues) => issues.allow(/Failed to load resource: the server responded with a status of 429/),
    outcomes: { 'boris.ivanov@contoso.com': 'recalled', 'maria.sokolova@contoso.com': 'recalled', 'chen.wei@contoso.com': 'recalled' },
  },
  {
    scenario: 'recall-classic-reports',
    by: 'add-in',
    outcomes: { 'boris.ivanov@contoso.com': 'recalled', 'maria.sokolova@contoso.com': 'recalled', 'chen.wei@contoso.com': 'failed' },
  },
  {
    scenario: 'new-outlook-ru',
    by: 'add-in',
    outcomes: { 'boris.ivanov@contoso.com': 'recalled', 'chen.wei@contoso.com': 'recalled', 'dmitry.k@yandex.ru': 'not-targeted' },
  },
  {
    scenario: 'recall-refused',
    by: 'refused',
    allow: (issues) => issues.allow(/Failed to load resource: the server responded with a status of 403/),
    outcomes: { 'boris.ivanov@contoso.com': 'pending', 'maria.sokolova@contoso.com': 'pending', 'chen.wei@contoso.com': 'pending' },
  },
  {
    scenario: 'graph-unavailable',
    by: 'native',
    allow: allowSimulatedGraphOutage,
    outcomes: { 'boris.ivanov@contoso.com': 'unknown', 'maria.sokolova@contoso.com': 'unknown', 'dmitry.k@gmail.com': 'not-targeted' },
  },
];

for (const lang of ['en', 'ru'] as const) {
  for (const journey of JOURNEYS) {
    test(`${journey.scenario} (${lang}): from opening the pane to data-plan-open="0", reopening it midway`, async ({ page, pageIssues }) => {
      journey.allow?.(pageIssues);
      await openScenario(page, journey.scenario, { lang });
      if (journey.by !== 'add-in') {
        // Nothing of Outlook's own recall reaches the simulated mailbox: reopen before it.
        await page.reload();
        await page.locator('[data-overall-verdict]').waitFor({ state: 'attached' });
      }
      await page.locator('[data-plan-proposal]').click();
      if (journey.by === 'native') {
        await expect(page.locator('[data-native-guide]')).toBeVisible();
      } else {
        await expect(page.locator('[data-recall-targets]')).toBeVisible();
        // What a reopened pane reads back is the add-in's mark on the message, written right after
        // the 202 (a Graph recall leaves no recall request in Sent Items): reopen once it is written.
        const marked = journey.by === 'add-in' ? page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/v1.0/me/messages/')) : null;
        await page.getByRole('button', { name: WORDS[lang].recallNow, exact: true }).click();
        await marked;
      }
      if (journey.by === 'add-in') {
        await expect(main(page)).toHaveAttribute('data-step', 'track');
        await reopenPane(page);
      } else {
        await expect(page.locator('[data-native-guide]')).toBeVisible();
        await page.getByRole('button', { name: WORDS[lang].didRecall, exact: true }).click();
      }
      // After a 403 Graph still reads the reports, but the simulated tenant never recalled: they
      // stay pending, and the user decides from Outlook's own report.
      await finishPlan(page, lang, journey.by !== 'refused');
      for (const [address, outcome] of Object.entries(journey.outcomes)) {
        await expect(page.locator(`[data-track-recipient="${address}"]`)).toHaveAttribute('data-outcome', outcome);
      }
      expect(await page.locator('[data-track-recipient]').count()).toBe(Object.keys(journey.outcomes).length);
    });
  }
}

test('gmail among colleagues: recall sent and please-delete opened in 4 clicks from opening the pane', async ({ page }) => {
  await openScenario(page, 'gmail-among-internal');
  await page.evaluate(() => {
    const w = window as unknown as { __paneClicks: number };
    w.__paneClicks = 0;
    document.querySelector('[data-pane]')?.addEventListener('click', () => (w.__paneClicks += 1), { capture: true });
  });
  const recallRequests: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/recall$/.test(request.url())) recallRequests.push(request.url());
  });
  await page.getByRole('button', { name: 'Recall 2 colleagues and ask Dmitry (personal) to delete it', exact: true }).click();
  await page.getByRole('button', { name: 'Recall now', exact: true }).click();
  await expect(main(page)).toHaveAttribute('data-step', 'track');
  await page.getByRole('button', { name: 'Write to recipients', exact: true }).click();
  await page.getByRole('button', { name: 'Ask them to delete it: Open the message', exact: true }).click();
  const draft = page.locator('[data-draft]');
  // Only Dmitry: the colleagues' recall is still running, so no note draws attention to it.
  await expect(draft).toHaveAttribute('data-draft-to', 'dmitry.k@gmail.com');
  expect(recallRequests).toHaveLength(1);
  expect(await page.evaluate(() => (window as unknown as { __paneClicks: number }).__paneClicks)).toBe(4);
});

test('reopened after a recall: the already recalled colleagues are not pre-selected for a please-delete note', async ({ page }) => {
  await openScenario(page, 'gmail-among-internal');
  await page.locator('[data-plan-proposal]').click();
  await page.getByRole('button', { name: 'Recall now', exact: true }).click();
  await expect(page.locator('[data-track-recipient="boris.ivanov@contoso.com"]')).toHaveAttribute('data-outcome', 'recalled', { timeout: 15_000 });
  await reopenPane(page);
  await expect(page.locator('[data-track-recipient="maria.sokolova@contoso.com"]')).toHaveAttribute('data-outcome', 'recalled', { timeout: 15_000 });
  await expect(page.locator('[data-track-recipient="dmitry.k@gmail.com"]')).toHaveAttribute('data-next-step', 'follow-up');
  await expect(main(page)).toHaveAttribute('data-plan-open', '1');
  await page.getByRole('button', { name: 'Write to recipients', exact: true }).click();
  await expect(page.locator('[data-follow-up-draft]')).toHaveCount(1);
  await expect(page.locator('[data-follow-up-draft="external"]')).toHaveAttribute('data-follow-up-count', '1');
});

/** The add-in's mark on the message, written right after the 202: what a reopened pane reads back. */
const markWritten = (page: Page) => page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/v1.0/me/messages/'));

async function recallThroughTheProposal(page: Page, lang: Lang) {
  await page.locator('[data-plan-proposal]').click();
  const marked = markWritten(page);
  await page.getByRole('button', { name: WORDS[lang].recallNow, exact: true }).click();
  await marked;
  await expect(main(page)).toHaveAttribute('data-step', 'track');
}

const trackRow = (page: Page, address: string) => page.locator(`[data-track-recipient="${address}"]`);
const BORIS = 'boris.ivanov@contoso.com';
const MARIA = 'maria.sokolova@contoso.com';
const CHEN = 'chen.wei@contoso.com';
const DMITRY = 'dmitry.k@gmail.com';

for (const lang of ['en', 'ru'] as const) {
  const w = WORDS[lang];

  // Issue 22, item 2: reopened after a recall, the colleagues showed red under "Can't be recalled",
  // every reason became "Recall already requested" (Gmail's too), and the pane opened on the check.
  test(`reopened after a recall (${lang}): it lands on the status, each recipient keeps their own reasons, and the note and the tick made before survive`, async ({
    page,
  }) => {
    await openScenario(page, 'gmail-among-internal', { lang });
    await recallThroughTheProposal(page, lang);
    // Before any report: a note to Dmitry typed, and Boris (whose recall still runs) ticked in.
    await page.getByRole('button', { name: w.write, exact: true }).click();
    await expect(main(page)).toHaveAttribute('data-step', 'alternatives');
    const body = page.locator('[data-follow-up-draft="external"]').getByRole('textbox', { name: w.message });
    await body.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' PLEASE CALL ME FIRST');
    await page.getByRole('checkbox', { name: /Boris Ivanov/ }).check();
    await expect(page.locator(`[data-follow-up-recipient="${BORIS}"]`)).toHaveAttribute('data-included', 'true');

    await reopenPane(page);
    await expect(trackRow(page, BORIS)).toHaveAttribute('data-outcome', 'recalled', { timeout: 15_000 });
    await expect(trackRow(page, MARIA)).toHaveAttribute('data-outcome', 'recalled', { timeout: 15_000 });
    await expect(trackRow(page, DMITRY)).toHaveAttribute('data-outcome', 'not-targeted');
    await expect(trackRow(page, DMITRY)).toHaveAttribute('data-next-step', 'follow-up');
    expect(await rowContract(page, BORIS)).toEqual({ verdict: 'recallable', reasons: 'INTERNAL', recall: 'recalled' });
    expect(await rowContract(page, MARIA)).toEqual({ verdict: 'recallable', reasons: 'INTERNAL', recall: 'recalled' });
    expect(await rowContract(page, DMITRY)).toEqual({ verdict: 'not-recallable', reasons: 'CONSUMER_MAILBOX', recall: 'not-targeted' });

    // The check's rows, one Back away: colleagues as recalled, nobody's reason replaced.
    await page.locator('[data-back]').click();
    await expect(main(page)).toHaveAttribute('data-step', 'check');
    await expect(page.locator('[data-overall-verdict] .fui-MessageBar')).not.toHaveClass(/error/);
    await expect(page.getByRole('heading', { name: w.cantBeRecalled })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: w.requested })).toBeVisible();
    await expect(page.locator('[data-recipient][data-verdict="not-recallable"]')).toHaveCount(1);
    await expect(page.locator(`[data-recipient="${BORIS}"]`)).toHaveAttribute('data-recall', 'recalled');
    await page.getByRole('button', { name: w.status, exact: true }).click();

    // What was typed and ticked before the reload is still there.
    await page.getByRole('button', { name: w.write, exact: true }).click();
    await expect(body).toHaveValue(/PLEASE CALL ME FIRST/);
    await expect(page.locator(`[data-follow-up-recipient="${BORIS}"]`)).toHaveAttribute('data-included', 'true');
    await expect(page.locator(`[data-follow-up-recipient="${BORIS}"]`)).toHaveAttribute('data-why', 'ADDED_BY_USER');
    await openEveryFollowUp(page);
    await expect(main(page)).toHaveAttribute('data-plan-open', '0');
  });

  // Issue 22, item 5: a reader the recall reached counted as done ("everyone is taken care of").
  test(`read by one (${lang}): recalled, but they had read it, so a note is still proposed; reopened midway; done only once it is written`, async ({
    page,
  }) => {
    await openScenario(page, 'read-by-one', { lang });
    await recallThroughTheProposal(page, lang);
    await reopenPane(page);
    await expect(page.locator('[data-outcome="pending"]')).toHaveCount(0, { timeout: 15_000 });
    for (const address of [BORIS, MARIA, CHEN]) await expect(trackRow(page, address)).toHaveAttribute('data-outcome', 'recalled');
    await expect(trackRow(page, BORIS)).toHaveAttribute('data-next-step', 'follow-up');
    await expect(trackRow(page, BORIS)).toContainText(w.recalledButRead);
    await expect(main(page)).toHaveAttribute('data-plan-open', '1');
    await page.getByRole('button', { name: w.write, exact: true }).click();
    await expect(page.locator(`[data-follow-up-recipient="${BORIS}"]`)).toHaveAttribute('data-why', 'RECALLED_BUT_READ');
    await expect(page.locator('[data-follow-up-draft="internal"]')).toHaveAttribute('data-follow-up-count', '1');
    await openEveryFollowUp(page);
    await expect(main(page)).toHaveAttribute('data-plan-open', '0');
    await expect(page.locator('[data-next-step]')).toHaveCount(0);
  });

  // Issue 22, item 3: reloaded during tracking, a recipient stayed "outcome unknown" under "every
  // report is in". Reopened right after the recall, before any report arrives.
  for (const journey of JOURNEYS.filter((j) => j.scenario === 'recall-partial-failure' || j.scenario === 'all-internal')) {
    test(`${journey.scenario} (${lang}): reopened right after the recall, tracking settles with the same outcomes as without the reload`, async ({ page }) => {
      await openScenario(page, journey.scenario, { lang });
      await recallThroughTheProposal(page, lang);
      await reopenPane(page);
      for (const [address, outcome] of Object.entries(journey.outcomes)) {
        await expect(trackRow(page, address)).toHaveAttribute('data-outcome', outcome, { timeout: 20_000 });
      }
      await expect(page.locator('[data-outcome="pending"], [data-outcome="unknown"]')).toHaveCount(0);
      await expect(page.getByText(lang === 'en' ? /Every report is in\./ : /пришли все\./)).toBeVisible();
    });
  }
}

/*
 * Issue 22, item 3, made certain: Maria's failure is reported well after Boris's success, so the
 * first readings of the reopened pane find a cloud report that names Boris only. Tracking must
 * go on reading until it names her (it used to stop there, Maria "unknown", "every report is in").
 * Served from another origin through `?scenarioUrl=` (docs/scenarios.md).
 */
test.describe('a report read before it names everyone', () => {
  const lateFailure = aScenario('recall-late-failure')
    .to({ name: 'Boris Ivanov', address: BORIS })
    .cc({ name: 'Maria Sokolova', address: MARIA })
    .set('tenant.recall', { outcomes: { [BORIS]: { outcome: 'succeeded', afterSeconds: 0 }, [MARIA]: { outcome: 'failed', afterSeconds: 8 } } })
    .raw();
  let server: Server;
  let url = '';

  test.beforeAll(async () => {
    server = createServer((_req, res) => {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(lateFailure));
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/recall-late-failure.json`;
  });

  test.afterAll(async () => {
    await new Promise((closed) => server.close(closed));
  });

  for (const lang of ['en', 'ru'] as const) {
    test(`reopened before the last report (${lang}): tracking goes on until the report names everyone`, async ({ page }) => {
      await page.goto(demoUrl({ scenarioUrl: url, lang }));
      await page.locator('[data-overall-verdict]').waitFor({ state: 'attached' });
      await recallThroughTheProposal(page, lang);
      await reopenPane(page);
      await expect(trackRow(page, BORIS)).toHaveAttribute('data-outcome', 'recalled', { timeout: 20_000 });
      await expect(trackRow(page, MARIA)).toHaveAttribute('data-outcome', 'failed', { timeout: 30_000 });
      await expect(trackRow(page, MARIA)).toHaveAttribute('data-next-step', 'follow-up');
      await expect(page.getByText(lang === 'en' ? /Every report is in\./ : /пришли все\./)).toBeVisible();
    });
  }
});
