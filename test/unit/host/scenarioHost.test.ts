/**
 * The simulated host shows what Office.js would show on the scenario's client: each field cut at
 * that client's read-mode cap (office.messageread.yml, to/cc), and mobile reaches Graph too.
 */
import { sentItemOf } from '../../../src/demo/scenarioHost';
import { SIMULATED_REST_ID } from '../../../src/demo/simulatedTenant';
import { aScenario } from '../../builders/scenario';

const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@contoso.com`);

describe('sentItemOf: read-mode caps per client', () => {
  it.each<[string, (b: ReturnType<typeof aScenario>) => ReturnType<typeof aScenario>, number, number, boolean]>([
    ['classic Windows, Mailbox 1.14: 600 sent, 500 shown', (b) => b.onClassicWindows(), 600, 500, true],
    ['classic Windows, Mailbox 1.16: 600 sent, all shown', (b) => b.onClassicWindows().set('host.requirementSets', { Mailbox: '1.16', NestedAppAuth: '1.1' }), 600, 600, false],
    ['iOS: 150 sent, 100 shown', (b) => b.onMobile(), 150, 100, true],
    ['classic Mac: 150 sent, 100 shown', (b) => b.set('host.hostName', 'Outlook').set('host.platform', 'Mac'), 150, 100, true],
    ['web: 25 sent, 20 shown', (b) => b.onWeb(), 25, 20, true],
    ['web: 19 sent, all shown', (b) => b.onWeb(), 19, 19, false],
  ])('%s', (_name, client, sent, shown, cut) => {
    const item = sentItemOf(client(aScenario()).to(...people(sent)).build());
    expect(item.recipients).toHaveLength(shown);
    expect(item.recipientsMayBeTruncated).toBe(cut);
  });

  it('mobile: the item has a REST id (itemId as is), so Graph is asked', () => {
    expect(sentItemOf(aScenario().onMobile().to('boris.ivanov@contoso.com').build()).restId).toBe(SIMULATED_REST_ID);
  });
});
