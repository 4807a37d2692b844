/**
 * The event runtime's handlers, registered under the manifests' names by two entries:
 * classicEntry.ts (launchevent.js, the one self-contained file classic Outlook's JavaScript-only
 * runtime loads) and pageEntry.ts (launchevent.html's script: web, new Outlook, Mac). They differ
 * only in how MSAL arrives (docs/safety-window.md, "Event runtime"). No code may depend on Office.onReady: "code in Office.onReady() and
 * Office.initialize isn't run" in classic Outlook (smart-alerts walkthrough), so every handler
 * builds what it needs itself.
 */
import type { NaaClientLoader } from '../auth/naaClient';
import { loadConfig } from '../config/loadConfig';
import { parseAddress, type ParsedRecipient } from '../domain/address';
import { GraphClient } from '../graph/graphClient';
import { sendTimeEvidence } from '../graph/sendTimeEvidence';
import { localHeldTimes } from '../host/heldTimesStorage';
import { roamingVerifiedDomains } from '../host/roamingVerifiedDomains';
import { officeComposeItem } from './composeItem';
import { holdAndSend } from './holdAndSend';
import { onMessageSendHandler } from './onMessageSend';
import { sendTimeConfig } from './sendTimeConfig';
import { silentNaaTokens } from './silentTokens';

/** Absolute, set at build time from ADDIN_BASE_URL (webpack.launchevent.config.js). */
declare const LAUNCHEVENT_CONFIG_URL: string;

/**
 * Outlook shows its "taking longer than expected" dialog after 5 seconds, and with SoftBlock the
 * user can't send until we answer: config.json gets 2 s (else the user is asked), Graph 3 s
 * (else the check goes on without it, holding: fail closed).
 */
const CONFIG_TIMEOUT_MS = 2000;
const GRAPH_TIMEOUT_MS = 3000;

/**
 * The browser runtime (launchevent.html) reads config.json next to its page, like the task pane;
 * the JavaScript-only runtime has no page and takes the absolute URL built in. The URL must be
 * absolute: "Relative URLs in Fetch API calls aren't supported in a JavaScript-only runtime"
 * (event-based-activation.md).
 */
const configUrl = (): string => (typeof document !== 'undefined' && document.baseURI ? new URL('config.json', document.baseURI).href : LAUNCHEVENT_CONFIG_URL);

function depsForThisItem(loadNaa: NaaClientLoader) {
  const item = officeComposeItem(Office);
  // One request for the policy, the safety window and the app registration.
  const loaded = loadConfig(configUrl(), undefined, CONFIG_TIMEOUT_MS);
  return {
    item,
    now: () => new Date(),
    heldTimes: localHeldTimes(),
    config: () => loaded.then(sendTimeConfig),
    evidence: async (recipients: readonly ParsedRecipient[]) => {
      const auth = (await loaded).auth.config;
      const tokens = silentNaaTokens(auth, Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'), loadNaa);
      // One attempt, and one budget for the whole lookup (a 401's fresh-token retry included): Outlook's
      // long-running dialog comes at 5 s.
      const graph =
        item.accountKind === 'consumer' ? null : new GraphClient({ tokens, timeoutMs: GRAPH_TIMEOUT_MS, maxAttempts: 1, budgetMs: GRAPH_TIMEOUT_MS });
      const sender = parseAddress(item.senderAddress);
      // Without Graph: the verified domains the pane kept in roaming settings, then the sender's domain.
      return sendTimeEvidence(graph, recipients, sender.valid ? sender.domain : null, roamingVerifiedDomains(Office));
    },
  };
}

/** Associates the manifests' two function names; `loadNaa` brings MSAL (statically or as a chunk). */
export function registerSendHandlers(loadNaa: NaaClientLoader): void {
  Office.actions.associate('onMessageSendHandler', (event: { completed(options: object): void }) => onMessageSendHandler(depsForThisItem(loadNaa))(event));
  Office.actions.associate('holdAndSend', (event: { completed(): void }) => holdAndSend(depsForThisItem(loadNaa))(event));
}
