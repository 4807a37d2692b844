/**
 * Nothing the user typed is lost: a follow-up text survives the error page's "Try again", the
 * same message selected again in the pinned pane, and the demo's language switch (a reload in the
 * same tab). It is kept per message in the tab's sessionStorage — never in localStorage.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Root } from '../../src/app/Root';
import type { Scenario } from '../../src/demo/scenario';
import { sentItemOf } from '../../src/demo/scenarioHost';
import { simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import type { Lang } from '../../src/i18n/translator';
import { setupMswForFile } from '../builders/graph';
import { builtInScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server } = setupMswForFile();
jest.setTimeout(30_000);

const NOTE = ' PLEASE CALL ME FIRST';

function renderPane(scenario: Scenario, lang: Lang = 'en') {
  server.use(...simulatedTenantHandlers(scenario));
  const { services, host } = servicesFor(scenario);
  const user = userEvent.setup();
  const view = render(<Root services={services} lang={lang} dark={false} />);
  return { user, host, ...view };
}

const heading = (name: string) => screen.findByRole('heading', { level: 2, name });
const bodyBox = () => {
  const card = document.querySelector('[data-follow-up-draft="external"]');
  if (!(card instanceof HTMLElement)) throw new Error('no external draft card');
  return within(card).getByRole('textbox', { name: /Message|Текст письма/ }) as HTMLTextAreaElement;
};

async function openFollowUp(user: ReturnType<typeof userEvent.setup>, lang: Lang = 'en') {
  const words = lang === 'en' ? en : ru;
  await heading(words['step.check']);
  await user.click(screen.getByRole('button', { name: words['nav.alternatives'] }));
  await heading(words['alt.title']);
}

describe('the follow-up text survives', () => {
  it('the error page’s "Try again"', async () => {
    const scenario = builtInScenario('only-external');
    const { user, host } = renderPane(scenario);
    await openFollowUp(user);
    await user.type(bodyBox(), NOTE);

    // A rendering error on the way back to the check step.
    const info = host.info;
    let broken = true;
    Object.defineProperty(host, 'info', {
      get: () => {
        if (broken) throw new Error('render failed');
        return info;
      },
    });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: en['app.back'] }));
    expect(await screen.findByText(en['app.error.title'])).toBeInTheDocument();

    broken = false;
    await user.click(screen.getByRole('button', { name: en['app.error.retry'] }));
    await openFollowUp(user);
    expect(bodyBox().value).toContain(NOTE);
    jest.restoreAllMocks();
  });

  it('the same message selected again in the pinned pane', async () => {
    const scenario = builtInScenario('only-external');
    const { user, host } = renderPane(scenario);
    await openFollowUp(user);
    await user.type(bodyBox(), NOTE);

    act(() => host.selectItem(sentItemOf(scenario)));
    await openFollowUp(user);
    expect(bodyBox().value).toContain(NOTE);
  });

  it('the demo’s language switch (the page reloads in the same tab)', async () => {
    const setLocal = jest.spyOn(Storage.prototype, 'setItem');
    const scenario = builtInScenario('only-external');
    const first = renderPane(scenario, 'en');
    await openFollowUp(first.user);
    await first.user.type(bodyBox(), NOTE);
    first.unmount();

    const second = renderPane(scenario, 'ru');
    await openFollowUp(second.user, 'ru');
    // The tab's copy is sealed (Web Crypto), so it opens a moment after the pane.
    await waitFor(() => expect(bodyBox().value).toContain(NOTE));
    // Only the tab's sessionStorage, under a key that does not spell out the message.
    expect(localStorage.length).toBe(0);
    expect(setLocal.mock.contexts.every((storage) => storage === sessionStorage)).toBe(true);
    for (let i = 0; i < sessionStorage.length; i++) expect(sessionStorage.key(i)).not.toContain(scenario.message.subject);
    jest.restoreAllMocks();
  });

  it('while another message starts clean', async () => {
    const scenario = builtInScenario('only-external');
    const { user, host } = renderPane(scenario);
    await openFollowUp(user);
    await user.type(bodyBox(), NOTE);
    act(() => host.selectItem({ ...sentItemOf(scenario), subject: 'Another message' }));
    await openFollowUp(user);
    expect(bodyBox().value).not.toContain(NOTE);
  });

  it('a follow-up opened for A that Outlook confirms after B is selected is recorded on A, never on B', async () => {
    const scenario = builtInScenario('only-external');
    const { user, host } = renderPane(scenario);
    let confirm: () => void = () => undefined;
    const open = host.openNewMessage.bind(host);
    host.openNewMessage = (draft) => new Promise<void>((resolve) => (confirm = () => void open(draft).then(resolve)));
    await openFollowUp(user);
    await user.click(screen.getByRole('button', { name: 'Ask them to delete it: Open the message' }));

    const messageB = { ...sentItemOf(scenario), subject: 'Another message' };
    act(() => host.selectItem(messageB));
    await heading(en['step.check']);
    await act(async () => confirm());

    const opened = /message opened in Outlook/;
    await user.click(screen.getByRole('button', { name: en['check.incident'] }));
    await heading(en['incident.title']);
    expect(document.body.textContent).not.toMatch(opened);

    act(() => host.selectItem(sentItemOf(scenario)));
    await heading(en['step.check']);
    // On A the note is recorded in its plan: nobody is left open, so the check step no longer
    // puts the incident path up front; it is one step on, from the follow-up step.
    expect(screen.queryByRole('button', { name: en['check.incident'] })).not.toBeInTheDocument();
    await openFollowUp(user);
    await user.click(screen.getByRole('button', { name: en['alt.incident.start'] }));
    await heading(en['incident.title']);
    expect(document.body.textContent).toMatch(opened);
  });
});
