/**
 * Every answer belongs to its message. With the pane pinned, the user selects message B while
 * message A's recall (or its tracking) is still on the wire: A's answer must never land on B.
 * The responses are held by MSW handlers and released by the test after the switch, so the order
 * of events is fixed by the test, not by timing.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getResponse, http, type HttpHandler } from 'msw';
import { Root } from '../../src/app/Root';
import type { Scenario } from '../../src/demo/scenario';
import { sentItemOf } from '../../src/demo/scenarioHost';
import { SIMULATED_REST_ID, simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { en } from '../../src/i18n/en';
import { setupMswForFile } from '../builders/graph';
import { aScenario, builtInScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server, graphRequests } = setupMswForFile();

const B_REST_ID = 'AAMkAGI2-message-B';

/**
 * Message B lives in its own simulated tenant: every request that names B's id is answered by
 * B's scenario (with B's id read as the simulated one, and the answer naming B's id, as Graph's
 * does: message.md `id`), everything else by A's.
 */
function routeMessageB(scenarioB: Scenario): HttpHandler {
  const tenantB = simulatedTenantHandlers(scenarioB);
  return http.all(/^https:\/\/graph\.microsoft\.com\//, async ({ request }) => {
    const body = request.method === 'GET' ? '' : await request.clone().text();
    if (!request.url.includes(B_REST_ID) && !body.includes(B_REST_ID)) return undefined;
    const init: RequestInit = { method: request.method, headers: request.headers };
    if (request.method !== 'GET') init.body = body.replaceAll(B_REST_ID, SIMULATED_REST_ID);
    const answer = await getResponse(tenantB, new Request(request.url.replaceAll(B_REST_ID, SIMULATED_REST_ID), init));
    if (answer === undefined) return undefined;
    return new Response((await answer.text()).replaceAll(SIMULATED_REST_ID, B_REST_ID), { status: answer.status, headers: answer.headers });
  });
}

/**
 * Holds each POST matching `pattern` (while `holding()` says so) until the test releases it, by
 * arrival order from 0; then the tenant answers it.
 */
function holdRequests(pattern: RegExp, holding: () => boolean = () => true) {
  const gates: (() => void)[] = [];
  const handler = http.post(pattern, async () => {
    if (!holding()) return undefined;
    await new Promise<void>((release) => gates.push(release));
    return undefined;
  });
  return {
    handler,
    arrived: () => gates.length,
    release: async (index: number) => {
      const gate = gates[index];
      if (gate === undefined) throw new Error(`request ${index} has not arrived`);
      await act(async () => gate());
    },
  };
}

function renderPinnedPane(scenarioA: Scenario, scenarioB: Scenario, held: HttpHandler) {
  server.use(...simulatedTenantHandlers(scenarioA));
  server.use(held, routeMessageB(scenarioB));
  const { services, host } = servicesFor(scenarioA);
  const user = userEvent.setup();
  render(<Root services={services} lang="en" dark={false} />);
  const selectB = () => act(() => host.selectItem({ ...sentItemOf(scenarioB), restId: B_REST_ID }));
  return { user, selectB };
}

/** From the verdict to "Recall now?"; `andThen` runs just before the recall is sent. */
async function sendRecall(user: ReturnType<typeof userEvent.setup>, andThen: () => void = () => undefined) {
  await screen.findByRole('heading', { level: 2, name: 'Check' });
  await user.click(screen.getByRole('button', { name: en['nav.choose'] }));
  await user.click(await screen.findByRole('button', { name: en['choose.continue'] }));
  const go = await screen.findByRole('button', { name: en['act.confirm.go'] });
  andThen();
  await user.click(go);
}

async function startRecall(user: ReturnType<typeof userEvent.setup>) {
  await sendRecall(user);
  expect(await screen.findByText(en['act.recalling'])).toBeInTheDocument();
}

const recalls = () => holdRequests(/\/recall$/);
const messageA = (subject: string, scenario: string) => {
  const base = builtInScenario(scenario);
  return { ...base, message: { ...base.message, subject } };
};
const messageB = (subject: string, scenario: string) => {
  const base = builtInScenario(scenario);
  return { ...base, message: { ...base.message, subject, to: [{ name: 'Kim Lee', address: 'kim.lee@contoso.com' }], cc: [], bcc: [] } };
};

