import { parseRecipient, type ParsedRecipient } from '../domain/address';
import type { Recipient } from '../domain/facts';
import { ok } from '../domain/failure';
import type { MessageBody } from '../domain/replacement';
import { accountKindOf, clientKindOf } from '../host/clientKind';
import type { DraftMessage, HostInfo, SentItemFacts } from '../host/outlookHost';
import { readModeRecipientCap } from '../host/readModeLimits';
import { SimulatedHost } from '../host/simulatedHost';
import { SIMULATED_REST_ID } from './simulatedTenant';
import type { Scenario, ScenarioPerson } from './scenario';
import { validDate } from '../domain/validDate';

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
    supportsNewMessageForm: versionAtLeast(host.requirementSets['Mailbox'], '1.6'),
  };
}

/** What Office.js would show for the scenario's message: no bcc, each field cut at the client's cap. */
export function sentItemOf(scenario: Scenario): SentItemFacts {
  const info = hostInfoOf(scenario);
  const cap = readModeRecipientCap(info.client, versionAtLeast(scenario.host.requirementSets['Mailbox'], '1.16'));
  const { message } = scenario;
  const field = (people: readonly ScenarioPerson[], name: Recipient['field']): ParsedRecipient[] =>
    people.slice(0, cap).map((p) => parseRecipient({ name: p.name, address: p.address, field: name }));
  return {
    // Mobile gives a REST id as itemId (no conversion needed); every client reaches the same item.
    restId: SIMULATED_REST_ID,
    itemClass: message.itemClass,
    subject: message.subject,
    sentDateTime: validDate(message.sentDateTime),
    from: message.from.address,
    recipients: [...field(message.to, 'to'), ...field(message.cc, 'cc')],
    recipientCap: cap,
  };
}

/** `have` (e.g. "1.14") is at least `wanted`, as Office's isSetSupported compares versions. */
function versionAtLeast(have: string | undefined, wanted: string): boolean {
  if (have === undefined) return false;
  const a = have.split('.').map(Number);
  const b = wanted.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** The scenario's `message.body`: a string is plain text. */
function bodyOf(scenario: Scenario): MessageBody {
  const { body } = scenario.message;
  return typeof body === 'string' ? { type: 'text', content: body } : body;
}

export function scenarioHost(scenario: Scenario, onNewMessage?: (draft: DraftMessage) => void): SimulatedHost {
  return new SimulatedHost({ info: hostInfoOf(scenario), item: sentItemOf(scenario), body: ok(bodyOf(scenario)), ...(onNewMessage ? { onNewMessage } : {}) });
}
