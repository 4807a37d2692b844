/**
 * A sample of the fault matrix (test/unit/faultMatrix.test.ts) through the rendered pane: whatever
 * fails, the sender sees a verdict or a way forward in words, never a blank pane or a stack trace.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Root } from '../../src/app/Root';
import type { Scenario } from '../../src/demo/scenario';
import { simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { GRAPH_ORIGIN } from '../../src/graph/graphClient';
import { createOfficeHost } from '../../src/host/officeHost';
import { en } from '../../src/i18n/en';
import { itemIdOf } from '../../src/usecases/itemKey';
import { aMessage, aRecipient } from '../builders/domain';
import { graphError, setupMswForFile } from '../builders/graph';
import { anOutcome } from '../builders/outcome';
import { renderReplacementCard } from '../builders/replacement';
import { aScenario, builtInScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';
import { officeStandIn } from '../support/officeStandIn';

const { server } = setupMswForFile();

function renderPane(scenario: Scenario, batchStatus?: number | 'network') {
  server.use(...simulatedTenantHandlers(scenario));
  if (batchStatus !== undefined) {
    server.use(
      http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, () =>
        batchStatus === 'network' ? HttpResponse.error() : HttpResponse.json(graphError('Boom'), { status: batchStatus }),
      ),
    );
  }
  const { services } = servicesFor(scenario);
  const view = render(<Root services={services} lang="en" dark={false} />);
  return { user: userEvent.setup(), ...view };
}

/** Not blank: a heading, some words, and no raw error text. */
function expectNotBlank(container: HTMLElement) {
  expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(0);
  expect((container.textContent ?? '').trim().length).toBeGreaterThan(40);
  expect(container.textContent).not.toMatch(/Boom|TypeError|Error:|undefined|\[object Object\]/);
}

const boris = 'boris.ivanov@contoso.com';

describe('Graph failures in the rendered pane', () => {
  it.each([
    [401, en['failure.consent-required'], /Ask your IT to approve the add-in\.$/],
    [500, en['failure.server-error'], /^Microsoft 365 didn’t answer/],
    ['network' as const, en['failure.offline'], /^Microsoft 365 didn’t answer/],
  ])('$batch failing with %s: a verdict from what Outlook shows, and the reason said', async (status, words, brief) => {
    const { container } = renderPane(aScenario().to(boris).cc('laura.jensen@fabrikam.com').build(), status);
    await screen.findByRole('heading', { level: 2, name: 'Check' });
    expect(document.querySelector('[data-overall-verdict]')).not.toBeNull();
    // The sender reads one line of what it means; the rest is folded after the action, and the
    // technical reason waits inside it behind "Details for your admin".
    expect(document.querySelector('[data-verdict-brief]')).toHaveTextContent(brief);
    expect(screen.queryByText(new RegExp(words))).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Why is it uncertain?' }));
    expect(screen.getByText(en['gap.bcc'])).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en['admin.details'] }));
    expect(screen.getByText(new RegExp(words))).toBeInTheDocument();
    expectNotBlank(container);
  });

  it('the recall endpoint refusing: the refusal in words, and Outlook’s own Recall steps', async () => {
    const { user, container } = renderPane(builtInScenario('recall-refused'));
    await screen.findByRole('heading', { level: 2, name: 'Check' });
    await user.click(screen.getByRole('button', { name: 'Recall 3 colleagues' }));
    await user.click(await screen.findByRole('button', { name: en['act.confirm.go'] }));
    expect(await screen.findByRole('heading', { level: 2, name: en['act.title'] })).toBeInTheDocument();
    expect(document.querySelector('[data-recall-refused="forbidden"]')).not.toBeNull();
    expect(document.querySelector('[data-native-guide="web"] li')).not.toBeNull();
    expect(screen.getByText(new RegExp(en['failure.forbidden']))).toBeInTheDocument();
    expectNotBlank(container);
  });
});

describe('Office.js failures in the rendered pane', () => {
  it('displayNewMessageForm throwing: the open-failed message is shown', async () => {
    const { office } = officeStandIn({
      user: { accountType: 'office365', emailAddress: 'alex@contoso.com', displayName: 'Alex' },
      item: { subject: 'Q4', from: { name: 'Alex', address: 'alex@contoso.com' }, to: [{ name: 'Boris', address: boris }] },
    });
    Object.assign(office.context.mailbox, {
      displayNewMessageForm: () => {
        throw new Error('Internal Office error');
      },
    });
    const host = createOfficeHost(office);
    // The replacement is for the item on screen.
    const item = await host.currentItem();
    if (item === null) throw new Error('no item');
    const outcome = { ...anOutcome(aMessage().to(boris), [aRecipient(boris).internal()]), item, key: { itemId: itemIdOf(item), attempt: 1 } };
    const { user } = renderReplacementCard(outcome, host);
    await user.click(screen.getByRole('button', { name: en['replace.open'] }));
    expect(await screen.findByText(/Outlook could not open a new message/)).toBeInTheDocument();
    expect(screen.queryByText(/Internal Office error/)).not.toBeInTheDocument();
  });
});