describe('a recall in flight when the user selects another message', () => {
  it('A’s recall accepted, arriving while B’s recall is in flight, does not show B as recalled; B’s refusal then shows', async () => {
    const held = recalls();
    const { user, selectB } = renderPinnedPane(messageA('Q4 budget draft', 'all-internal'), messageB('Lunch on Friday', 'recall-refused'), held.handler);
    await startRecall(user);
    await waitFor(() => expect(held.arrived()).toBe(1));

    selectB();
    expect(await screen.findByText('Lunch on Friday')).toBeInTheDocument();
    await startRecall(user);
    await waitFor(() => expect(held.arrived()).toBe(2));

    await held.release(0); // A: 202 Accepted
    await act(async () => undefined);
    expect(screen.queryByRole('heading', { level: 2, name: en['track.title'] })).not.toBeInTheDocument();
    expect(screen.getByText(en['act.recalling'])).toBeInTheDocument();

    await held.release(1); // B: 403, Exchange refused
    expect(await screen.findByRole('heading', { level: 2, name: en['act.title'] })).toBeInTheDocument();
    expect(document.querySelector('[data-recall-refused="forbidden"]')).not.toBeNull();
    expect(screen.queryByRole('heading', { level: 2, name: en['track.title'] })).not.toBeInTheDocument();
  });

  it('A’s recall refused, arriving while B’s recall is in flight, does not show B as refused; B’s acceptance then shows', async () => {
    const held = recalls();
    const { user, selectB } = renderPinnedPane(messageA('Q4 budget draft', 'recall-refused'), messageB('Lunch on Friday', 'all-internal'), held.handler);
    await startRecall(user);
    await waitFor(() => expect(held.arrived()).toBe(1));

    selectB();
    expect(await screen.findByText('Lunch on Friday')).toBeInTheDocument();
    await startRecall(user);
    await waitFor(() => expect(held.arrived()).toBe(2));

    await held.release(0); // A: 403
    await act(async () => undefined);
    expect(document.querySelector('[data-recall-refused]')).toBeNull();
    expect(screen.getByText(en['act.recalling'])).toBeInTheDocument();

    await held.release(1); // B: 202
    expect(await screen.findByRole('heading', { level: 2, name: en['track.title'] })).toBeInTheDocument();
    expect(document.querySelector('[data-recall-refused]')).toBeNull();
  });

  it('A’s recall accepted while B is on its check step leaves B’s check alone', async () => {
    const held = recalls();
    const { user, selectB } = renderPinnedPane(messageA('Q4 budget draft', 'all-internal'), messageB('Lunch on Friday', 'all-internal'), held.handler);
    await startRecall(user);
    await waitFor(() => expect(held.arrived()).toBe(1));
    selectB();
    expect(await screen.findByText('Lunch on Friday')).toBeInTheDocument();
    await held.release(0);
    await act(async () => undefined);
    expect(screen.getByRole('heading', { level: 2, name: 'Check' })).toBeInTheDocument();
    expect(document.querySelectorAll('[data-recipient]')).toHaveLength(1);
  });
});

describe('tracking when the user selects another message', () => {
  it('A’s report check, answered after B is selected, is dropped, and A is not polled again', async () => {
    const scenarioA = aScenario().subject('Q4 budget draft').to('boris.ivanov@contoso.com').build();
    // Only report reads are held: the $batch calls made on the track step.
    let tracking = false;
    const reports = holdRequests(/\/v1\.0\/\$batch$/, () => tracking);
    const { user, selectB } = renderPinnedPane(scenarioA, messageB('Lunch on Friday', 'all-internal'), reports.handler);
    await sendRecall(user, () => {
      tracking = true;
    });
    expect(await screen.findByRole('heading', { level: 2, name: en['track.title'] })).toBeInTheDocument();
    await waitFor(() => expect(reports.arrived()).toBe(1));

    tracking = false;
    selectB();
    expect(await screen.findByText('Lunch on Friday')).toBeInTheDocument();
    const requestsOnB = graphRequests().length;

    await reports.release(0); // A's reports arrive, B is on screen
    await act(async () => undefined);
    expect(screen.getByRole('heading', { level: 2, name: 'Check' })).toBeInTheDocument();
    expect(document.querySelector('[data-track-recipient]')).toBeNull();
    // A's tracking stopped with the switch: nothing more was asked for A.
    expect(graphRequests()).toHaveLength(requestsOnB);
  });
});
