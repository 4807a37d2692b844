/**
 * The "Held messages" view on Graph (MSW: the simulated Drafts of src/demo/simulatedHeldDrafts.ts
 * in front of the simulated tenant) and on what the Send handler left in localStorage: what it
 * shows, with and without Graph, and the requests behind it.
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
import { localHeldTimes } from '../../src/host/heldTimesStorage';

const msw = setupMswForFile();
const clock = () => NOW;

/** The delivery times the Send handler left, in the page's own localStorage (as in Outlook: heldTimesStorage.ts). */
const remembered = localHeldTimes();
afterEach(() => localStorage.clear());

interface ViewOptions {
  readonly lang?: Lang;
  readonly overrides?: HttpHandler[];
  readonly optIn?: SafetyWindowOptIn;
  /** false: no Graph at all here (no held list), only what the Send handler remembered. */
  readonly graph?: boolean;
}

function renderView(store: HeldDraftStore, { lang = 'en', overrides = [], optIn, graph: withGraph = true }: ViewOptions = {}) {
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
    heldTimes: remembered,
    ...(withGraph
      ? {
          heldMessages: graphHeldMessages(graph, clock, async (id) => {
            opened.push(id);
            return ok(undefined);
          }),
        }
      : {}),
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
const hhmm = (d: Date, lang: Lang = 'en') => new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { timeStyle: 'short' }).format(d);
const heldTo = (store: HeldDraftStore, minutes: number | null, subject = 'Q4 budget') =>
  store.add({ subject, to: ['dmitry.k@gmail.com'], cc: ['maria.sokolova@contoso.com'], bcc: [], deliverAt: minutes === null ? null : inMinutes(minutes) });
const graphDown = [http.get(/\/me\/mailFolders\/drafts\/messages/, () => HttpResponse.error())];

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

  it('asks Graph for the Drafts that have PidTagDeferredSendTime, with it expanded, in one request', async () => {
    const store = new HeldDraftStore();
    heldTo(store, 5);
    renderView(store);
    await screen.findByText(/^Leaves in 5 minutes/);
    const [request] = msw.graphRequests();
    const url = new URL(request!.url);
    expect(url.pathname).toBe('/v1.0/me/mailFolders/drafts/messages');
    expect(url.searchParams.get('$filter')).toBe("singleValueExtendedProperties/any(ep:ep/id eq 'SystemTime 0x3FEF')");
    expect(url.searchParams.get('$expand')).toBe("singleValueExtendedProperties($filter=id eq 'SystemTime 0x3FEF')");
    expect(msw.graphRequests()).toHaveLength(1);
  });

  it('in Russian, with its plural: 1 минуту, 3 минуты, 5 минут', async () => {
    const store = new HeldDraftStore();
    heldTo(store, 1, 'a');
    heldTo(store, 3, 'b');
    heldTo(store, 5, 'c');
    renderView(store, { lang: 'ru' });
    expect(await screen.findByText(/^Уйдёт через 1 минуту/)).toBeInTheDocument();
    expect(screen.getByText(/^Уйдёт через 3 минуты/)).toBeInTheDocument();
    expect(screen.getByText(/^Уйдёт через 5 минут,/)).toBeInTheDocument();
  });

  // #23 item 1: "Send now" PATCHed PidTagDeferredSendTime of a submitted message, which no page of
  // Microsoft's documents, and then said "sent" without seeing it leave. The documented way out is
  // the user's, in Drafts; the view writes nothing.
  it('offers no "Send now": the one way out is "Open in Drafts", and the view sends no write to Graph', async () => {
    const store = new HeldDraftStore();
    heldTo(store, 10);
    renderView(store);
    const item = await screen.findByRole('listitem');
    expect(
      within(item)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Open in Drafts']);
    expect(screen.queryByRole('button', { name: /send now/i })).not.toBeInTheDocument();
    await userEvent.setup().click(within(item).getByRole('button', { name: 'Open in Drafts' }));
    expect(msw.graphRequests().map((r) => r.method)).toEqual(['GET']);
  });

  it('Open in Drafts: opens that draft in Outlook, and says how to stop it there and until when', async () => {
    const store = new HeldDraftStore();
    const draft = heldTo(store, 10);
    const { opened, user } = renderView(store);
    await user.click(await screen.findByRole('button', { name: 'Open in Drafts' }));
    expect(opened).toEqual([draft.id]);
    expect(screen.getByText(`To stop it, delete it there before ${hhmm(inMinutes(10))}. You can also edit it there.`)).toBeInTheDocument();
  });

  it('Graph failing: says so, never an empty "nothing held"', async () => {
    const store = new HeldDraftStore();
    heldTo(store, 10);
    renderView(store, {
      overrides: [
        http.get(/\/me\/mailFolders\/drafts\/messages/, () => HttpResponse.json({ error: { code: 'ServiceUnavailable', message: 'x' } }, { status: 500 })),
      ],
    });
    expect(await screen.findByText(/^Held messages in Drafts couldn’t be listed:/)).toBeInTheDocument();
    expect(screen.queryByText('No message is being held.')).not.toBeInTheDocument();
  });

  // #23 item 8: Drafts read 50 at a time without a filter missed held drafts behind ordinary ones.
  it('a user with 120 ordinary drafts saved first: both held drafts are still listed', async () => {
    const store = new HeldDraftStore();
    for (let i = 0; i < 120; i++) heldTo(store, null, `Draft ${i}`);
    heldTo(store, 4, 'Held A');
    heldTo(store, 8, 'Held B');
    renderView(store);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => within(li).getByText(/^Held /).textContent)).toEqual(['Held A', 'Held B']);
  });

  it('more held drafts than it reads (4 pages of 50): lists those, and says Drafts may hold more', async () => {
    const store = new HeldDraftStore();
    for (let i = 0; i < 230; i++) heldTo(store, 1 + (i % 50), `Held ${i}`);
    renderView(store);
    expect(await screen.findByText('Not all of Drafts could be read: there may be more held messages there.')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
    expect(msw.graphRequests()).toHaveLength(4);
    expect(screen.queryByText('No message is being held.')).not.toBeInTheDocument();
  });
});

