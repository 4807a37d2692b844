/**
 * The recall through the pane and what the mailbox then tells: reports found in a Russian mailbox
 * (subjects in Russian, issue 11 item 3), and a reopened pane that knows of the add-in's own
 * recall from its mark on the message (item 6). The real pane, real GraphClient, the simulated
 * tenant over MSW.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Root } from '../../src/app/Root';
import type { Scenario } from '../../src/demo/scenario';
import { memoryRecallStore, simulatedTenantHandlers, type RecallStore } from '../../src/demo/simulatedTenant';
import { GRAPH_ORIGIN } from '../../src/graph/graphClient';
import { RECALL_MARK_PROPERTY_ID } from '../../src/graph/recallMark';
import type { Lang } from '../../src/i18n/translator';
import { setupMswForFile } from '../builders/graph';
import { builtInScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server, seen } = setupMswForFile();

/** Reports arrive at once, so one poll sees them. */
const fastReports = (scenario: Scenario): Scenario => ({
  ...scenario,
  tenant: { ...scenario.tenant, recall: { ...scenario.tenant.recall, defaultAfterSeconds: 0 } },
});

function renderPane(scenario: Scenario, stores: { recall: RecallStore; mark: RecallStore }, lang: Lang) {
  server.use(...simulatedTenantHandlers(scenario, stores.recall, stores.mark));
  const { services } = servicesFor(scenario);
  return { user: userEvent.setup(), ...render(<Root services={services} lang={lang} dark={false} />) };
}

const labels = {
  en: { recall: 'Recall options', continue: 'Continue', go: 'Recall now' },
  ru: { recall: 'Параметры отзыва', continue: 'Продолжить', go: 'Отозвать' },
} as const;

async function recallThroughThePane(user: ReturnType<typeof userEvent.setup>, lang: Lang) {
  await waitFor(() => expect(document.querySelector('[data-overall-verdict]')).not.toBeNull());
  await user.click(screen.getByRole('button', { name: labels[lang].recall }));
  await user.click(await screen.findByRole('button', { name: labels[lang].continue }));
  await user.click(await screen.findByRole('button', { name: labels[lang].go }));
  await waitFor(() => expect(document.querySelector('main')?.getAttribute('data-step')).toBe('track'));
}

const outcomeOf = (address: string) => document.querySelector(`[data-track-recipient="${CSS.escape(address)}"]`)?.getAttribute('data-outcome');

describe('a Russian mailbox, end to end', () => {
  it('reports with Russian subjects and words settle the tracking: both internal recipients recalled', async () => {
    const scenario = fastReports(builtInScenario('new-outlook-ru'));
    const { user } = renderPane(scenario, { recall: memoryRecallStore(), mark: memoryRecallStore() }, 'ru');
    await recallThroughThePane(user, 'ru');
    await waitFor(() => expect(outcomeOf('boris.ivanov@contoso.com')).toBe('recalled'));
    expect(outcomeOf('chen.wei@contoso.com')).toBe('recalled');
    expect(screen.getByText('Отозвано 2 из 2')).toBeInTheDocument();
  });
});

describe('reopening the pane after the add-in’s own recall', () => {
  it('the recall is marked on the message after the 202, and the reopened check knows it: ALREADY_RECALLED', async () => {
    const scenario = builtInScenario('all-internal');
    const stores = { recall: memoryRecallStore(), mark: memoryRecallStore() };
    const first = renderPane(scenario, stores, 'en');
    await recallThroughThePane(first.user, 'en');
    await waitFor(() => expect(stores.mark.get()).not.toBeNull());
    const patches = seen.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.url)).toEqual([expect.stringMatching(new RegExp(`^${GRAPH_ORIGIN}/v1\\.0/me/messages/`))]);
    expect(JSON.parse((await patches[0]?.body) ?? '{}')).toEqual({
      singleValueExtendedProperties: [{ id: RECALL_MARK_PROPERTY_ID, value: expect.any(String) }],
    });
    first.unmount();

    renderPane(scenario, stores, 'en');
    await waitFor(() => expect(document.querySelector('[data-overall-verdict]')).not.toBeNull());
    expect(document.querySelector('[data-overall-verdict]')?.getAttribute('data-message-reasons')).toContain('ALREADY_RECALLED');
  });
});

