import { createRoot } from 'react-dom/client';
import { Root } from '../app/Root';
import { storagePreferences } from '../app/preferences';
import type { Services } from '../app/services';
import { chooseTokenProvider } from '../auth/chooseTokenProvider';
import { lazyDialogTokenSource } from '../auth/lazyDialogTokenSource';
import { loadConfig } from '../config/loadConfig';
import { DiagnosticsLog } from '../domain/diagnostics';
import { graphAdapter } from '../graph/graphAdapter';
import { GraphClient } from '../graph/graphClient';
import { sessionVerifiedDomains } from '../graph/verifiedDomainsCache';
import { createOfficeHost } from '../host/officeHost';
import { keptForSend, roamingVerifiedDomains } from '../host/roamingVerifiedDomains';
import { loadCatalog, loadLanguage } from '../i18n/catalogs';
import { resolveLanguage } from '../i18n/translator';
import { DemoLink } from './DemoLink';
import { OutsideOutlook } from './OutsideOutlook';
import { waitForOffice } from './officeReady';

/** Set at build time: where "open the demo" points from the outside-Outlook page (none in production). */
declare const DEMO_URL: string | null;
/** Set at build time: the manifests' version, for "Copy diagnostics". */
declare const ADDIN_VERSION: string;

const OFFICE_START_TIMEOUT_MS = 8000;

async function main() {
  const container = document.getElementById('root');
  if (container === null) return;
  const root = createRoot(container);
  // The likely language's catalog downloads while Office starts; Outlook's own language decides below.
  const override = new URLSearchParams(window.location.search).get('lang');
  void loadCatalog(resolveLanguage(override, navigator.language)).catch(() => undefined);
  // config.json holds the recall policy, the safety window and the app registration: one request,
  // with a deadline (loadConfig.ts): a host that never answers fails closed, it never blanks the pane.
  const [start, { policy, auth }] = await Promise.all([waitForOffice(OFFICE_START_TIMEOUT_MS), loadConfig('config.json')]);
  if (start.kind !== 'outlook') {
    const lang = await loadLanguage(resolveLanguage(override, navigator.language));
    document.documentElement.lang = lang;
    // A constant at build time: the production bundle carries no demo link (nor Fluent's Link).
    root.render(<OutsideOutlook lang={lang} reason={start.kind} demoLink={DEMO_URL === null ? null : <DemoLink href={DEMO_URL} />} />);
    return;
  }
  const host = createOfficeHost(start.office);
  // NAA (MSAL loaded lazily) when the host supports it and config.json names an app registration;
  // otherwise every token request says why, and the app runs in degraded mode.
  const tokens = chooseTokenProvider({
    supportsNestedAuth: host.info.supportsNestedAuth,
    auth,
    dialog: lazyDialogTokenSource(async () => {
      const { OfficeDialogTokenSource, officeDialogApi } = await import(/* webpackChunkName: "auth-dialog" */ '../auth/dialogTokenSource');
      return new OfficeDialogTokenSource({ api: officeDialogApi(start.office), origin: window.location.origin, basePath: window.location.pathname });
    }),
  });
  const clock = () => new Date();
  const diagnostics = new DiagnosticsLog(ADDIN_VERSION, clock);
  const graph = host.info.accountKind === 'consumer' ? null : new GraphClient({ tokens, diagnostics, now: () => clock().getTime() });
  // The "Held messages" view only where the admin turned the safety window on (docs/safety-window.md),
  // its services in their own chunk.
  // A window config.json has but we can't read (null) shows no view: the admin note names it.
  const { safetyWindow } = policy;
  const windowOn = safetyWindow !== null && (safetyWindow.minutes > 0 || safetyWindow.optInMinutes > 0);
  const safetyServices = windowOn ? (await import('./safetyWindowServices')).safetyWindowServices(start.office, graph, clock, safetyWindow) : {};
  const sessionDomains = sessionVerifiedDomains(() => window.sessionStorage, host.info.userAddress.split('@').pop() ?? '');
  const services: Services = {
    host,
    graph: graph === null ? null : graphAdapter(graph),
    tokens,
    policy,
    // Where the window is on, the Send check can use them without Graph (docs/safety-window.md, "Without Graph").
    verifiedDomains: windowOn ? keptForSend(sessionDomains, roamingVerifiedDomains(start.office)) : sessionDomains,
    clock,
    preferences: storagePreferences(),
    diagnostics,
    ...safetyServices,
  };
  const lang = await loadLanguage(resolveLanguage(override, host.info.displayLanguage));
  document.documentElement.lang = lang;
  root.render(<Root services={services} lang={lang} dark={host.info.darkTheme} />);
}

void main();