// #23 item 5: with Graph down the pane showed only "no network connection": a held message vanished,
// with no way to stop it. The Send handler leaves the delivery time (nothing else) for the pane.
describe('what the Send handler remembered (only the delivery time)', () => {
  it.each<[Lang, string]>([
    ['en', 'A message you sent is held until {time}. To stop it: open Drafts and delete it before then.'],
    ['ru', 'Отправленное вами письмо задержано до {time}. Чтобы остановить его, откройте папку «Черновики» и удалите письмо до этого времени.'],
  ])('%s: Graph down: the held message, until when, and how to stop it without Graph', async (lang, words) => {
    remembered.remember(inMinutes(10), NOW);
    renderView(new HeldDraftStore(), { lang, overrides: graphDown });
    const notice = await screen.findByText(words.replace('{time}', hhmm(inMinutes(10), lang)));
    expect(notice.closest('[data-held-notice]')).toHaveAttribute('data-held-until', inMinutes(10).toISOString());
    expect(screen.queryByText('No message is being held.')).not.toBeInTheDocument();
  });

  it('no Graph here at all: the remembered time is shown all the same', async () => {
    remembered.remember(inMinutes(7), NOW);
    renderView(new HeldDraftStore(), { graph: false });
    expect(
      await screen.findByText(`A message you sent is held until ${hhmm(inMinutes(7))}. To stop it: open Drafts and delete it before then.`),
    ).toBeInTheDocument();
    expect(msw.graphRequests()).toHaveLength(0);
  });

  it('a time already past is a sent message: no notice', async () => {
    remembered.remember(inMinutes(-1), inMinutes(-11));
    renderView(new HeldDraftStore(), { graph: false });
    expect(await screen.findByText(/^Held messages can’t be listed here\./)).toBeInTheDocument();
    expect(screen.queryByText(/^A message you sent is held/)).not.toBeInTheDocument();
  });

  it('Graph up: the message is listed once, from Drafts, not again as a notice', async () => {
    const store = new HeldDraftStore();
    heldTo(store, 10, 'Q4 budget');
    // Exchange may keep the time rounded: seconds apart from what Outlook set is the same message.
    remembered.remember(new Date(inMinutes(10).getTime() + 30_000), NOW);
    renderView(store);
    expect(await screen.findAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByText(/^A message you sent is held/)).not.toBeInTheDocument();
  });

  it('Graph up and Drafts read to its end without it: the user deleted it there, so no notice', async () => {
    remembered.remember(inMinutes(10), NOW);
    renderView(new HeldDraftStore());
    expect(await screen.findByText('No message is being held.')).toBeInTheDocument();
    expect(screen.queryByText(/^A message you sent is held/)).not.toBeInTheDocument();
  });

  it('Graph returns a held draft without its time (the $expand on a list is undocumented): the remembered time is still shown', async () => {
    remembered.remember(inMinutes(10), NOW);
    renderView(new HeldDraftStore(), {
      overrides: [http.get(/\/me\/mailFolders\/drafts\/messages/, () => HttpResponse.json({ value: [{ id: 'AAMk-held', subject: 'Q4 budget' }] }))],
    });
    expect(
      await screen.findByText(`A message you sent is held until ${hhmm(inMinutes(10))}. To stop it: open Drafts and delete it before then.`),
    ).toBeInTheDocument();
    expect(screen.queryByText('No message is being held.')).not.toBeInTheDocument();
  });

  it('stores the delivery times only: no subject, no address, no id', () => {
    const store = new HeldDraftStore();
    const draft = heldTo(store, 10, 'Q4 budget');
    remembered.remember(draft.deliverAt!, NOW);
    const everything = Object.keys(localStorage)
      .map((key) => `${key}=${localStorage.getItem(key) ?? ''}`)
      .join('\n');
    expect(everything).toBe(`recall-assistant:held-until=[${inMinutes(10).getTime()}]`);
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
    const { user } = renderView(new HeldDraftStore(), { optIn });
    const toggle = await screen.findByRole('switch', { name: 'Hold my messages to people a recall can’t reach for 5 minutes' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(saves).toEqual([true]);
    expect(toggle).toBeChecked();
  });

  it('when Outlook can’t save it, the switch goes back and says so', async () => {
    const { optIn } = roaming('fails');
    const { user } = renderView(new HeldDraftStore(), { optIn });
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
