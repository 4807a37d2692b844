/**
 * Scenarios for Graph-level and app-level tests: the same document the demo loads, so the
 * simulated tenant (src/demo/simulatedTenant.ts) is the one source of fake truth.
 *   aScenario().onWeb().to('boris.ivanov@contoso.com').bcc('dmitry.k@gmail.com').build()
 */
import { parseScenario, type GraphFault, type Scenario } from '../../src/demo/scenario';
import { findBuiltInScenario } from '../../src/demo/scenarios';

type Person = string | { readonly name: string; readonly address: string };
type Json = Record<string, unknown>;

const person = (p: Person) => (typeof p === 'string' ? { name: '', address: p } : { name: p.name, address: p.address });

/** A plain JSON object we can edit by dotted path; parsed (and validated) only at build(). */
export class ScenarioBuilder {
  private readonly doc: Json;

  constructor(id: string) {
    this.doc = {
      id,
      title: { en: `Test ${id}`, ru: `Тест ${id}` },
      now: '2026-11-25T10:00:00Z',
      host: {
        hostName: 'OutlookWebApp',
        accountType: 'office365',
        platform: 'OfficeOnline',
        locale: 'en-US',
        requirementSets: { Mailbox: '1.14', NestedAppAuth: '1.1' },
      },
      user: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
      message: {
        itemClass: 'IPM.Note',
        folder: 'sentitems',
        subject: 'Q4 budget draft — do not forward',
        sentDateTime: '2026-11-25T09:56:00Z',
        from: { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' },
        to: [],
        cc: [],
        bcc: [],
        isReadReceiptRequested: false,
      },
      tenant: { graph: 'available', verifiedDomains: ['contoso.com', 'contoso.onmicrosoft.com'], mailTips: {}, readReceipts: [], faults: [] },
      policy: {},
    };
  }

  onWeb(): this {
    return this.set('host.hostName', 'OutlookWebApp').set('host.platform', 'OfficeOnline');
  }
  onClassicWindows(): this {
    return this.set('host.hostName', 'Outlook').set('host.platform', 'PC');
  }
  onMobile(): this {
    return this.set('host.hostName', 'OutlookIOS').set('host.platform', 'iOS');
  }
  account(accountType: 'enterprise' | 'office365' | 'outlookCom' | 'gmail'): this {
    return this.set('host.accountType', accountType);
  }
  locale(locale: string): this {
    return this.set('host.locale', locale);
  }
  subject(subject: string): this {
    return this.set('message.subject', subject);
  }
  sentAt(iso: string): this {
    return this.set('message.sentDateTime', iso);
  }
  to(...people: Person[]): this {
    return this.push('message.to', people.map(person));
  }
  cc(...people: Person[]): this {
    return this.push('message.cc', people.map(person));
  }
  bcc(...people: Person[]): this {
    return this.push('message.bcc', people.map(person));
  }
  verifiedDomains(...domains: string[]): this {
    return this.set('tenant.verifiedDomains', domains);
  }
  mailTip(address: string, tip: { recipientScope: string; totalMemberCount?: number; externalMemberCount?: number } | { error: string }): this {
    // Addresses hold dots, so this one can't go through set().
    const tenant = this.doc['tenant'] as Json;
    tenant['mailTips'] = { ...(tenant['mailTips'] as Json), [address]: tip };
    return this;
  }
  readBy(...addresses: string[]): this {
    return this.push('tenant.readReceipts', addresses);
  }
  alreadyRecalled(): this {
    return this.set('tenant.alreadyRecalled', true);
  }
  graphUnavailable(): this {
    return this.set('tenant.graph', 'unavailable');
  }
  latency(ms: number): this {
    return this.set('tenant.latencyMs', ms);
  }
  fault(fault: GraphFault): this {
    return this.push('tenant.faults', [fault]);
  }
  policy(policy: unknown): this {
    return this.set('policy', policy);
  }

  /** Sets any field by dotted path (`message.to.0.address`); array indices are numbers. */
  set(path: string, value: unknown): this {
    const keys = path.split('.');
    let node: Json = this.doc;
    for (const key of keys.slice(0, -1)) {
      const next = node[key];
      if (typeof next !== 'object' || next === null) node[key] = {};
      node = node[key] as Json;
    }
    node[keys[keys.length - 1] as string] = value;
    return this;
  }

  /** Removes a field by dotted path. */
  without(path: string): this {
    const keys = path.split('.');
    let node: Json = this.doc;
    for (const key of keys.slice(0, -1)) node = node[key] as Json;
    delete node[keys[keys.length - 1] as string];
    return this;
  }

  private push(path: string, items: unknown[]): this {
    let node: Json = this.doc;
    const keys = path.split('.');
    for (const key of keys.slice(0, -1)) node = node[key] as Json;
    const last = keys[keys.length - 1] as string;
    node[last] = [...((node[last] as unknown[] | undefined) ?? []), ...items];
    return this;
  }

  /** The document as a scenario file would hold it (deep copy). */
  raw(): Json {
    return structuredClone(this.doc);
  }

  build(): Scenario {
    const parsed = parseScenario(this.raw());
    if (!parsed.ok) throw new Error(`test scenario is invalid: ${parsed.problems.join('; ')}`);
    return parsed.scenario;
  }
}

export const aScenario = (id = 'test-scenario') => new ScenarioBuilder(id);

/** A built-in demo scenario, parsed exactly as the demo parses it. */
export function builtInScenario(id: string): Scenario {
  const parsed = parseScenario(findBuiltInScenario(id));
  if (!parsed.ok) throw new Error(`built-in scenario ${id} is invalid: ${parsed.problems.join('; ')}`);
  return parsed.scenario;
}
