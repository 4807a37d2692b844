/** The replacement card ("Delete and replace") as the track step shows it, over the real plan and session providers. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReplacementCard } from '../../src/app/components/Replacement';
import { FollowUpSessionProvider, SessionStoreProvider } from '../../src/app/followUp/FollowUpSession';
import { RecallPlanProvider, usePlanOpen } from '../../src/app/RecallPlanProvider';
import { ServicesProvider } from '../../src/app/services';
import { DemoTokenProvider } from '../../src/auth/demoTokenProvider';
import { parseConfig } from '../../src/config/parseConfig';
import type { ReplacementProgress } from '../../src/domain/replacement';
import type { OutlookHost } from '../../src/host/outlookHost';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import type { Lang } from '../../src/i18n/translator';
import type { CheckOutcome } from '../../src/usecases/check/checkMessage';
import { initialSession, type FollowUpSession } from '../../src/usecases/followUp/session';
import type { SessionStore } from '../../src/usecases/followUp/storedSessions';
import { NOW } from './domain';

/** A session store in memory, as the page keeps one where sessionStorage is refused. */
export function memoryStore(): SessionStore & { readonly sessions: Map<string, FollowUpSession> } {
  const sessions = new Map<string, FollowUpSession>();
  return {
    sessions,
    load: (id) => sessions.get(id) ?? null,
    restore: (id) => Promise.resolve(sessions.get(id) ?? null),
    save: (id, session) => {
      sessions.set(id, session);
      return Promise.resolve();
    },
  };
}

/** `data-plan-open` as the pane shows it. */
function PlanOpen() {
  return <output data-plan-open={usePlanOpen() ?? ''} />;
}

export interface ReplacementCardOptions {
  readonly lang?: Lang;
  /** What the session holds; default: "Delete and replace" chosen with a recall by the add-in, nothing opened. */
  readonly progress?: ReplacementProgress;
  readonly store?: SessionStore;
}

/** Renders the card after a recall by the add-in (Graph absent: no report reading). */
export function renderReplacementCard(outcome: CheckOutcome, host: OutlookHost, options: ReplacementCardOptions = {}) {
  const store = options.store ?? memoryStore();
  void store.save(outcome.key.itemId, { ...initialSession, replacement: options.progress ?? { by: 'add-in', opened: [], skipped: false } });
  const view = render(
    <ServicesProvider services={{ host, graph: null, tokens: new DemoTokenProvider(), policy: parseConfig({}).policy, clock: () => NOW }}>
      <I18nProvider lang={options.lang ?? 'en'}>
        <SessionStoreProvider store={store}>
          <FollowUpSessionProvider item={outcome}>
            <RecallPlanProvider state={{ step: 'track', outcome, choice: 'replace', recall: { at: NOW, byAddIn: true } }}>
              <ReplacementCard outcome={outcome} />
              <PlanOpen />
            </RecallPlanProvider>
          </FollowUpSessionProvider>
        </SessionStoreProvider>
      </I18nProvider>
    </ServicesProvider>,
  );
  const planOpen = () => Number(view.container.querySelector('[data-plan-open]')?.getAttribute('data-plan-open'));
  const state = () => view.container.querySelector('[data-replacement]')?.getAttribute('data-replacement') ?? null;
  return { ...view, store, planOpen, state, user: userEvent.setup() };
}
