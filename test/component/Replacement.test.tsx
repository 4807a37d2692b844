/**
 * "Delete and replace" after the recall (issue 22 item 1): the replacement is the next step,
 * prefilled as Outlook's own option promises — the original subject and text with a marker the
 * sender can edit, each recipient in the field they were in — and the job stays open until it is
 * opened or the user decides none is needed.
 */
import { screen } from '@testing-library/react';
import { fail, ok } from '../../src/domain/failure';
import type { MessageBody } from '../../src/domain/replacement';
import { SimulatedHost } from '../../src/host/simulatedHost';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import type { CheckOutcome } from '../../src/usecases/check/checkMessage';
import { aMessage, aRecipient } from '../builders/domain';
import { anOutcome } from '../builders/outcome';
import { renderReplacementCard } from '../builders/replacement';
import { aHostInfo } from '../builders/services';

const BORIS = 'boris@contoso.com';
const CHEN = 'chen@contoso.com';
const MARIA = 'maria@contoso.com';
const DMITRY = 'dmitry@gmail.com';

/** Boris in To, Chen in Cc, Maria in Bcc (colleagues), Dmitry in To (Gmail: a recall can't reach him). */
const budget = () =>
  anOutcome(aMessage().withSubject('Q4 budget').to(BORIS, DMITRY).cc(CHEN).bcc(MARIA), [
    aRecipient(BORIS).internal(),
    aRecipient(CHEN).internal(),
    aRecipient(MARIA).internal(),
  ]);

function hostFor(outcome: CheckOutcome, body: MessageBody | null = { type: 'html', content: '<p>Figures: <b>1.2M</b></p>' }) {
  return new SimulatedHost({ info: aHostInfo(), item: outcome.item, body: body === null ? fail({ kind: 'unsupported', what: 'body.getAsync' }) : ok(body) });
}

const addresses = (list: readonly { address: string }[] | undefined) => (list ?? []).map((r) => r.address);

