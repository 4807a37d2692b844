/**
 * One row per mailbox, whoever spelt it (issue #14, item 1): the recipient list is keyed by the
 * parser's MailboxKey, so Office.js', Graph's and MailTips' spellings of one mailbox meet on one
 * row, and a disguised look-alike (fail closed: MALFORMED_ADDRESS) never merges with the mailbox
 * it imitates. The real pane over the simulated tenant; rows are read from the DOM contract.
 */
import { render, screen } from '@testing-library/react';
import { Root } from '../../src/app/Root';
import type { Scenario } from '../../src/demo/scenario';
import { sentItemOf } from '../../src/demo/scenarioHost';
import { simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { parseRecipient } from '../../src/domain/address';
import type { SentItemFacts } from '../../src/host/outlookHost';
import { setupMswForFile } from '../builders/graph';
import { aScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server } = setupMswForFile();

async function finalRows(scenario: Scenario, item?: SentItemFacts) {
  server.use(...simulatedTenantHandlers(scenario));
  const { services } = servicesFor(scenario, item === undefined ? {} : { item });
  render(<Root services={services} lang="en" dark={false} />);
  // `data-overall-verdict` is the final verdict's (Graph answered), never the provisional one's.
  await screen.findByRole('heading', { level: 2, name: 'Check' });
  await screen.findByText((_, element) => element?.hasAttribute('data-overall-verdict') ?? false);
  return [...document.querySelectorAll('[data-recipient]')].map((li) => ({
    address: li.getAttribute('data-recipient'),
    verdict: li.getAttribute('data-verdict'),
    reasons: (li.getAttribute('data-reasons') ?? '').split(' '),
  }));
}

describe('recipient rows are keyed by mailbox', () => {
  // Guards the re-keying rather than fixing a bug: the old string keys merged these too. It fails
  // as soon as any one map (message fields, MailTips answers, read receipts) is keyed by spelling.
  it('one mailbox spelt four ways (Office.js, Graph’s To and Bcc, the read receipt) is one row, with MailTips and the receipt on it', async () => {
    const scenario = aScenario()
      .to({ name: 'Boris Ivanov', address: 'boris.ivanov@contoso.com' })
      .bcc({ name: 'Boris', address: '<Boris.Ivanov@contoso.com>' })
      .mailTip('boris.ivanov@contoso.com', { recipientScope: 'internal' })
      .readBy('BORIS.IVANOV@Contoso.com')
      .build();
    // Office.js spells it its own way: MailTips is asked with this spelling, the row comes from Graph's.
    const officeItem = { ...sentItemOf(scenario), recipients: [parseRecipient({ name: 'Boris Ivanov', address: ' BORIS.IVANOV@Contoso.COM ', field: 'to' })] };
    const rows = await finalRows(scenario, officeItem);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.reasons).toEqual(expect.arrayContaining(['INTERNAL', 'READ']));
  });

  // Fails on the code before MailboxKey: a malformed address was keyed by its full lower-casing,
  // which turns the Kelvin sign (U+212A) into "k", so the look-alike and the colleague were one row.
  it.each([
    ['look-alike first', ['\u212Aate.smith@contoso.com', 'kate.smith@contoso.com']],
    ['real one first', ['kate.smith@contoso.com', '\u212Aate.smith@contoso.com']],
  ])('a look-alike (Kelvin sign for K) never merges with the real mailbox: %s', async (_order, [first, second]) => {
    const scenario = aScenario()
      .to({ name: 'Kate', address: first ?? '' })
      .cc({ name: 'Kate', address: second ?? '' })
      .mailTip('kate.smith@contoso.com', { recipientScope: 'internal' })
      .build();
    const rows = await finalRows(scenario);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.address === 'kate.smith@contoso.com')).toMatchObject({ verdict: 'recallable', reasons: ['INTERNAL'] });
    expect(rows.find((r) => r.address === '\u212Aate.smith@contoso.com')).toMatchObject({
      verdict: 'uncertain',
      reasons: expect.arrayContaining(['MALFORMED_ADDRESS']),
    });
  });
});
