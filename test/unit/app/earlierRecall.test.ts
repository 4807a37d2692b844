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
import { recallTargets } from '../../../src/domain/followUp';

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

// Issue 21 item 7: a request or report proves an earlier recall only of its own message.
describe('an earlier recall of another message is not ours', () => {
  it('a reply’s report, a report naming someone the message did not go to, a colleague’s recall request with our subject: no evidence either way', async () => {
    const outcome = await check(aScenario().to(boris).set('tenant.lookalikeReports', true).build());
    expect(outcome.assessment.messageReasons).toEqual([]);
    expect(outcome.assessment.messageCautions).toEqual([]);
    expect(outcome.earlierRecall).toBeUndefined();
    expect(outcome.gaps).toEqual([]);
  });

  it('the subject was sent twice and a report of it arrived: it may be the other message’s, so an earlier recall is unknown (said, not blocking), never ALREADY_RECALLED', async () => {
    const outcome = await check(aScenario().to(boris).set('tenant.sentWithSameSubject', 1).build(), null, 60);
    expect(outcome.assessment.messageReasons).toEqual([]);
    expect(outcome.assessment.messageCautions).toEqual(['RECALL_HISTORY_UNKNOWN']);
    expect(outcome.gaps).toEqual([{ kind: 'earlierRecall' }]);
    expect(outcome.earlierRecall).toBeUndefined();
    expect(recallTargets(outcome.assessment).map((r) => r.address)).toEqual([boris]);
  });

  it('the subject was sent twice and a recall request of it is in Sent Items: the same, unknown', async () => {
    const outcome = await check(aScenario().to(boris).alreadyRecalled().set('tenant.sentWithSameSubject', 2).build());
    expect(outcome.assessment.messageReasons).toEqual([]);
    expect(outcome.assessment.messageCautions).toEqual(['RECALL_HISTORY_UNKNOWN']);
    expect(outcome.earlierRecall).toBeUndefined();
  });
});

// Issue 21 item 11: the report lists are read as tracking reads them, and what was not read is unknown.
describe('report lists read to their end', () => {
  it('the report is on the third page of a busy Inbox: found, ALREADY_RECALLED', async () => {
    const outcome = await check(aScenario().to(boris).set('tenant.busyMailbox', 60).build(), null, 60);
    expect(outcome.assessment.messageReasons).toContain('ALREADY_RECALLED');
    expect(outcome.earlierRecall).toMatchObject({ byAddIn: false, source: 'report' });
  });

  it('more Inbox pages than are read, and no recall found in them: an earlier recall is unknown (said), the recall still possible', async () => {
    const outcome = await check(aScenario().to(boris).set('tenant.busyMailbox', 150).build());
    expect(outcome.assessment.messageReasons).toEqual([]);
    expect(outcome.assessment.messageCautions).toEqual(['RECALL_HISTORY_UNKNOWN']);
    expect(outcome.gaps).toEqual([{ kind: 'earlierRecall' }]);
    expect(recallTargets(outcome.assessment).map((r) => r.address)).toEqual([boris]);
  });
});