describe('reopened after the add-in’s recall, Gmail among colleagues (issue 22, item 2)', () => {
  const contractOf = (address: string) => {
    const row = document.querySelector(`[data-recipient="${CSS.escape(address)}"]`);
    return { verdict: row?.getAttribute('data-verdict'), reasons: row?.getAttribute('data-reasons'), recall: row?.getAttribute('data-recall') };
  };

  it.each<Lang>(['en', 'ru'])('lands on the status (%s): colleagues recalled with their own reasons, Gmail still a personal mailbox', async (lang) => {
    const scenario = fastReports(builtInScenario('gmail-among-internal'));
    const stores = { recall: memoryRecallStore(), mark: memoryRecallStore() };
    const first = renderPane(scenario, stores, lang);
    await recallThroughThePane(first.user, lang);
    await waitFor(() => expect(stores.mark.get()).not.toBeNull());
    first.unmount();

    renderPane(scenario, stores, lang);
    await waitFor(() => expect(document.querySelector('main')?.getAttribute('data-step')).toBe('track'));
    await waitFor(() => expect(outcomeOf('boris.ivanov@contoso.com')).toBe('recalled'));
    expect(outcomeOf('maria.sokolova@contoso.com')).toBe('recalled');
    expect(outcomeOf('dmitry.k@gmail.com')).toBe('not-targeted');
    expect(document.querySelector('[data-track-recipient="dmitry.k@gmail.com"]')).toHaveAttribute('data-next-step', 'follow-up');
    expect(document.querySelector('main')).toHaveAttribute('data-plan-open', '1');
    // The check's contract, without a click: the earlier recall blocks a new one, not anyone's own verdict.
    expect(document.querySelector('[data-overall-verdict]')).toHaveAttribute('data-message-reasons', 'ALREADY_RECALLED');
    expect(contractOf('boris.ivanov@contoso.com')).toEqual({ verdict: 'recallable', reasons: 'INTERNAL', recall: 'recalled' });
    expect(contractOf('maria.sokolova@contoso.com')).toEqual({ verdict: 'recallable', reasons: 'INTERNAL', recall: 'recalled' });
    expect(contractOf('dmitry.k@gmail.com')).toEqual({ verdict: 'not-recallable', reasons: 'CONSUMER_MAILBOX', recall: 'not-targeted' });
  });
});

describe('recalled after they had read it (issue 22, item 5)', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Recalled, but they had already read it: tell them', 'Recalled, but already read by: Boris Ivanov.'],
    ['ru', 'Отозвано, но письмо уже прочитали: напишите получателю', 'Отозвано, но уже прочитали: Boris Ivanov.'],
  ])('the reader is still proposed a note, in its own words (%s); the job is not done', async (lang, next, summary) => {
    const stores = { recall: memoryRecallStore(), mark: memoryRecallStore() };
    const { user } = renderPane(fastReports(builtInScenario('read-by-one')), stores, lang);
    await recallThroughThePane(user, lang);
    await waitFor(() => expect(outcomeOf('boris.ivanov@contoso.com')).toBe('recalled'));
    await waitFor(() => expect(outcomeOf('chen.wei@contoso.com')).toBe('recalled'));
    const boris = document.querySelector('[data-track-recipient="boris.ivanov@contoso.com"]') as HTMLElement;
    expect(boris).toHaveAttribute('data-next-step', 'follow-up');
    expect(boris).toHaveTextContent(next);
    expect(document.querySelector('[data-track-recipient="maria.sokolova@contoso.com"]')).not.toHaveAttribute('data-next-step');
    expect(document.querySelector('main')).toHaveAttribute('data-plan-open', '1');
    expect(document.querySelector('[data-plan-summary]')).toHaveTextContent(summary);
  });
});
