/**
 * The replacement's body belongs to its message: read from the item on screen only while it is
 * the one the replacement is for (the pinned pane may have moved to another message).
 */
import { ok } from '../../../src/domain/failure';
import { SimulatedHost } from '../../../src/host/simulatedHost';
import { readReplacementBody } from '../../../src/usecases/replacement/readReplacementBody';
import { aMessage, aRecipient } from '../../builders/domain';
import { anOutcome } from '../../builders/outcome';
import { aHostInfo } from '../../builders/services';

const WORDS = { marker: '[Corrected]', cutNote: '[…]' };
const budget = anOutcome(aMessage().withSubject('Q4 budget').to('boris@contoso.com'), [aRecipient('boris@contoso.com').internal()]);
const lunch = anOutcome(aMessage().withSubject('Team lunch').to('boris@contoso.com'), [aRecipient('boris@contoso.com').internal()]);

describe('readReplacementBody', () => {
  it('the item on screen is the one: its body under the marker', async () => {
    const host = new SimulatedHost({ info: aHostInfo(), item: budget.item, body: ok({ type: 'html', content: '<p>Budget</p>' }) });
    expect(await readReplacementBody(host, budget.key, WORDS)).toEqual({ htmlBody: '<p>[Corrected]</p><p>Budget</p>', copied: 'whole' });
  });

  it('another message selected meanwhile: null, its body never becomes this replacement', async () => {
    const host = new SimulatedHost({ info: aHostInfo(), item: budget.item, body: ok({ type: 'html', content: '<p>Budget</p>' }) });
    host.selectItem(lunch.item, ok({ type: 'html', content: '<p>Lunch menu</p>' }));
    expect(await readReplacementBody(host, budget.key, WORDS)).toBeNull();
  });
});
