import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { setupWorker } from 'msw/browser';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../app/App';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { storagePreferences } from '../app/preferences';
import { ServicesProvider, type Services } from '../app/services';
import { parseConfig } from '../config/parseConfig';
import { DiagnosticsLog } from '../domain/diagnostics';
import { graphAdapter } from '../graph/graphAdapter';
import { GraphClient } from '../graph/graphClient';
import { sessionVerifiedDomains, VERIFIED_DOMAINS_KEY_PREFIX } from '../graph/verifiedDomainsCache';
import type { DraftMessage } from '../host/outlookHost';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { loadLanguage } from '../i18n/catalogs';
import { resolveLanguage, type Lang } from '../i18n/translator';
import { DemoPage, type DemoLinks } from './DemoPage';
import { DraftPreview } from './DraftPreview';
import { withOutlookTiming } from './graphBehaviour';
import { parseScenario, type Scenario } from './scenario';
import { loadScenarioFromUrl, type ScenarioLoad } from './scenarioLoader';
import { problemText } from './scenarioProblems';
import { scenarioHost } from './scenarioHost';
import { scenarioTokens } from './scenarioTokens';
import { BUILT_IN_SCENARIOS, findBuiltInScenario } from './scenarios';
import { simulatedTenantHandlers, type RecallStore } from './simulatedTenant';
import { ComposeDemo } from './compose/ComposeDemo';
import { heldDraftHandlers, HeldDraftStore } from './simulatedHeldDrafts';

/** Set at build time: the manifests' version, for "Copy diagnostics". */
declare const ADDIN_VERSION: string;

type Loaded = ScenarioLoad;

const params = new URLSearchParams(window.location.search);
const DEFAULT_SCENARIO = 'all-internal';
/**
 * `?timing=outlook`: the tenant answers as slowly as the benchmarks model a real one
 * (OUTLOOK_TIMING: 150 ms a round, a $batch's mailbox requests 4 at a time, 300 ms for the first token).
 */
const outlookTiming = params.get('timing') === 'outlook';

async function loadScenario(): Promise<Loaded> {
  const url = params.get('scenarioUrl');
  if (url !== null) return loadScenarioFromUrl(url);
  const id = params.get('scenario') ?? DEFAULT_SCENARIO;
  const raw = findBuiltInScenario(id);
  if (raw === undefined) return { kind: 'error', key: 'demo.unknown', values: { id } };
  const parsed = parseScenario(raw);
  return parsed.ok ? { kind: 'ready', scenario: parsed.scenario } : { kind: 'invalid', problems: parsed.problems };
}

function links(currentId: string | null, lang: Lang, dark: boolean): DemoLinks {
  const scenarios = BUILT_IN_SCENARIOS.map((s) => parseScenario(s)).flatMap((p) => (p.ok ? [{ id: p.scenario.id, title: p.scenario.title }] : []));
  return {
    scenarios,
    currentId,
    lang,
    dark,
    href: (change) => {
      const next = new URLSearchParams(params);
      if (change.scenario !== undefined) {
        next.set('scenario', change.scenario);
        next.delete('scenarioUrl');
      }
      next.set('lang', change.lang ?? lang);
      next.set('theme', change.theme ?? (dark ? 'dark' : 'light'));
      return `?${next.toString()}`;
    },
  };
}

/**
 * The simulated mailbox remembers a recall across reloads (only its time, nothing personal), so
 * reopening the pane shows the recall state read back from the "mailbox", as in Outlook.
 */
function sessionRecallStore(scenarioId: string): RecallStore {
  const key = `recall-assistant-demo:recalled:${scenarioId}`;
  return {
    get: () => {
      const value = Number(sessionStorage.getItem(key));
      return Number.isFinite(value) && value > 0 ? value : null;
    },
    set: (at) => sessionStorage.setItem(key, String(at)),
  };
}

export function resetDemoMailbox(): void {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith('recall-assistant-demo:') || key.startsWith(VERIFIED_DOMAINS_KEY_PREFIX)) sessionStorage.removeItem(key);
  window.location.reload();
}

