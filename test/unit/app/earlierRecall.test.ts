/**
 * "Already recalled" (issue 11 item 6): a recall through Graph leaves no IPM.Outlook.Recall item
 * in Sent Items, so the check reads the add-in's own mark on the message; a recall from classic
 * Outlook is still seen by its request. The check says who recalled and when, for the plan.
 */
import { checkMessage } from '../../../src/usecases/check/checkMessage';
import { memoryRecallStore, simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { sentItemOf } from '../../../src/demo/scenarioHost';
import type { Scenario } from '../../../src/demo/scenario';
import { aGraphClient, setupMswForFile } from '../../builders/graph';
import { aScenario } from '../../builders/scenario';
import { servicesFor } from '../../builders/services';
import { graphAdapter } from '../../../src/graph/graphAdapter';

const { server } = setupMswForFile();
const boris = 'boris.ivanov@contoso.com';

async function check(scenario: Scenario, markedAt: number | null = null, recalledSecondsAgo = 0) {
  const mark = memoryRecallStore();
  if (markedAt !== null) mark.set(markedAt);
  // The recall itself was accepted; its reports arrive 3 s later (the scenario default).
  const recall = memoryRecallStore();
  recall.set(Date.now() - recalledSecondsAgo * 1000);
  server.use(...simulatedTenantHandlers(scenario, recall, mark));
  const { services } = servicesFor(scenario);
  return checkMessage({ ...services, graph: graphAdapter(aGraphClient().client) }, sentItemOf(scenario));
}

describe('an earlier recall', () => {
  it('by the add-in: its mark on the message → ALREADY_RECALLED, by the add-in, at the marked time', async () => {
    const at = Date.parse('2026-11-25T09:58:30Z');
    const outcome = await check(aScenario().to(boris).build(), at);
    expect(outcome.assessment.messageReasons).toContain('ALREADY_RECALLED');
    expect(outcome.earlierRecall).toEqual({ at: new Date(at), byAddIn: true, source: 'mark' });
  });

  it('accepted through Graph but never marked, and no report yet: no recall request is left in Sent Items, so it is not known', async () => {
    const outcome = await check(aScenario().to(boris).build());
    expect(outcome.assessment.messageReasons).not.toContain('ALREADY_RECALLED');
    expect(outcome.earlierRecall).toBeUndefined();
  });

  it('recalled elsewhere (cloud recall from Outlook on the web): no mark, no request, but its report arrived → ALREADY_RECALLED, by someone unknown', async () => {
    const outcome = await check(aScenario().to(boris).build(), null, 60);
    expect(outcome.assessment.messageReasons).toContain('ALREADY_RECALLED');
    expect(outcome.earlierRecall).toEqual({ at: new Date('2026-11-25T10:00:04Z'), byAddIn: false, source: 'report' });
  });

  it('a look-alike report (outside sender, Junk) is no evidence of a recall', async () => {
    const outcome = await check(aScenario().to(boris).set('tenant.lookalikeReports', true).build());
    expect(outcome.assessment.messageReasons).not.toContain('ALREADY_RECALLED');
  });

  it('from classic Outlook: its recall request in Sent Items → ALREADY_RECALLED, by Outlook, at the request’s time', async () => {
    const outcome = await check(aScenario().to(boris).alreadyRecalled().build());
    expect(outcome.assessment.messageReasons).toContain('ALREADY_RECALLED');
    expect(outcome.earlierRecall).toEqual({ at: new Date('2026-11-25T09:58:00Z'), byAddIn: false, source: 'recall-request' });
  });
});
