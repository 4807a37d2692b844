import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReplacementButton } from '../../src/app/components/Replacement';
import { ServicesProvider } from '../../src/app/services';
import { parseConfig } from '../../src/config/parseConfig';
import { DemoTokenProvider } from '../../src/auth/demoTokenProvider';
import { SimulatedHost } from '../../src/host/simulatedHost';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import type { CheckOutcome } from '../../src/usecases/check/checkMessage';
import { aMessage, aRecipient, NOW } from '../builders/domain';
import { anOutcome } from '../builders/outcome';
import { aHostInfo } from '../builders/services';

function renderButton(outcome: CheckOutcome) {
  const host = new SimulatedHost({
    info: aHostInfo(),
    item: outcome.item,
  });
  render(
    <ServicesProvider services={{ host, graph: null, tokens: new DemoTokenProvider(), policy: parseConfig({}).policy, clock: () => NOW }}>
      <I18nProvider lang="en">
        <ReplacementButton outcome={outcome} primary />
      </I18nProvider>
    </ServicesProvider>,
  );
  return { host, user: userEvent.setup() };
}

const colleagues = (n: number) => Array.from({ length: n }, (_, i) => `colleague${i + 1}@contoso.com`);

describe('the replacement message ("delete and replace")', () => {
  it('goes to everyone the recall is aimed at, Bcc kept hidden, starting from the original subject', async () => {
    const outcome = anOutcome(aMessage().withSubject('Q4 budget').to('boris@contoso.com', 'dmitry@gmail.com').bcc('maria@contoso.com'), [
      aRecipient('boris@contoso.com').internal(),
      aRecipient('maria@contoso.com').internal(),
    ]);
    const { host, user } = renderButton(outcome);
    await user.click(screen.getByRole('button', { name: 'Write the replacement message' }));
    expect(host.openedDrafts).toHaveLength(1);
    expect(host.openedDrafts[0]).toMatchObject({ subject: 'Q4 budget', to: [{ address: 'boris@contoso.com' }], bcc: [{ address: 'maria@contoso.com' }] });
    expect(await screen.findByText('A new message is open in Outlook. Review it before sending.')).toBeInTheDocument();
  });

  // Outlook's form takes 100 recipients per field: more targets mean one message per batch.
  it('with 150 targets, nobody is left out of the replacement', async () => {
    const addresses = colleagues(150);
    const outcome = anOutcome(
      aMessage().to(...addresses),
      addresses.map((a) => aRecipient(a).internal()),
    );
    const { host, user } = renderButton(outcome);
    for (const button of screen.getAllByRole('button', { name: /Write the replacement message/ })) await user.click(button);
    expect(
      host.openedDrafts
        .flatMap((d) => d.to)
        .map((r) => r.address)
        .sort(),
    ).toEqual([...addresses].sort());
  });
});
