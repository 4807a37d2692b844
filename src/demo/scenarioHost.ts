import type { Recipient } from '../domain/facts';
import { accountKindOf, clientKindOf } from '../host/clientKind';
import type { DraftMessage, HostInfo, SentItemFacts } from '../host/outlookHost';
import { SimulatedHost } from '../host/simulatedHost';
import { SIMULATED_REST_ID } from './simulatedTenant';
import type { Scenario, ScenarioPerson } from './scenario';
import { validDate } from '../domain/validDate';

/** Read mode in Outlook on the web and new Outlook shows at most 20 recipients per field. */
const WEB_READ_MODE_CAP = 20;

export function hostInfoOf(scenario: Scenario): HostInfo {
  const { host, user } = scenario;
  return {
    client: clientKindOf(host.hostName, host.platform),
    accountKind: accountKindOf(host.accountType),
    displayLanguage: host.locale,
    userAddress: user.address,
    userName: user.name,
    darkTheme: host.theme === 'dark',
    supportsNestedAuth: host.requirementSets['NestedAppAuth'] !== undefined,
  };
}

/** What Office.js would show for the scenario's message: no bcc, capped lists on the web. */
export function sentItemOf(scenario: Scenario): SentItemFacts {
  const info = hostInfoOf(scenario);
  const capped = info.client === 'web' || info.client === 'newOutlook';
  const { message } = scenario;
  const field = (people: readonly ScenarioPerson[], name: Recipient['field']): Recipient[] =>
    (capped ? people.slice(0, WEB_READ_MODE_CAP) : people).map((p) => ({ name: p.name, address: p.address, field: name }));
  return {
    restId: info.client === 'mobile' ? null : SIMULATED_REST_ID,
    itemClass: message.itemClass,
    subject: message.subject,
    sentDateTime: validDate(message.sentDateTime),
    from: message.from.address,
    recipients: [...field(message.to, 'to'), ...field(message.cc, 'cc')],
    recipientsMayBeTruncated: capped && (message.to.length >= WEB_READ_MODE_CAP || message.cc.length >= WEB_READ_MODE_CAP),
  };
}

export function scenarioHost(scenario: Scenario, onNewMessage?: (draft: DraftMessage) => void): SimulatedHost {
  return new SimulatedHost({ info: hostInfoOf(scenario), item: sentItemOf(scenario), ...(onNewMessage ? { onNewMessage } : {}) });
}
