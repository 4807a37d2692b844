/**
 * `displayNewMessageForm` is Mailbox 1.6 (office.mailbox.yml): where Outlook lacks it, the pane
 * never calls it, and offers each draft — recipients, subject and text — to copy instead, saying
 * why and what to do (issue 11 item 9).
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DraftCard } from '../../src/app/followUp/DraftCard';
import { ServicesProvider } from '../../src/app/services';
import { DemoTokenProvider } from '../../src/auth/demoTokenProvider';
import { parseConfig } from '../../src/config/parseConfig';
import { ok } from '../../src/domain/failure';
import { SimulatedHost } from '../../src/host/simulatedHost';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import type { Lang } from '../../src/i18n/translator';
import { aMessage, aRecipient, keyOf, NOW } from '../builders/domain';
import { anOutcome } from '../builders/outcome';
import { renderReplacementCard } from '../builders/replacement';
import { aHostInfo } from '../builders/services';

function renderWith(ui: React.ReactNode, { lang = 'en', supportsNewMessageForm = false }: { lang?: Lang; supportsNewMessageForm?: boolean } = {}) {
  const host = new SimulatedHost({ info: aHostInfo({ client: 'mac', supportsNewMessageForm }), item: null });
  render(
    <ServicesProvider services={{ host, graph: null, tokens: new DemoTokenProvider(), policy: parseConfig({}).policy, clock: () => NOW }}>
      <I18nProvider lang={lang}>{ui}</I18nProvider>
    </ServicesProvider>,
  );
  return { host, user: userEvent.setup() };
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}
afterEach(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));

const outcome = anOutcome(aMessage().withSubject('Q4 budget').to('boris@contoso.com').bcc('maria@contoso.com'), [
  aRecipient('boris@contoso.com').internal(),
  aRecipient('maria@contoso.com').internal(),
]);

describe('the replacement message without Mailbox 1.6', () => {
  const renderCard = (supportsNewMessageForm = false) => {
    const host = new SimulatedHost({
      info: aHostInfo({ client: 'mac', supportsNewMessageForm }),
      item: outcome.item,
      body: ok({ type: 'text', content: 'Figures below.' }),
    });
    return { host, ...renderReplacementCard(outcome, host) };
  };

  it('no form is opened; the recipients by field, the subject and the marked original text are copied, and the pane says to paste them', async () => {
    const { host, user, state } = renderCard();
    // After userEvent.setup(), which installs a clipboard of its own.
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    expect(screen.queryByRole('button', { name: 'Open the replacement' })).toBeNull();
    expect(
      screen.getByText('This Outlook can’t open a prefilled message from the add-in. Copy the recipients and the text, then paste them into a new message.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy the replacement' }));
    expect(await screen.findByText(/^Copied\. Open a new message in Outlook and paste/)).toBeInTheDocument();
    expect(copied).toEqual(['To: boris@contoso.com\nBcc: maria@contoso.com\nSubject: Q4 budget\n\n[Corrected]\n\nFigures below.']);
    expect(host.openedDrafts).toEqual([]);
    expect(state()).toBe('opened');
  });

  it('no clipboard (a webview refuses it): the text is shown selected, for Ctrl+C', async () => {
    const { user } = renderCard();
    stubClipboard(async () => Promise.reject(new Error('denied')));
    await user.click(screen.getByRole('button', { name: 'Copy the replacement' }));
    const box = await screen.findByRole('textbox', { name: 'Recipients and text to paste' });
    expect(box).toHaveValue('To: boris@contoso.com\nBcc: maria@contoso.com\nSubject: Q4 budget\n\n[Corrected]\n\nFigures below.');
    await waitFor(() => expect(box).toHaveFocus());
    expect(screen.getByText(/The clipboard isn’t available here/)).toBeInTheDocument();
  });

  it('with Mailbox 1.6 the form opens as before', async () => {
    const { host, user } = renderCard(true);
    await user.click(screen.getByRole('button', { name: 'Open the replacement' }));
    expect(host.openedDrafts).toHaveLength(1);
  });
});

describe('a follow-up draft without Mailbox 1.6 (in Russian)', () => {
  it('the edited text is copied with its recipients, under Russian labels', async () => {
    const onOpen = jest.fn();
    const { user } = renderWith(
      <DraftCard
        template="pleaseDelete"
        audience="external"
        bothAudiences={false}
        allInBcc={false}
        recipients={[]}
        batches={[{ to: [{ name: 'Dmitry', address: 'dmitry.k@gmail.com', field: 'to', key: keyOf('dmitry.k@gmail.com') }], bcc: [] }]}
        text={{ subject: 'Просьба удалить: Q4', body: 'Дмитрий, удалите, пожалуйста, письмо.' }}
        edited
        opened={new Set()}
        onEdit={() => undefined}
        onRestore={() => undefined}
        onOpen={onOpen}
      />,
      { lang: 'ru' },
    );
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    expect(screen.queryByRole('button', { name: /Открыть письмо/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Скопировать получателей и текст' }));
    await screen.findByText(/^Скопировано\./);
    expect(copied).toEqual(['Кому: dmitry.k@gmail.com\nТема: Просьба удалить: Q4\n\nДмитрий, удалите, пожалуйста, письмо.']);
    expect(onOpen).not.toHaveBeenCalled();
  });
});
