/**
 * The simulated host shows what Office.js would show on the scenario's client: each field cut at
 * that client's read-mode cap (office.messageread.yml, to/cc), and mobile reaches Graph too.
 */
import { checkMessage } from '../../../src/usecases/check/checkMessage';
import { scenarioHost, sentItemOf } from '../../../src/demo/scenarioHost';
import { createTranslator } from '../../../src/i18n/translator';
import { SIMULATED_REST_ID } from '../../../src/demo/simulatedTenant';
import { aScenario } from '../../builders/scenario';
import { servicesFor } from '../../builders/services';

const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@contoso.com`);

describe('sentItemOf: read-mode caps per client', () => {
  it.each<[string, (b: ReturnType<typeof aScenario>) => ReturnType<typeof aScenario>, number, number, number]>([
    ['classic Windows, Mailbox 1.14: 600 sent, 500 shown', (b) => b.onClassicWindows(), 600, 500, 500],
    [
      'classic Windows, Mailbox 1.16: 600 sent, all shown',
      (b) => b.onClassicWindows().set('host.requirementSets', { Mailbox: '1.16', NestedAppAuth: '1.1' }),
      600,
      600,
      1000,
    ],
    ['iOS: 150 sent, 100 shown', (b) => b.onMobile(), 150, 100, 100],
    ['classic Mac: 150 sent, 100 shown', (b) => b.set('host.hostName', 'Outlook').set('host.platform', 'Mac'), 150, 100, 100],
    ['web: 25 sent, 20 shown', (b) => b.onWeb(), 25, 20, 20],
    ['web: 19 sent, all shown', (b) => b.onWeb(), 19, 19, 20],
  ])('%s', (_name, client, sent, shown, cap) => {
    const item = sentItemOf(
      client(aScenario())
        .to(...people(sent))
        .build(),
    );
    expect(item.recipients).toHaveLength(shown);
    expect(item.recipientCap).toBe(cap);
  });

  it('mobile: the item has a REST id (itemId as is), so Graph is asked', () => {
    expect(sentItemOf(aScenario().onMobile().to('boris.ivanov@contoso.com').build()).restId).toBe(SIMULATED_REST_ID);
  });
});

describe('the truncation gap follows the client in use', () => {
  it('classic Windows without Graph, 600 sent: "only the first 500 recipients per field", in both languages', async () => {
    const scenario = aScenario()
      .onClassicWindows()
      .to(...people(600))
      .graphUnavailable()
      .build();
    const { services } = servicesFor(scenario);
    const outcome = await checkMessage(services, sentItemOf(scenario));
    expect(outcome.gaps).toContainEqual({ kind: 'truncated', cap: 500 });
    expect(createTranslator('en').t('gap.truncated', { cap: 500 })).toBe(
      'Outlook shows only the first 500 recipients per field; others may be missing from this list.',
    );
    expect(createTranslator('ru').t('gap.truncated', { cap: 500 })).toContain('первых 500 получателей');
  });

  it('classic Windows without Graph, 150 sent (all shown): no truncation gap', async () => {
    const scenario = aScenario()
      .onClassicWindows()
      .to(...people(150))
      .graphUnavailable()
      .build();
    const { services } = servicesFor(scenario);
    const outcome = await checkMessage(services, sentItemOf(scenario));
    expect(outcome.gaps.map((g) => g.kind)).not.toContain('truncated');
  });
});

describe('message.body: what body.getAsync gives of the scenario’s message', () => {
  const read = (body: unknown, format: 'html' | 'text') => scenarioHost(aScenario().set('message.body', body).build()).readBody(format);

  it('a string is plain text; asked as HTML it comes escaped, as Outlook converts it', async () => {
    expect(await read('Hi <all>\nline', 'text')).toEqual({ ok: true, value: { type: 'text', content: 'Hi <all>\nline' } });
    expect(await read('Hi <all>\nline', 'html')).toEqual({ ok: true, value: { type: 'html', content: '<p>Hi &lt;all&gt;<br>line</p>' } });
  });

  it('{ type: "html" } as given; asked as text, tags and entities gone, paragraphs kept', async () => {
    const body = { type: 'html', content: '<p>Figures &amp; <b>totals</b></p><p>below</p>' };
    expect(await read(body, 'html')).toEqual({ ok: true, value: { type: 'html', content: body.content } });
    expect(await read(body, 'text')).toEqual({ ok: true, value: { type: 'text', content: 'Figures & totals\nbelow' } });
  });

  it('no body in the scenario: an empty one', async () => {
    expect(await scenarioHost(aScenario().build()).readBody('html')).toEqual({ ok: true, value: { type: 'html', content: '' } });
  });
});