describe('the replacement after the recall', () => {
  it('opens with the original subject and body under the marker, To, Cc and Bcc as sent, only to those the recall is aimed at', async () => {
    const outcome = budget();
    const host = hostFor(outcome);
    const { user, planOpen, state } = renderReplacementCard(outcome, host);
    expect(state()).toBe('due');
    expect(screen.getByRole('heading', { name: 'Next: send the replacement' })).toBeInTheDocument();
    const openBefore = planOpen();

    await user.click(screen.getByRole('button', { name: 'Open the replacement' }));

    expect(host.openedDrafts).toHaveLength(1);
    const [draft] = host.openedDrafts;
    expect(draft?.subject).toBe('Q4 budget');
    expect(addresses(draft?.to)).toEqual([BORIS]);
    expect(addresses(draft?.cc)).toEqual([CHEN]);
    expect(addresses(draft?.bcc)).toEqual([MARIA]);
    expect(draft?.htmlBody).toBe('<p>[Corrected]</p><p>Figures: <b>1.2M</b></p>');
    expect(await screen.findByText('The replacement is open in Outlook: correct it and send it.')).toBeInTheDocument();
    // The job's last open item is done: the plan counts one fewer.
    expect(state()).toBe('opened');
    expect(planOpen()).toBe(openBefore - 1);
  });

  it('reads the original only when the user opens the replacement, and once for every part', async () => {
    const outcome = budget();
    const host = hostFor(outcome);
    const { user } = renderReplacementCard(outcome, host);
    expect(host.bodyReads).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Open the replacement' }));
    await user.click(await screen.findByRole('button', { name: 'Open the replacement' }));
    expect(host.bodyReads).toEqual(['html']);
    expect(host.openedDrafts).toHaveLength(2);
  });

  it('a plain-text original is escaped into the form’s HTML, paragraphs and lines kept', async () => {
    const outcome = budget();
    const host = hostFor(outcome, { type: 'text', content: 'Hi all,\n\nNew <figures> & totals\nbelow.' });
    const { user } = renderReplacementCard(outcome, host);
    await user.click(screen.getByRole('button', { name: 'Open the replacement' }));
    expect(host.openedDrafts[0]?.htmlBody).toBe('<p>[Corrected]</p><p>Hi all,</p><p>New &lt;figures&gt; &amp; totals<br>below.</p>');
  });

  it('a body that can’t be read: the replacement still opens, with subject and recipients, and the pane says the text wasn’t copied', async () => {
    const outcome = budget();
    const host = hostFor(outcome, null);
    const { user, state } = renderReplacementCard(outcome, host);
    await user.click(screen.getByRole('button', { name: 'Open the replacement' }));
    expect(host.openedDrafts[0]).toMatchObject({ subject: 'Q4 budget', htmlBody: '<p>[Corrected]</p>' });
    expect(await screen.findByText('The text of the original couldn’t be copied: paste it from the original message.')).toBeInTheDocument();
    expect(state()).toBe('opened');
  });

  it('an original over the form’s 32 KB: its plain text without formatting, and the pane says so', async () => {
    const outcome = budget();
    const paragraph = `<p style="font-family:Calibri,sans-serif;color:#1f1f1f;margin:0 0 8px">${'Budget line. '.repeat(20)}</p>`;
    const host = hostFor(outcome, { type: 'html', content: paragraph.repeat(100) });
    const { user } = renderReplacementCard(outcome, host);
    await user.click(screen.getByRole('button', { name: 'Open the replacement' }));
    expect(host.bodyReads).toEqual(['html', 'text']);
    const html = host.openedDrafts[0]?.htmlBody ?? '';
    expect(html.startsWith('<p>[Corrected]</p><p>Budget line.')).toBe(true);
    expect(html).not.toContain('font-family');
    expect(await screen.findByText(/copied without formatting/)).toBeInTheDocument();
  });

  it('even the text over 32 KB: the start, a note where it stops, and the pane says to copy the rest', async () => {
    const outcome = budget();
    const host = hostFor(outcome, { type: 'text', content: 'Бюджет по статьям. '.repeat(2_000) });
    const { user } = renderReplacementCard(outcome, host);
    await user.click(screen.getByRole('button', { name: 'Open the replacement' }));
    const html = host.openedDrafts[0]?.htmlBody ?? '';
    expect(new TextEncoder().encode(html).length).toBeLessThanOrEqual(32 * 1024);
    expect(html.endsWith('<p>[…the rest of the original did not fit…]</p>')).toBe(true);
    expect(await screen.findByText(/its text was cut short/)).toBeInTheDocument();
  });

  it('“Don’t send a replacement” closes it in the plan; Undo offers it again', async () => {
    const outcome = budget();
    const host = hostFor(outcome);
    const { user, planOpen, state } = renderReplacementCard(outcome, host);
    const openBefore = planOpen();
    await user.click(screen.getByRole('button', { name: 'Don’t send a replacement' }));
    expect(state()).toBe('skipped');
    expect(planOpen()).toBe(openBefore - 1);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(state()).toBe('due');
    expect(planOpen()).toBe(openBefore);
    expect(host.openedDrafts).toEqual([]);
  });

  // Outlook's form takes 100 recipients per field: more targets mean one message per part.
  it('150 colleagues in To and 120 in Cc: two parts, nobody left out, nobody moved to another field, open until both are opened', async () => {
    const to = Array.from({ length: 150 }, (_, i) => `to${i + 1}@contoso.com`);
    const cc = Array.from({ length: 120 }, (_, i) => `cc${i + 1}@contoso.com`);
    const outcome = anOutcome(
      aMessage()
        .to(...to)
        .cc(...cc),
      [...to, ...cc].map((a) => aRecipient(a).internal()),
    );
    const host = hostFor(outcome);
    const { user, state } = renderReplacementCard(outcome, host);
    await user.click(screen.getByRole('button', { name: 'Open the replacement, part 1 of 2' }));
    expect(state()).toBe('due');
    await user.click(screen.getByRole('button', { name: 'Open the replacement, part 2 of 2' }));
    expect(state()).toBe('opened');
    expect(host.openedDrafts.map((d) => [d.to.length, d.cc?.length])).toEqual([
      [100, 100],
      [50, 20],
    ]);
    expect(host.openedDrafts.flatMap((d) => addresses(d.to)).sort()).toEqual([...to].sort());
    expect(host.openedDrafts.flatMap((d) => addresses(d.cc)).sort()).toEqual([...cc].sort());
  });

  it('in Russian: Russian words and the Russian marker', async () => {
    const outcome = budget();
    const host = hostFor(outcome, { type: 'text', content: 'Коллеги, цифры ниже.' });
    const { user } = renderReplacementCard(outcome, host, { lang: 'ru' });
    expect(screen.getByRole('heading', { name: ru['replace.title.due'] })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: ru['replace.open'] }));
    expect(host.openedDrafts[0]?.htmlBody).toBe('<p>[Исправлено]</p><p>Коллеги, цифры ниже.</p>');
    expect(await screen.findByText(ru['replace.opened'])).toBeInTheDocument();
  });

  it('where classic Outlook’s dialog opened the replacement: said so, and nothing of the add-in’s to open', () => {
    const outcome = budget();
    const host = hostFor(outcome);
    const { state, planOpen } = renderReplacementCard(outcome, host, { progress: { by: 'outlook', opened: [], skipped: false } });
    expect(state()).toBe('by-outlook');
    expect(screen.getByText(en['replace.byOutlook'])).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en['replace.open'] })).toBeNull();
    // The four recipients wait for a decision (no report is read here); Outlook's replacement adds nothing.
    expect(planOpen()).toBe(4);
  });
});
