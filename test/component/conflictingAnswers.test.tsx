/**
 * Conflicting and partial answers in the rendered pane (issue #21), en and ru: MailTips answering
 * twice for Laura (outside, then inside) makes her uncertain and her row says why; Graph's message
 * without its Bcc line keeps everyone from a promise and the pane says that not everyone is known;
 * Outlook's Cc stays when Graph's message leaves its Cc out.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { Root } from '../../src/app/Root';
import { SIMULATED_REST_ID } from '../../src/demo/simulatedTenant';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import type { Lang } from '../../src/i18n/translator';
import { askedAddresses, batchEndpoint, emptyButValid, setupMswForFile, type InnerRequest } from '../builders/graph';
import { aMailTip, tipsFor, type WireMailTip } from '../builders/mailTips';
import { aScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server } = setupMswForFile();

const boris = { name: 'Boris Ivanov', address: 'boris.ivanov@contoso.com' };
const laura = { name: 'Laura Jensen', address: 'laura.jensen@fabrikam.com' };
const scenario = aScenario().subject('Q4').to(boris).cc(laura).build();
const people = (list: readonly { name: string; address: string }[]) => list.map((emailAddress) => ({ emailAddress }));

/** Graph answering as it should, except where `message` and `tips` say otherwise. */
function tenant(message: Record<string, unknown>, tips: (addresses: string[]) => WireMailTip[]) {
  return batchEndpoint((r: InnerRequest) => {
    if (r.id === 'message') {
      const body = {
        id: SIMULATED_REST_ID,
        parentFolderId: 'folder-sentitems',
        subject: 'Q4',
        toRecipients: people([boris]),
        ccRecipients: people([laura]),
        bccRecipients: [],
        ...message,
      };
      return { status: 200, body: Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) };
    }
    if (r.id.startsWith('tips-')) return { status: 200, body: { value: tips(askedAddresses(r)) } };
    return emptyButValid(r);
  });
}
const honestTips = (addresses: string[]) => tipsFor(addresses);

async function renderPane(lang: Lang, handler: ReturnType<typeof tenant>) {
  server.use(handler);
  const { services } = servicesFor(scenario);
  render(<Root services={services} lang={lang} dark={false} />);
  await screen.findByRole('heading', { level: 2, name: lang === 'en' ? 'Check' : 'Проверка' });
  return waitFor(() => {
    const banner = document.querySelector('[data-overall-verdict]');
    if (!(banner instanceof HTMLElement)) throw new Error('no verdict banner');
    return banner;
  });
}
const row = (address: string) => {
  const li = document.querySelector(`[data-recipient="${CSS.escape(address)}"]`);
  if (!(li instanceof HTMLElement)) throw new Error(`no row for ${address}`);
  return li;
};
const catalogs = { en, ru } as const;

describe.each<Lang>(['en', 'ru'])('conflicting and partial answers in the pane (%s)', (lang) => {
  const t = catalogs[lang];

  it('MailTips answering twice for Laura, outside then inside: uncertain, and her row says the answers conflict', async () => {
    const banner = await renderPane(
      lang,
      tenant({}, (addresses) => [...honestTips(addresses), aMailTip('LAURA.JENSEN@FABRIKAM.COM.').internal().build()]),
    );
    expect(banner).toHaveAttribute('data-overall-verdict', 'uncertain');
    expect(row(laura.address)).toHaveAttribute('data-verdict', 'uncertain');
    expect(row(laura.address)).toHaveAttribute('data-reasons', 'SCOPE_CONFLICTING');
    expect(row(laura.address).textContent).toContain(t['reason.SCOPE_CONFLICTING.title']);
    expect(row(boris.address)).toHaveAttribute('data-verdict', 'recallable');
  });

  it('Graph’s message without its Bcc line: nobody promised, the banner says not everyone is known, the note says Bcc', async () => {
    const banner = await renderPane(lang, tenant({ bccRecipients: undefined }, honestTips));
    expect(banner).toHaveAttribute('data-overall-verdict', 'partial');
    expect(banner).toHaveAttribute('data-message-cautions', 'RECIPIENTS_INCOMPLETE');
    expect(within(banner).getByText(t['reason.RECIPIENTS_INCOMPLETE.title'])).toBeInTheDocument();
    expect(screen.getByText(t['gap.bcc'])).toBeInTheDocument();
    expect(document.querySelectorAll('[data-verdict="recallable"]')).toHaveLength(0);
  });

  it('Graph’s message without its Cc line: Laura, whom Outlook shows in Cc, is still judged (outside)', async () => {
    const banner = await renderPane(lang, tenant({ ccRecipients: undefined }, honestTips));
    expect(banner).toHaveAttribute('data-overall-verdict', 'partial');
    expect(row(laura.address)).toHaveAttribute('data-verdict', 'not-recallable');
    expect(row(boris.address)).toHaveAttribute('data-verdict', 'recallable');
  });
});
