/**
 * The "Held messages" view on Graph (MSW: the simulated Drafts of src/demo/simulatedHeldDrafts.ts
 * in front of the simulated tenant): what it shows, and the requests behind "Send now".
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { HeldMessagesView } from '../../src/app/safetyWindow/HeldMessagesView';
import { ServicesProvider, type Services } from '../../src/app/services';
import { DemoTokenProvider } from '../../src/auth/demoTokenProvider';
import { parseConfig } from '../../src/config/parseConfig';
import { fail, ok } from '../../src/domain/failure';
import type { SafetyWindowOptIn } from '../../src/domain/safetyWindow';
import { heldDraftHandlers, HeldDraftStore } from '../../src/demo/simulatedHeldDrafts';
import { simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { GraphClient } from '../../src/graph/graphClient';
import { graphHeldMessages } from '../../src/graph/heldMessages';
import { SimulatedHost } from '../../src/host/simulatedHost';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import type { Lang } from '../../src/i18n/translator';
import { NOW } from '../builders/domain';
import { setupMswForFile } from '../builders/graph';
import { aScenario } from '../builders/scenario';
import { aHostInfo } from '../builders/services';
import { graphAdapter } from '../../src/graph/graphAdapter';

const msw = setupMswForFile();
const clock = () => NOW;

function renderView(store: HeldDraftStore, lang: Lang = 'en', overrides: HttpHandler[] = [], optIn?: SafetyWindowOptIn) {
  const scenario = aScenario().build();
  msw.server.use(...heldDraftHandlers(scenario, store, clock), ...simulatedTenantHandlers(scenario));
  // Later use() calls come first: a test's own answers win over the simulated mailbox.
  msw.server.use(...overrides);
  const opened: string[] = [];
  const graph = new GraphClient({ tokens: new DemoTokenProvider(), maxAttempts: 1 });
  const host = new SimulatedHost({
    info: aHostInfo(),
    item: null,
  });
  const services: Services = {
    host,
    graph: graphAdapter(graph),
    tokens: new DemoTokenProvider(),
    policy: parseConfig({}).policy,
    clock,
    heldMessages: graphHeldMessages(graph, clock, async (id) => {
      opened.push(id);
      return ok(undefined);
    }),
    ...(optIn ? { safetyWindowOptIn: optIn } : {}),
  };
  render(
    <ServicesProvider services={services}>
      <I18nProvider lang={lang}>
        <HeldMessagesView />
      </I18nProvider>
    </ServicesProvider>,
  );
  return { opened, user: userEvent.setup() };
}

const inMinutes = (m: number) => new Date(NOW.getTime() + m * 60_000);
const heldTo = (store: HeldDraftStore, minutes: number | null, subject = 'Q4 budget') =>
  store.add({ subject, to: ['dmitry.k@gmail.com'], cc: ['maria.sokolova@contoso.com'], bcc: [], deliverAt: minutes === null ? null : inMinutes(minutes) });

describe('Held messages', () => {
  it('lists only drafts whose delivery time is ahead, soonest first, with the minutes left', async () => {
    const store = new HeldDraftStore();
    heldTo(store, 9, 'Later');
    heldTo(store, 3, 'Sooner');
    heldTo(store, null, 'A plain draft');
    renderView(store);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-minutes-left'))).toEqual(['3', '9']);
    expect(within(items[0]!).getByText('Sooner')).toBeInTheDocument();
    expect(within(items[0]!).getByText(/^Leaves in 3 minutes, at /)).toBeInTheDocument();
    expect(screen.queryByText('A plain draft')).not.toBeInTheDocument();
  });

  it('asks Graph for Drafts with PidTagDeferredSendTime expanded, in one request', async () => {
    const store = new HeldDraftStore();
    heldTo(store, 5);
    renderView(store);
    await screen.findByText(/^Leaves in 5 minutes/);
    const [request] = msw.graphRequests();
    const url = new URL(request!.url);
    expect(url.pathname).toBe('/v1.0/me/mailFolders/drafts/messages');
    expect(url.searchParams.get('$expand')).toBe("singleValueExtendedProperties($filter=id eq 'SystemTime 0x3FEF')");
    expect(msw.graphRequests()).toHaveLength(1);
  });

  it('in Russian, with its plural: 1 минуту, 3 минуты, 5 минут', async () => {
    const store = new HeldDraftStore();
    heldTo(store, 1, 'a');
    heldTo(store, 3, 'b');
    heldTo(store, 5, 'c');
    renderView(store, 'ru');
    expect(await screen.findByText(/^Уйдёт через 1 минуту/)).toBeInTheDocument();
    expect(screen.getByText(/^Уйдёт через 3 минуты/)).toBeInTheDocument();
    expect(screen.getByText(/^Уйдёт через 5 минут,/)).toBeInTheDocument();
  });

  it('Send now: PATCHes the deferred time to now, then the message is no longer held', async () => {
    const store = new HeldDraftStore();
    const draft = heldTo(store, 10);
    const { user } = renderView(store);
    await user.click(await screen.findByRole('button', { name: 'Send now' }));
    expect(await screen.findByText('No message is being held.')).toBeInTheDocument();
    const patch = msw.graphRequests().find((r) => r.method === 'PATCH');
    expect(new URL(patch!.url).pathname).toBe(`/v1.0/me/messages/${draft.id}`);
    expect(JSON.parse(await patch!.body)).toEqual({ singleValueExtendedProperties: [{ id: 'SystemTime 0x3FEF', value: NOW.toISOString() }] });
    expect(patch!.authorization).toContain('Mail.ReadWrite');
  });

  it('Don’t send: opens that draft in Outlook and says what to do there', async () => {
    const store = new HeldDraftStore();
    const draft = heldTo(store, 10);
    const { opened, user } = renderView(store);
    await user.click(await screen.findByRole('button', { name: 'Don’t send — back to drafts' }));
    expect(opened).toEqual([draft.id]);
    expect(screen.getByText(/^Opens the draft in Outlook: change it or delete it before /)).toBeInTheDocument();
  });

  it('Graph failing: says so, never an empty "nothing held"', async () => {
    const store = new HeldDraftStore();
    heldTo(store, 10);
    renderView(store, 'en', [
      http.get(/\/me\/mailFolders\/drafts\/messages/, () => HttpResponse.json({ error: { code: 'ServiceUnavailable', message: 'x' } }, { status: 500 })),
    ]);
    expect(await screen.findByText(/^That didn’t work:/)).toBeInTheDocument();
    expect(screen.queryByText('No message is being held.')).not.toBeInTheDocument();
  });
});

describe('the user’s opt-in, where the admin allows it', () => {
  /** Outlook's roaming settings at the edge: what was saved, and whether saving works. */
  function roaming(saving: 'works' | 'fails', initially = false) {
    let stored = initially;
    const saves: boolean[] = [];
    const optIn: SafetyWindowOptIn = {
      minutes: 5,
      get: () => stored,
      set: async (on) => {
        saves.push(on);
        if (saving === 'fails') return fail({ kind: 'unsupported', what: 'roamingSettings' });
        stored = on;
        return ok(undefined);
      },
    };
    return { optIn, saves };
  }

  it('is a switch with the allowed minutes; turning it on saves the flag', async () => {
    const { optIn, saves } = roaming('works');
    const { user } = renderView(new HeldDraftStore(), 'en', [], optIn);
    const toggle = await screen.findByRole('switch', { name: 'Hold my messages to people a recall can’t reach for 5 minutes' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(saves).toEqual([true]);
    expect(toggle).toBeChecked();
  });

  it('when Outlook can’t save it, the switch goes back and says so', async () => {
    const { optIn } = roaming('fails');
    const { user } = renderView(new HeldDraftStore(), 'en', [], optIn);
    const toggle = await screen.findByRole('switch');
    await user.click(toggle);
    expect(await screen.findByRole('alert')).toHaveTextContent('Outlook didn’t save this setting. Try again.');
    expect(toggle).not.toBeChecked();
  });

  it('absent where the admin allows no opt-in', async () => {
    renderView(new HeldDraftStore());
    await screen.findByText('No message is being held.');
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });
});
