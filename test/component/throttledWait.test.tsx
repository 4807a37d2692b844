/**
 * Graph asks to wait longer than an operation can (Retry-After beyond its budget): the pane never
 * asks sooner. The check shows its verdict at once with the wait said, and "Check again" is usable
 * only once the wait is over (disabled but focusable and described until then, announced when it
 * opens); recall tracking does not poll again before the wait is over. The real pane and
 * GraphClient over the simulated tenant (MSW); jest's fake clock stands for the pane's, so nothing
 * waits for real.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Root } from '../../src/app/Root';
import { ServicesProvider } from '../../src/app/services';
import { useRecallTracking } from '../../src/app/useRecallTracking';
import type { Scenario } from '../../src/demo/scenario';
import { simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { GRAPH_ORIGIN } from '../../src/graph/graphClient';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { createTranslator, type Lang } from '../../src/i18n/translator';
import { keyOf } from '../builders/domain';
import { graphError, setupMswForFile } from '../builders/graph';
import { aScenario, builtInScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server, graphRequests } = setupMswForFile();

const banner = () => document.querySelector('[data-overall-verdict]');

/** The pane on jest's fake clock, which the Graph client measures its waits on too. */
function renderPane(scenario: Scenario, lang: Lang) {
  jest.useFakeTimers({ now: new Date(scenario.now) });
  server.use(...simulatedTenantHandlers(scenario));
  const { services } = servicesFor(scenario, { clock: () => new Date() });
  render(<Root services={services} lang={lang} dark={false} />);
  return userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
}

const pass = (ms: number) => act(() => jest.advanceTimersByTime(ms));

afterEach(() => jest.useRealTimers());

describe('the check, when Graph asks to wait longer than the check can (throttled-wait: Retry-After 30 s)', () => {
  it.each([
    ['en', en, 'Microsoft 365 asked us to wait: check again in 30 seconds.', 'Microsoft 365 asked us to wait: check again in 1 second.'],
    [
      'ru',
      ru,
      'Microsoft 365 попросил подождать: проверить ещё раз можно через 30 секунд.',
      'Microsoft 365 попросил подождать: проверить ещё раз можно через 1 секунду.',
    ],
  ] as const)('%s: the verdict at once, the wait said; "Check again" opens when the 30 s are over, and says so', async (lang, words, at30, at1) => {
    const user = renderPane(builtInScenario('throttled-wait'), lang);
    await waitFor(() => expect(banner()).toHaveAttribute('data-overall-verdict', 'uncertain'));
    // Asked once, not again within the check (before: cut to 5 s and asked twice more).
    expect(graphRequests()).toHaveLength(1);
    const again = screen.getByRole('button', { name: words['check.again'] });
    // Disabled but focusable, and its description says how long.
    expect(again).toHaveAttribute('aria-disabled', 'true');
    expect(again).toHaveAccessibleDescription(at30);
    again.focus();
    expect(again).toHaveFocus();
    await user.click(again);
    expect(graphRequests()).toHaveLength(1);
    // The status region next to it exists from the start (so it is announced when it fills), empty while waiting.
    const status = within(again.parentElement as HTMLElement).getByRole('status');
    expect(status).toHaveTextContent('');

    pass(29_000);
    expect(again).toHaveAccessibleDescription(at1);
    expect(again).toHaveAttribute('aria-disabled', 'true');

    pass(1_000);
    expect(again).not.toHaveAttribute('aria-disabled', 'true');
    expect(status).toHaveTextContent(words['check.again.ready']);
    expect(again).toHaveAccessibleDescription(words['check.again.ready']);

    // The throttling was for that one $batch: asked again, Graph answers and the verdict is whole.
    await user.click(again);
    await waitFor(() => expect(banner()).toHaveAttribute('data-overall-verdict', 'recallable'));
    expect(graphRequests()).toHaveLength(2);
  });

  it.each([
    [21, 'через 21 секунду'],
    [22, 'через 22 секунды'],
    [25, 'через 25 секунд'],
    [300, 'через 5 минут'],
    [3600, 'через 60 минут'],
  ])('Russian plurals: Retry-After %i s reads “%s”', async (seconds, words) => {
    const scenario = aScenario().to('boris.ivanov@contoso.com').fault({ target: 'batch', status: 429, times: 1, retryAfterSeconds: seconds }).build();
    renderPane(scenario, 'ru');
    await waitFor(() => expect(banner()).not.toBeNull());
    expect(screen.getByRole('button', { name: ru['check.again'] })).toHaveAccessibleDescription(new RegExp(`${words}\\.$`));
  });

  it('a wait over two minutes is said in minutes, rounded up (English)', async () => {
    const scenario = aScenario().to('boris.ivanov@contoso.com').fault({ target: 'batch', status: 429, times: 1, retryAfterSeconds: 121 }).build();
    renderPane(scenario, 'en');
    await waitFor(() => expect(banner()).not.toBeNull());
    expect(screen.getByRole('button', { name: en['check.again'] })).toHaveAccessibleDescription(
      createTranslator('en').t('check.again.waitMinutes', { minutes: 3 }),
    );
  });

  it('a wait that fits the check is waited in full, and no "Check again" is needed', async () => {
    // throttled-batch: MailTips 429 once with Retry-After 1 s, inside the $batch.
    renderPane(builtInScenario('throttled-batch'), 'en');
    await waitFor(() => expect(banner()).toHaveAttribute('data-overall-verdict', 'recallable'));
    expect(screen.queryByRole('button', { name: en['check.again'] })).not.toBeInTheDocument();
  });
});

describe('recall tracking after a throttled read', () => {
  const BORIS = 'boris.ivanov@contoso.com';
  const targets = [keyOf(BORIS)];
  const message = { subject: 'Q4', restId: 'item-1', recipients: new Set(targets) };

  function Tracking() {
    const view = useRecallTracking({ itemId: 'item-1', attempt: 1 }, targets, message, new Date('2026-11-25T10:00:00Z'), new Date('2026-11-25T09:56:00Z'));
    return <p data-failure={view.failure?.kind ?? ''} />;
  }

  it('asked to wait 60 s: the next poll comes when the wait is over, not on the usual schedule (3 s, 5 s, …)', async () => {
    const scenario = aScenario().to(BORIS).build();
    jest.useFakeTimers({ now: new Date(scenario.now) });
    let batches = 0;
    server.use(
      http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, () => {
        batches += 1;
        return batches === 1 ? HttpResponse.json(graphError('TooManyRequests'), { status: 429, headers: { 'Retry-After': '60' } }) : undefined;
      }),
      ...simulatedTenantHandlers(scenario),
    );
    const { services } = servicesFor(scenario, { clock: () => new Date() });
    render(
      <ServicesProvider services={services}>
        <Tracking />
      </ServicesProvider>,
    );
    await waitFor(() => expect(document.querySelector('[data-failure]')).toHaveAttribute('data-failure', 'throttled'));
    expect(batches).toBe(1);
    for (let second = 0; second < 59; second++) pass(1_000);
    await act(async () => undefined);
    expect(batches).toBe(1);
    pass(1_000);
    await waitFor(() => expect(batches).toBe(2));
    await waitFor(() => expect(document.querySelector('[data-failure]')).toHaveAttribute('data-failure', ''));
  });
});
