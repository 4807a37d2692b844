import { DemoTokenProvider } from '../auth/demoTokenProvider';
import type { Scenario } from './scenario';

/**
 * The demo's sign-in for a scenario: a token after `tenant.tokenAcquisitionMs`, or, where consent
 * is missing, what nested app authentication answers then (the user can't consent, the prompt is
 * closed): no token, `consent-required`.
 */
export function scenarioTokens(scenario: Scenario, sleep?: (ms: number) => Promise<void>): DemoTokenProvider {
  return new DemoTokenProvider(scenario.tenant.consent === 'missing' ? { kind: 'consent-required' } : null, {
    acquisitionMs: scenario.tenant.tokenAcquisitionMs,
    ...(sleep === undefined ? {} : { sleep }),
  });
}