/** The simulated clock starts at the scenario's `now` and then runs in real time. */
function scenarioClock(scenario: Scenario): () => Date {
  const offset = new Date(scenario.now).getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

function LoadProblem({ loaded }: { loaded: Exclude<Loaded, { kind: 'ready' }> }) {
  const i18n = useI18n();
  return (
    <main>
      <MessageBar intent="error" layout="multiline">
        {/* minWidth 0 lets the body shrink to the pane, so long field paths wrap inside the bar. */}
        <MessageBarBody style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          <MessageBarTitle>{i18n.t('demo.invalid.title')}</MessageBarTitle>
          {loaded.kind === 'invalid' ? (
            <>
              {i18n.t('demo.invalid.body')}
              <ul data-scenario-problems="">
                {loaded.problems.map((p) => (
                  <li key={`${p.path} ${p.key}`}>
                    <code>{p.path}</code>: {problemText(p, i18n.t, i18n.lang)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            i18n.t(loaded.key, loaded.values)
          )}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}

function DemoRoot({
  loaded,
  services,
  graphClient,
  lang,
  dark,
  drafts,
  held,
}: {
  loaded: Loaded;
  services: Services | null;
  graphClient: GraphClient | null;
  lang: Lang;
  dark: boolean;
  drafts: DraftFeed;
  held: HeldDraftStore;
}) {
  const [draft, setDraft] = useState<DraftMessage | null>(null);
  useEffect(() => drafts.subscribe(setDraft), [drafts]);
  const currentId = loaded.kind === 'ready' ? loaded.scenario.id : null;
  // Compose scenarios: the safety window at Send (src/demo/compose), not the recall wizard.
  const compose = loaded.kind === 'ready' && services !== null && loaded.scenario.message.mode === 'compose' ? { scenario: loaded.scenario, services } : null;
  return (
    <I18nProvider lang={lang}>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
        {compose ? (
          <ComposeDemo
            scenario={compose.scenario}
            services={compose.services}
            graphClient={graphClient}
            store={held}
            frame={({ pane, aside }) => <DemoPage links={links(currentId, lang, dark)} onReset={resetDemoMailbox} pane={pane} aside={aside} />}
          />
        ) : (
          <DemoPage
            links={links(currentId, lang, dark)}
            onReset={resetDemoMailbox}
            pane={
              loaded.kind === 'ready' && services ? (
                <ErrorBoundary>
                  <App />
                </ErrorBoundary>
              ) : loaded.kind !== 'ready' ? (
                <LoadProblem loaded={loaded} />
              ) : null
            }
            aside={draft ? <DraftPreview draft={draft} onClose={() => setDraft(null)} /> : null}
          />
        )}
      </FluentProvider>
    </I18nProvider>
  );
}

/** Carries drafts from the simulated host (created before React) to the preview. */
class DraftFeed {
  private listener: ((draft: DraftMessage) => void) | null = null;

  subscribe(listener: (draft: DraftMessage) => void): () => void {
    this.listener = listener;
    return () => {
      this.listener = null;
    };
  }

  publish(draft: DraftMessage): void {
    this.listener?.(draft);
  }
}

async function main() {
  const loaded = await loadScenario();
  const scenario = loaded.kind === 'ready' ? (outlookTiming ? withOutlookTiming(loaded.scenario) : loaded.scenario) : null;
  const lang = await loadLanguage(resolveLanguage(params.get('lang'), scenario?.host.locale));
  const dark = (params.get('theme') ?? scenario?.host.theme) === 'dark';
  document.documentElement.lang = lang;
  const drafts = new DraftFeed();
  const held = new HeldDraftStore();
  let services: Services | null = null;
  let graphClient: GraphClient | null = null;
  if (scenario !== null) {
    const clock = scenarioClock(scenario);
    // "external": nothing in the page answers Graph; its requests leave as real fetches (with the
    // demo token) for a harness outside the page, e.g. Playwright's route, to answer.
    if (scenario.tenant.graph !== 'external') {
      // The safety window's Drafts first: the tenant's handler answers every other Graph path.
      const worker = setupWorker(
        ...heldDraftHandlers(scenario, held, clock),
        ...simulatedTenantHandlers(scenario, sessionRecallStore(scenario.id), sessionRecallStore(`${scenario.id}:mark`)),
      );
      await worker.start({ serviceWorker: { url: './mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
    }
    const tokens = scenarioTokens(scenario);
    const diagnostics = new DiagnosticsLog(ADDIN_VERSION, clock);
    // On the pane's clock, so a wait Graph asked for ends when the pane's countdown says.
    graphClient = new GraphClient({ tokens, diagnostics, now: () => clock().getTime() });
    services = {
      host: scenarioHost(scenario, (draft) => drafts.publish(draft)),
      graph: graphAdapter(graphClient),
      tokens,
      policy: parseConfig(scenario.policy).policy,
      verifiedDomains: sessionVerifiedDomains(() => sessionStorage, `demo-${scenario.id}`),
      clock,
      preferences: storagePreferences(),
      diagnostics,
    };
  }
  const container = document.getElementById('root');
  if (container === null) return;
  const page = <DemoRoot loaded={loaded} services={services} graphClient={graphClient} lang={lang} dark={dark} drafts={drafts} held={held} />;
  createRoot(container).render(services ? <ServicesProvider services={services}>{page}</ServicesProvider> : page);
}

void main();
