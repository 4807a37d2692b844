import { createRoot } from 'react-dom/client';
import { Root } from '../app/Root';
import type { Services } from '../app/services';
import { UnavailableTokenProvider } from '../auth/unavailableTokenProvider';
import { loadPolicy } from '../config/loadPolicy';
import { GraphClient } from '../graph/graphClient';
import { createOfficeHost } from '../host/officeHost';
import { resolveLanguage } from '../i18n/translator';
import { OutsideOutlook } from './OutsideOutlook';
import { waitForOffice } from './officeReady';

/** Set at build time: where "open the demo" points from the outside-Outlook page (none in production). */
declare const DEMO_URL: string | null;

const OFFICE_START_TIMEOUT_MS = 8000;

async function main() {
  const container = document.getElementById('root');
  if (container === null) return;
  const root = createRoot(container);
  const [start, policy] = await Promise.all([waitForOffice(OFFICE_START_TIMEOUT_MS), loadPolicy('config.json')]);
  if (start.kind !== 'outlook') {
    const lang = resolveLanguage(new URLSearchParams(window.location.search).get('lang'), navigator.language);
    document.documentElement.lang = lang;
    root.render(<OutsideOutlook lang={lang} reason={start.kind} demoUrl={DEMO_URL} />);
    return;
  }
  const host = createOfficeHost(start.office);
  const tokens = new UnavailableTokenProvider(host.info.supportsNestedAuth ? 'not-configured' : 'nested-auth-unsupported');
  const services: Services = {
    host,
    graph: host.info.accountKind === 'consumer' ? null : new GraphClient({ tokens }),
    tokens,
    policy,
    clock: () => new Date(),
  };
  const lang = resolveLanguage(new URLSearchParams(window.location.search).get('lang'), host.info.displayLanguage);
  document.documentElement.lang = lang;
  root.render(<Root services={services} lang={lang} dark={host.info.darkTheme} />);
}

void main();
