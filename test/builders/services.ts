/** The app's Services for a scenario, wired the way the demo wires them (src/demo/demo.tsx). */
import type { Services } from '../../src/app/services';
import type { TokenProvider } from '../../src/auth/tokenProvider';
import { parseConfig } from '../../src/config/parseConfig';
import type { Scenario } from '../../src/demo/scenario';
import { scenarioHost } from '../../src/demo/scenarioHost';
import { scenarioTokens } from '../../src/demo/scenarioTokens';
import { GraphClient } from '../../src/graph/graphClient';
import type { HostInfo, SentItemFacts } from '../../src/host/outlookHost';
import { SimulatedHost } from '../../src/host/simulatedHost';
import { recordingSleep } from './graph';
import { graphAdapter } from '../../src/graph/graphAdapter';

/** Outlook on the web for a work account, in English, light, with every capability; override what a test is about. */
export function aHostInfo(overrides: Partial<HostInfo> = {}): HostInfo {
  return {
    client: 'web',
    accountKind: 'work',
    displayLanguage: 'en-US',
    userAddress: 'alex@contoso.com',
    userName: 'Alex',
    darkTheme: false,
    supportsNestedAuth: true,
    supportsNewMessageForm: true,
    ...overrides,
  };
}

export interface ServicesOptions {
  readonly tokens?: TokenProvider;
  /** No Graph client at all (the production pane does this for personal accounts). */
  readonly withoutGraph?: boolean;
  /** Replace the item the host shows (null: nothing selected). */
  readonly item?: SentItemFacts | null;
  /** The pane's clock, which the Graph client measures its waits on too (default: the scenario's `now`, standing still). */
  readonly clock?: () => Date;
}

export function servicesFor(scenario: Scenario, options: ServicesOptions = {}) {
  const base = scenarioHost(scenario);
  const host = options.item === undefined ? base : new SimulatedHost({ info: base.info, item: options.item });
  const { waits, sleep } = recordingSleep();
  const tokens = options.tokens ?? scenarioTokens(scenario, sleep);
  const clock = options.clock ?? (() => new Date(scenario.now));
  const services: Services = {
    host,
    graph: options.withoutGraph ? null : graphAdapter(new GraphClient({ tokens, sleep, now: () => clock().getTime() })),
    tokens,
    policy: parseConfig(scenario.policy).policy,
    clock,
  };
  return { services, host, waits };
}
