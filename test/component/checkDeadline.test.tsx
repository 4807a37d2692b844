/**
 * Bounded waiting on the check step: Graph slower than the deadline gives a verdict from what
 * Outlook shows with the gap said, refined when Graph answers; a one-off failure offers
 * "Check again".
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { CHECK_DEADLINE_MS } from '../../src/usecases/check/checkMessage';
import { Root } from '../../src/app/Root';
import type { Scenario } from '../../src/demo/scenario';
import { simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { GRAPH_ORIGIN } from '../../src/graph/graphClient';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import type { Lang } from '../../src/i18n/translator';
import { graphError, setupMswForFile } from '../builders/graph';
import { builtInScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server, graphRequests } = setupMswForFile();

function renderPane(scenario: Scenario, before: HttpHandler[], lang: Lang = 'en') {
  server.use(...simulatedTenantHandlers(scenario));
  server.use(...before);
  const { services } = servicesFor(scenario);
  render(<Root services={services} lang={lang} dark={false} />);
}

const banner = () => document.querySelector('[data-overall-verdict]');

describe('the check’s deadline', () => {
  afterEach(() => jest.useRealTimers());

  it('Graph slower than the deadline: Outlook’s verdict with the gap stated, then the verdict refined from Graph’s answer', async () => {
    jest.useFakeTimers();
    let release: () => void = () => undefined;
    let arrived = false;
    const held = http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, async () => {
      arrived = true;
      await new Promise<void>((resolve) => (release = resolve));
      return undefined;
    });
    renderPane(builtInScenario('all-internal'), [held]);
    await waitFor(() => expect(arrived).toBe(true));
    expect(banner()).toBeNull();
    // Before the deadline: Outlook's view painted as provisional (no contract attributes).
    expect(document.querySelector('[data-provisional-verdict]')).not.toBeNull();

    act(() => jest.advanceTimersByTime(CHECK_DEADLINE_MS));
    expect(await screen.findByText(en['gap.stillWaiting'])).toBeInTheDocument();
    // At the deadline it becomes the check step's verdict, the gap said.
    expect(document.querySelector('[data-provisional-verdict]')).toBeNull();
    expect(document.querySelector('main')).toHaveAttribute('data-step', 'check');
    // Without Graph nothing is judged recallable on a guess.
    expect(banner()).toHaveAttribute('data-overall-verdict', 'uncertain');
    // The check is still running: no "Check again" that would drop it.
    expect(screen.queryByRole('button', { name: en['check.again'] })).not.toBeInTheDocument();

    await act(async () => release());
    await waitFor(() => expect(banner()).toHaveAttribute('data-overall-verdict', 'recallable'));
    expect(screen.queryByText(en['gap.stillWaiting'])).not.toBeInTheDocument();
  });

  it('Graph in time: no provisional verdict, no gap', async () => {
    renderPane(builtInScenario('all-internal'), []);
    await waitFor(() => expect(banner()).toHaveAttribute('data-overall-verdict', 'recallable'));
    expect(screen.queryByText(en['gap.stillWaiting'])).not.toBeInTheDocument();
  });
});

describe('Check again after a one-off failure', () => {
  /** The first `times` $batch calls fail with `status`, later ones reach the simulated tenant. */
  function failingBatches(times: number, status: number | 'network') {
    let calls = 0;
    return http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, () => {
      calls += 1;
      if (calls > times) return undefined;
      return status === 'network' ? HttpResponse.error() : HttpResponse.json(graphError('Boom'), { status });
    });
  }

  it.each<[string, number | 'network', number]>([
    // Three attempts under the client's one retry policy, all failing.
    ['server errors on every attempt', 503, 3],
    // Not retried by the client: the network is down, not the server.
    ['no network', 'network', 1],
  ])('%s: a degraded verdict and "Check again", which then gives the full verdict', async (_case, status, times) => {
    renderPane(builtInScenario('all-internal'), [failingBatches(times, status)]);
    const again = await screen.findByRole('button', { name: en['check.again'] });
    expect(banner()).toHaveAttribute('data-overall-verdict', 'uncertain');
    const before = graphRequests().length;

    await userEvent.setup().click(again);
    await waitFor(() => expect(banner()).toHaveAttribute('data-overall-verdict', 'recallable'));
    expect(graphRequests().length).toBe(before + 1);
    expect(screen.queryByRole('button', { name: en['check.again'] })).not.toBeInTheDocument();
  });

  it('not offered when the gap will not go away by asking again (403)', async () => {
    renderPane(builtInScenario('all-internal'), [failingBatches(1, 403)]);
    await waitFor(() => expect(banner()).not.toBeNull());
    // Access refused: the sender reads whom to ask; the admin's reason is folded inside the details.
    expect(document.querySelector('[data-verdict-brief]')).toHaveTextContent(/Ask your IT to approve the add-in\.$/);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Why is it uncertain?' }));
    await user.click(screen.getByRole('button', { name: en['admin.details'] }));
    expect(screen.getByText(new RegExp(en['failure.forbidden']))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en['check.again'] })).not.toBeInTheDocument();
  });

  it('not offered once a recall is in the plan: a re-check would forget the recall made with Outlook’s command', async () => {
    renderPane(builtInScenario('all-internal'), [failingBatches(3, 503)]);
    const user = userEvent.setup();
    expect(await screen.findByRole('button', { name: en['check.again'] })).toBeInTheDocument();
    // Without Graph the proposal leads to Outlook's own command; the user says they used it.
    await user.click(document.querySelector('[data-plan-proposal]') as HTMLElement);
    await user.click(await screen.findByRole('button', { name: en['act.didRecall'] }));
    await screen.findByRole('heading', { level: 2, name: en['track.title'] });
    await user.click(screen.getByRole('button', { name: en['app.back'] }));
    await waitFor(() => expect(banner()).not.toBeNull());
    expect(screen.getByText(en['overall.recallRequested.title'])).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en['check.again'] })).not.toBeInTheDocument();
  });

  it('in Russian', async () => {
    renderPane(builtInScenario('all-internal'), [failingBatches(3, 503)], 'ru');
    expect(await screen.findByRole('button', { name: ru['check.again'] })).toBeInTheDocument();
    expect(screen.getByText(ru['check.again.hint'])).toBeInTheDocument();
  });
});
