/**
 * Issue #22 items 4, 6, 7 and 8 in the real pane (Root → App) over the simulated tenant: the
 * incident path starts with the recall, a received message asks nothing of the user, a track row's
 * next step is a button (and taking someone out in the writer is a decision), and a verdict
 * without Microsoft 365's evidence leads with its action.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Root } from '../../src/app/Root';
import type { Scenario } from '../../src/demo/scenario';
import { simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { en } from '../../src/i18n/en';
import type { Lang } from '../../src/i18n/translator';
import { setupMswForFile } from '../builders/graph';
import { builtInScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server } = setupMswForFile();
jest.setTimeout(30_000);

const BORIS = 'boris.ivanov@contoso.com';
const DMITRY = 'dmitry.k@gmail.com';

function renderPane(scenario: Scenario, lang: Lang = 'en') {
  server.use(...simulatedTenantHandlers(scenario));
  const { services, host } = servicesFor(scenario);
  const user = userEvent.setup();
  render(<Root services={services} lang={lang} dark={false} />);
  return { host, user };
}

const heading = (name: string) => screen.findByRole('heading', { level: 2, name });
const main = () => document.querySelector('main');
const button = (name: string) => screen.getByRole('button', { name });
const summaryText = () => (screen.getByRole('textbox', { name: 'Incident summary text' }) as HTMLTextAreaElement).value;
const incidentSteps = () => [...document.querySelectorAll('[data-incident-step]')].map((li) => li.getAttribute('data-incident-step'));

describe('the incident path starts by recalling what a recall can still reach (item 4)', () => {
  it('two colleagues and Gmail: the first step recalls the colleagues, comes back here, and shows it done', async () => {
    const { user } = renderPane(builtInScenario('gmail-among-internal'));
    await heading('Check');
    await user.click(button('Confidential content sent outside? Incident steps'));
    expect(await heading('Sensitive content sent outside: what to do now')).toHaveFocus();
    expect(incidentSteps()).toEqual(['recall', 'stop', 'report', 'delete', 'keep']);
    const recallStep = document.querySelector('[data-incident-step="recall"]') as HTMLElement;
    expect(recallStep).toHaveAttribute('data-done', 'false');
    // Nothing is recalled yet: all three still have it.
    expect(summaryText()).toContain('may still have the message: 3.');

    await user.click(within(recallStep).getByRole('button', { name: 'Recall 2 colleagues' }));
    expect(await heading('Recall this message now?')).toHaveFocus();
    await user.click(button('Recall now'));

    expect(await heading('Sensitive content sent outside: what to do now')).toHaveFocus();
    expect(document.querySelector('[data-incident-step="recall"]')).toHaveAttribute('data-done', 'true');
    expect(within(document.querySelector('[data-incident-step="recall"]') as HTMLElement).getByText('Recall requested')).toBeInTheDocument();
    expect(summaryText()).toMatch(/recall requested through Recall Assistant/);
    // Back now leads to the recall's status, not to a step that would offer the recall again.
    await user.click(button('Back'));
    expect(await heading('Recall status')).toHaveFocus();
  });

  it('without Graph the first step leads to Outlook’s own command and back', async () => {
    const { user } = renderPane(builtInScenario('graph-unavailable'));
    await heading('Check');
    await user.click(button('Confidential content sent outside? Incident steps'));
    await heading('Sensitive content sent outside: what to do now');
    await user.click(within(document.querySelector('[data-incident-step="recall"]') as HTMLElement).getByRole('button', { name: 'Recall in Outlook' }));
    expect(await heading(en['act.title'])).toHaveFocus();
    await user.click(button(en['act.didRecallIncident']));
    expect(await heading('Sensitive content sent outside: what to do now')).toHaveFocus();
    expect(document.querySelector('[data-incident-step="recall"]')).toHaveAttribute('data-done', 'true');
  });

  it('nobody a recall can reach: no recall step', async () => {
    const { user } = renderPane(builtInScenario('only-external'));
    await heading('Check');
    await user.click(button('Confidential content sent outside? Incident steps'));
    await heading('Sensitive content sent outside: what to do now');
    expect(incidentSteps()[0]).toBe('stop');
  });
});

describe('a received message asks nothing of the user (item 6)', () => {
  it.each<[Lang, string, RegExp]>([
    ['en', 'Check', /^Recall Assistant helps with messages you sent\./],
    ['ru', 'Проверка', /^Помощник отзыва работает с письмами, которые отправили вы\./],
  ])('%s: says what the add-in is for, offers no button that writes, and is done at once', async (lang, check, words) => {
    renderPane(builtInScenario('not-in-sent-items'), lang);
    await heading(check);
    await waitFor(() => expect(main()).toHaveAttribute('data-plan-open', '0'));
    expect(document.querySelector('[data-received]')).toHaveTextContent(words);
    // The only buttons left expand recipient rows: nothing writes to anybody, the user least of all.
    const buttons = [...(main() as HTMLElement).querySelectorAll('button')];
    expect(buttons.every((b) => b.hasAttribute('aria-expanded'))).toBe(true);
  });
});

describe('a track row’s next step is a button (item 7)', () => {
  async function toTrack(user: ReturnType<typeof userEvent.setup>) {
    await heading('Check');
    await user.click(button('Recall in Outlook'));
    await user.click(await screen.findByRole('button', { name: en['act.didRecall'] }));
    await heading('Recall status');
  }
  const track = (address: string) => document.querySelector(`[data-track-recipient="${address}"]`) as HTMLElement;

  it('“Ask … to delete it” opens the writer with that person’s note first; opening it closes their place', async () => {
    const { user, host } = renderPane(builtInScenario('graph-unavailable'));
    await toTrack(user);
    expect(main()).toHaveAttribute('data-plan-open', '3');
    await user.click(within(track(DMITRY)).getByRole('button', { name: 'Ask Dmitry (personal) to delete it' }));
    expect(await heading('Write to recipients')).toHaveFocus();
    expect(document.querySelector('[data-follow-up-draft]')).toHaveAttribute('data-follow-up-draft', 'external');
    expect(screen.getByRole('radio', { name: 'Ask them to delete it' })).toBeChecked();
    await user.click(button('Ask them to delete it: Open the message'));
    expect(host.openedDrafts[0]?.to.map((r) => r.address)).toEqual([DMITRY]);
    expect(main()).toHaveAttribute('data-plan-open', '2');
  });

  it('a colleague nobody could read a report for: the button ticks them and their note comes first', async () => {
    const { user } = renderPane(builtInScenario('graph-unavailable'));
    await toTrack(user);
    await user.click(within(track(BORIS)).getByRole('button', { name: 'Ask Boris Ivanov to delete it' }));
    await heading('Write to recipients');
    expect(document.querySelector('[data-follow-up-draft]')).toHaveAttribute('data-follow-up-draft', 'internal');
    expect(document.querySelector(`[data-follow-up-recipient="${BORIS}"]`)).toHaveAttribute('data-why', 'ADDED_BY_USER');
  });

  it('taking someone out in the writer is a decision: their row needs nothing more, and ticking them again reopens it', async () => {
    const { user } = renderPane(builtInScenario('graph-unavailable'));
    await toTrack(user);
    await user.click(button('Write to recipients'));
    await heading('Write to recipients');
    await user.click(screen.getByRole('checkbox', { name: /Dmitry \(personal\)/ }));
    expect(document.querySelector(`[data-follow-up-recipient="${DMITRY}"]`)).toHaveAttribute('data-why', 'REMOVED_BY_USER');
    expect(main()).toHaveAttribute('data-plan-open', '2');
    await user.click(button('Back'));
    await heading('Recall status');
    expect(track(DMITRY)).not.toHaveAttribute('data-next-step');
    expect(within(track(DMITRY)).getByText(en['plan.followUp.skipped'])).toBeInTheDocument();
    // Ticking Dmitry again in the writer takes his decision back; Boris's "no note needed" stays.
    await user.click(button('No note needed: Boris Ivanov'));
    await user.click(button('Write to recipients'));
    await heading('Write to recipients');
    await user.click(screen.getByRole('checkbox', { name: /Dmitry \(personal\)/ }));
    expect(main()).toHaveAttribute('data-plan-open', '2');
  });
});

describe('a verdict without Microsoft 365’s evidence leads with its action (item 8)', () => {
  it.each<[string, RegExp]>([
    ['consent-missing', /Ask your IT to approve the add-in\.$/],
    ['graph-unavailable', /^Microsoft 365 didn’t answer/],
    ['on-premises-mailbox', /^Microsoft 365 can’t reach your mailbox/],
  ])('%s: one line of why, “Recall in Outlook” first, the rest folded', async (id, brief) => {
    const { user } = renderPane(builtInScenario(id));
    await heading('Check');
    await waitFor(() => expect(document.querySelector('[data-overall-verdict]')).not.toBeNull());
    expect(document.querySelector('[data-verdict-brief]')).toHaveTextContent(brief);
    // The action before the details, and nothing else of the verdict above it.
    const proposal = document.querySelector('[data-plan-proposal]') as HTMLElement;
    expect(proposal).toHaveTextContent(/^Recall in Outlook$/);
    const details = button('Why is it uncertain?');
    expect(proposal.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.querySelector('[data-verdict-missed]')).toBeNull();
    expect(screen.queryByText(en['gap.bcc'])).not.toBeInTheDocument();
    await user.click(details);
    expect(document.querySelector('[data-verdict-details] [data-verdict-missed]')).not.toBeNull();
    expect(screen.getByText(en['gap.bcc'])).toBeInTheDocument();
    // It does what it says: Outlook's own command.
    await user.click(proposal);
    expect(await heading(en['act.title'])).toHaveFocus();
  });

  it('consent missing, for the admin: what to grant and where', async () => {
    const { user } = renderPane(builtInScenario('consent-missing'), 'ru');
    await heading('Проверка');
    expect(document.querySelector('[data-verdict-brief]')).toHaveTextContent(/Попросите ИТ-службу одобрить надстройку\.$/);
    await user.click(button('Почему нет уверенности?'));
    await user.click(button('Подробности для администратора'));
    expect(document.querySelector('[data-admin-details]')).toHaveTextContent(/«Предоставить согласие администратора»/);
  });
});

describe('“Was it confidential?” only where someone outside could have it', () => {
  it.each<[string, boolean]>([
    ['too-old', false],
    ['only-external', true],
  ])('%s: the incident steps offered from the writer: %s', async (id, offered) => {
    const { user } = renderPane(builtInScenario(id));
    await heading('Check');
    await user.click(button('Write to recipients'));
    await heading('Write to recipients');
    expect(document.querySelector('[data-incident-entry]') !== null).toBe(offered);
  });
});
