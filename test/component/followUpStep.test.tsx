/**
 * The alternatives and the incident path as a sender uses them: the real pane (Root → App) over the
 * simulated tenant, or the step alone where a test needs a state the tenant can't produce quickly
 * (tracked recall outcomes). Every draft is read back from the simulated host.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { parseAddress } from '../../src/domain/address';
import type { RecallOutcome } from '../../src/domain/recallTracking';
import { FollowUpSessionProvider } from '../../src/app/followUp/FollowUpSession';
import type { CheckOutcome } from '../../src/usecases/check/checkMessage';
import { memoryPreferences, type Preferences } from '../../src/app/preferences';
import { Root } from '../../src/app/Root';
import { ServicesProvider } from '../../src/app/services';
import { buildRecallPlan } from '../../src/domain/recallPlan';
import { PlanViewProvider } from '../../src/app/RecallPlanProvider';
import { FollowUpStep } from '../../src/app/steps/FollowUpStep';
import type { WizardEvent, WizardState } from '../../src/app/wizard';
import type { Scenario } from '../../src/demo/scenario';
import { sentItemOf } from '../../src/demo/scenarioHost';
import { simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { createTranslator, type Lang } from '../../src/i18n/translator';
import { aMessage, aRecipient, assess } from '../builders/domain';
import { setupMswForFile } from '../builders/graph';
import { aScenario, builtInScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server } = setupMswForFile();
// Whole-pane walks with typing: generous for a loaded CI machine (they take about a second alone).
jest.setTimeout(30_000);

const LAURA = 'laura.jensen@fabrikam.com';
const SAM = 'sam.patel@northwind.example';
const BORIS = 'boris.ivanov@contoso.com';
const DMITRY = 'dmitry.k@gmail.com';

function renderPane(scenario: Scenario, { lang = 'en' as Lang, preferences = memoryPreferences() as Preferences } = {}) {
  server.use(...simulatedTenantHandlers(scenario));
  const { services, host } = servicesFor(scenario);
  const user = userEvent.setup();
  const view = render(<Root services={{ ...services, preferences }} lang={lang} dark={false} />);
  return { host, user, services, ...view };
}

const heading = (name: string) => screen.findByRole('heading', { level: 2, name });
const draftCard = (audience: 'internal' | 'external') => {
  const card = document.querySelector(`[data-follow-up-draft="${audience}"]`);
  if (!(card instanceof HTMLElement)) throw new Error(`no ${audience} draft card`);
  return card;
};
const bodyBox = (audience: 'internal' | 'external') => within(draftCard(audience)).getByRole('textbox', { name: /Message|Текст письма/ });

const valueOf = (element: HTMLElement) => (element as HTMLInputElement | HTMLTextAreaElement).value;

/** A pane with a message mixing colleagues, an outsider, a group with outside members and a Bcc. */
const mixed = () =>
  aScenario('mixed')
    .subject('Customer list <Q4>')
    .to({ name: 'Boris Ivanov', address: BORIS }, { name: 'Laura Jensen', address: LAURA })
    .cc({ name: 'Sales team', address: 'sales@contoso.com' })
    .bcc({ name: 'Dmitry', address: DMITRY })
    .mailTip('sales@contoso.com', { recipientScope: 'internal', totalMemberCount: 12, externalMemberCount: 2 })
    .policy({ securityContact: { name: 'Contoso Security Desk', address: 'security@contoso.com' } })
    .build();

describe('only external recipients: please-delete in two clicks', () => {
  it('check → “See what you can do instead” → “Open the message”: a draft to exactly the outsiders', async () => {
    const { user, host } = renderPane(builtInScenario('only-external'));
    let clicks = 0;
    await heading('Check');
    await user.click(screen.getByRole('button', { name: 'Write to recipients' }));
    clicks++;
    expect(await heading('Write to recipients')).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Ask them to delete it' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Ask them to delete it: Open the message' }));
    clicks++;

    expect(clicks).toBeLessThanOrEqual(4);
    expect(host.openedDrafts).toHaveLength(1);
    const [draft] = host.openedDrafts;
    // Two organisations: neither sees the other's address (Bcc).
    expect(draft?.to).toEqual([]);
    expect(draft?.bcc?.map((r) => r.address)).toEqual([LAURA, SAM]);
    expect(draft?.subject).toBe('Please delete: Contract draft v3 (internal pricing)');
    const i18n = createTranslator('en');
    expect(draft?.htmlBody).toContain(i18n.dateTime(new Date('2026-11-25T09:56:00Z')));
    expect(draft?.htmlBody).toContain('Please delete it without opening any attachments');
    expect(draft?.htmlBody).toMatch(/^<p>Dear all,<\/p>/);
    expect(await screen.findByText('A new message is open in Outlook. Review it before sending.')).toBeInTheDocument();
  });

  it('Russian: the same two clicks, Russian text and formal address', async () => {
    const { user, host } = renderPane(builtInScenario('only-external'), { lang: 'ru' });
    await heading('Проверка');
    await user.click(screen.getByRole('button', { name: 'Написать получателям' }));
    await heading('Написать получателям');
    await user.click(screen.getByRole('button', { name: 'Попросить удалить письмо: открыть письмо' }));
    const [draft] = host.openedDrafts;
    expect(draft?.bcc?.map((r) => r.address)).toEqual([LAURA, SAM]);
    expect(draft?.subject).toBe('Просьба удалить: Contract draft v3 (internal pricing)');
    expect(draft?.htmlBody).toContain('Прошу удалить его, не открывая вложений');
    expect(screen.getByText('Письмо 2 получателям вне вашей организации')).toBeInTheDocument();
  });
});

describe('who gets it, and why', () => {
  it('lists everyone with the reason; unticking someone takes them out of the draft, the intro still counts them', async () => {
    const { user, host } = renderPane(builtInScenario('only-external'));
    await heading('Check');
    await user.click(screen.getByRole('button', { name: 'Write to recipients' }));
    await heading('Write to recipients');

    const list = screen.getByRole('region', { name: 'Who gets a follow-up, and why' });
    const sam = within(list).getByRole('checkbox', { name: /Sam Patel/ });
    expect(sam).toBeChecked();
    expect(sam).toHaveAccessibleName(expect.stringContaining('a recall can’t reach them'));
    await user.click(sam);
    expect(sam).not.toBeChecked();
    expect(document.querySelector(`[data-follow-up-recipient="${SAM}"]`)).toHaveAttribute('data-why', 'REMOVED_BY_USER');
    expect(screen.getByText('2 recipients may still have the message.')).toBeInTheDocument();
    expect(screen.getByText('For 1 recipient outside your organisation')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ask them to delete it: Open the message' }));
    expect(host.openedDrafts[0]?.to.map((r) => r.address)).toEqual([LAURA]);
    // With one person the greeting is for one.
    expect(host.openedDrafts[0]?.htmlBody).toMatch(/^<p>Hello,<\/p>/);

    // Nobody ticked: no draft, and the pane says what to do.
    await user.click(within(list).getByRole('checkbox', { name: /Laura Jensen/ }));
    expect(screen.queryByRole('button', { name: /Open the message/ })).not.toBeInTheDocument();
    expect(screen.getByText('Nobody is ticked. Tick the people who should get a follow-up in the list below.')).toBeInTheDocument();
  });

  it('colleagues and outsiders get separate drafts; a Bcc recipient stays in Bcc and unnamed', async () => {
    const { user, host } = renderPane(mixed());
    await heading('Check');
    await user.click(screen.getByRole('button', { name: 'Write to recipients' }));
    await heading('Write to recipients');
    // Boris is recallable: out by default. Add him: he gets the colleagues' wording.
    const boris = screen.getByRole('checkbox', { name: /Boris Ivanov/ });
    expect(boris).not.toBeChecked();
    await user.click(boris);

    const external = draftCard('external');
    // Outsiders at several organisations: everyone in Bcc, nobody named on a To: line.
    expect(within(external).queryByText(/^To:/)).not.toBeInTheDocument();
    expect(within(external).getByText(/All 3 in Bcc: they are at different organisations/)).toBeInTheDocument();
    expect(within(draftCard('internal')).getByText('For 1 colleague')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ask them to delete it: Open the message to people outside your organisation' }));
    await user.click(screen.getByRole('button', { name: 'Ask them to delete it: Open the message to your colleagues' }));
    const [toOutside, toColleagues] = host.openedDrafts;
    expect(toOutside?.to).toEqual([]);
    expect(toOutside?.bcc?.map((r) => r.address)).toEqual([LAURA, 'sales@contoso.com', DMITRY]);
    expect(toOutside?.htmlBody).toContain('Kind regards');
    expect(toColleagues?.to.map((r) => r.address)).toEqual([BORIS]);
    expect(toColleagues?.bcc).toEqual([]);
    expect(toColleagues?.htmlBody).toMatch(/^<p>Hi,<\/p>/);
    expect(toColleagues?.htmlBody).not.toContain('Kind regards');
    // The subject came from the message and is escaped inside the body.
    expect(toOutside?.htmlBody).toContain('Customer list &lt;Q4&gt;');
  });

  it('more than 100 outsiders: one “Message n of N” button per form, together everyone once', async () => {
    const people = Array.from({ length: 130 }, (_, i) => `p${i + 1}@gmail.com`);
    const { user, host } = renderPane(
      aScenario('many')
        .to(...people)
        .build(),
    );
    await heading('Check');
    await user.click(screen.getByRole('button', { name: 'Write to recipients' }));
    await heading('Write to recipients');
    expect(screen.getByText(/split into 2 messages/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ask them to delete it: open message 1 of 2 to people outside your organisation' }));
    await user.click(screen.getByRole('button', { name: 'Ask them to delete it: open message 2 of 2 to people outside your organisation' }));
    expect(host.openedDrafts.map((d) => d.to.length)).toEqual([100, 30]);
    expect(new Set(host.openedDrafts.flatMap((d) => d.to.map((r) => r.address)))).toEqual(new Set(people));
    expect(await screen.findByText('Message 2 of 2 is open in Outlook. Review and send it, then open the next one.')).toBeInTheDocument();
  });
});

describe('the text: editable, and nothing typed is lost', () => {
  it('edits survive switching templates, leaving the step and coming back; restoring brings the template back', async () => {
    const { user, host } = renderPane(builtInScenario('only-external'));
    await heading('Check');
    await user.click(screen.getByRole('button', { name: 'Write to recipients' }));
    await heading('Write to recipients');

    const subject = within(draftCard('external')).getByRole('textbox', { name: 'Subject' });
    await user.clear(subject);
    await user.type(subject, 'Please delete my last message');
    await user.type(bodyBox('external'), '\n\nP.S. <b>thanks</b> & more');

    await user.click(screen.getByRole('radio', { name: 'Apologise' }));
    expect(within(draftCard('external')).getByRole('textbox', { name: 'Subject' })).toHaveValue('Apologies: Contract draft v3 (internal pricing)');
    await user.click(screen.getByRole('radio', { name: 'Ask them to delete it' }));
    expect(within(draftCard('external')).getByRole('textbox', { name: 'Subject' })).toHaveValue('Please delete my last message');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await heading('Check');
    await user.click(screen.getByRole('button', { name: 'Write to recipients' }));
    await heading('Write to recipients');
    expect(within(draftCard('external')).getByRole('textbox', { name: 'Subject' })).toHaveValue('Please delete my last message');
    expect(valueOf(bodyBox('external'))).toContain('P.S. <b>thanks</b> & more');

    await user.click(screen.getByRole('button', { name: 'Ask them to delete it: Open the message' }));
    const [draft] = host.openedDrafts;
    expect(draft?.subject).toBe('Please delete my last message');
    expect(draft?.htmlBody).toContain('<p>P.S. &lt;b&gt;thanks&lt;/b&gt; &amp; more</p>');

    await user.click(screen.getByRole('button', { name: 'Restore the template text' }));
    expect(within(draftCard('external')).getByRole('textbox', { name: 'Subject' })).toHaveValue('Please delete: Contract draft v3 (internal pricing)');
    expect(screen.queryByRole('button', { name: 'Restore the template text' })).not.toBeInTheDocument();
  });

  it('another item selected in the pinned pane starts clean: nothing typed for one message reaches another', async () => {
    const scenario = builtInScenario('only-external');
    const { user, host } = renderPane(scenario);
    await heading('Check');
    await user.click(screen.getByRole('button', { name: 'Write to recipients' }));
    await heading('Write to recipients');
    await user.type(bodyBox('external'), ' SECRET NOTE');
    expect(valueOf(bodyBox('external'))).toContain('SECRET NOTE');

    const other = { ...sentItemOf(scenario), subject: 'Another message' };
    act(() => host.selectItem(other));
    await heading('Check');
    await user.click(screen.getByRole('button', { name: 'Write to recipients' }));
    await heading('Write to recipients');
    expect(valueOf(bodyBox('external'))).not.toContain('SECRET NOTE');
  });

  it('nothing selected (null item) shows a helpful empty state', async () => {
    const scenario = builtInScenario('only-external');
    const { host } = renderPane(scenario);
    await heading('Check');
    act(() => host.selectItem(null));
    expect(await heading('No message selected')).toHaveFocus();
    expect(screen.getByText(/Pin this pane/)).toBeInTheDocument();
    expect(document.querySelector('[data-overall-verdict]')).toBeNull();
  });
});

describe('after a tracked recall', () => {
  /** The alternatives step alone, in the state the track step hands over. */
  function renderFollowUp(outcomes: Record<string, RecallOutcome>) {
    const scenario = aScenario().to({ name: 'Boris Ivanov', address: BORIS }, { name: 'Maria', address: 'maria@contoso.com' }, DMITRY).build();
    const { services, host } = servicesFor(scenario);
    const assessment = assess(aMessage().to({ name: 'Boris Ivanov', address: BORIS }, { name: 'Maria', address: 'maria@contoso.com' }, DMITRY), [
      aRecipient(BORIS).internal(),
      aRecipient('maria@contoso.com').internal(),
    ]);
    const outcome: CheckOutcome = {
      key: { itemId: 'rest:tracked', attempt: 1 },
      item: sentItemOf(scenario),
      subject: 'Q4 budget draft',
      sentDateTime: new Date('2026-11-25T09:56:00Z'),
      assessment,
      gaps: [],
      roundTrips: 1,
    };
    const tracked = {
      outcomes: new Map(Object.entries(outcomes).map(([a, o]) => [parseAddress(a).key, o])),
      recalledAt: new Date('2026-11-25T09:58:00Z'),
      byAddIn: true,
    };
    const recall = { at: tracked.recalledAt, byAddIn: true };
    const state: WizardState = { step: 'alternatives', outcome, choice: 'delete', recall, returnTo: { step: 'track', outcome, choice: 'delete', recall } };
    const plan = buildRecallPlan({ assessment, sender: scenario.user.address, recall, outcomes: tracked.outcomes, decisions: new Map() });
    const dispatch = jest.fn<void, [WizardEvent]>();
    render(
      <ServicesProvider services={{ ...services, preferences: memoryPreferences({ preventionTipsDismissed: true }) }}>
        <I18nProvider lang="en">
          <FluentProvider theme={webLightTheme}>
            <FollowUpSessionProvider item={outcome}>
              <PlanViewProvider view={{ plan, tracking: null, tracked: true, trackedRecall: tracked }}>
                <FollowUpStep state={state as Extract<WizardState, { step: 'alternatives' }>} dispatch={dispatch} />
              </PlanViewProvider>
            </FollowUpSessionProvider>
          </FluentProvider>
        </I18nProvider>
      </ServicesProvider>,
    );
    return { host, dispatch, user: userEvent.setup() };
  }

  it('recalled colleagues are left out, failed ones are in, each with its reason', async () => {
    const { host, user } = renderFollowUp({ [BORIS]: 'succeeded', 'maria@contoso.com': 'failed' });
    const row = (a: string) => document.querySelector(`[data-follow-up-recipient="${a}"]`);
    expect(row(BORIS)).toHaveAttribute('data-why', 'RECALLED');
    expect(row(BORIS)).toHaveAttribute('data-included', 'false');
    expect(row('maria@contoso.com')).toHaveAttribute('data-why', 'RECALL_FAILED');
    expect(within(row('maria@contoso.com') as HTMLElement).getByText(/the recall failed for them/)).toBeInTheDocument();
    expect(row(DMITRY)).toHaveAttribute('data-why', 'NOT_RECALLABLE');
    await user.click(screen.getByRole('button', { name: 'Ask them to delete it: Open the message to your colleagues' }));
    expect(host.openedDrafts[0]?.to.map((r) => r.address)).toEqual(['maria@contoso.com']);
  });

  it('the incident path is one button away', async () => {
    const { dispatch, user } = renderFollowUp({ [BORIS]: 'pending' });
    await user.click(screen.getByRole('button', { name: 'Open the incident steps' }));
    expect(dispatch).toHaveBeenCalledWith({ type: 'show-incident' });
  });
});

describe('incident path', () => {
  const originalClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  afterEach(() => {
    if (originalClipboard) Object.defineProperty(navigator, 'clipboard', originalClipboard);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  });
  const setClipboard = (writeText: (text: string) => Promise<void>) =>
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

  async function openIncident(scenario: Scenario, lang: Lang = 'en') {
    const rendered = renderPane(scenario, { lang });
    await heading(lang === 'en' ? 'Check' : 'Проверка');
    await rendered.user.click(
      screen.getByRole('button', {
        name: lang === 'en' ? 'Confidential content sent outside? Incident steps' : 'Конфиденциальное письмо попало за пределы организации? Шаги при инциденте',
      }),
    );
    return rendered;
  }

  it('steps in order; “Report to security” opens a prefilled message to the configured contact', async () => {
    const { user, host } = await openIncident(builtInScenario('only-external'));
    expect(await heading('Sensitive content sent outside: what to do now')).toHaveFocus();
    expect([...document.querySelectorAll('[data-incident-step]')].map((li) => li.getAttribute('data-incident-step'))).toEqual([
      'stop',
      'report',
      'delete',
      'revoke',
      'keep',
    ]);
    expect(screen.getByText(/Contoso Security Desk \(security@contoso\.com\)/)).toBeInTheDocument();
    // Purview revocation guidance, because this org says it uses Purview encryption; the command
    // itself is folded away for the admin.
    expect(screen.queryByText(/Set-OMEMessageRevocation/)).not.toBeInTheDocument();
    await user.click(within(document.querySelector('[data-incident-step="revoke"]') as HTMLElement).getByRole('button', { name: 'Details for your admin' }));
    expect(screen.getByText(/Set-OMEMessageRevocation -Revoke \$true/)).toBeInTheDocument();
    expect(screen.getByText(/Advanced Message Encryption \(Microsoft 365 E5/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Report to security' }));
    const [report] = host.openedDrafts;
    expect(report?.to).toEqual([{ name: 'Contoso Security Desk', address: 'security@contoso.com', field: 'to' }]);
    expect(report?.bcc ?? []).toEqual([]);
    expect(report?.subject).toBe('Security incident: message sent by mistake: Contract draft v3 (internal pricing)');
    expect(report?.htmlBody).toContain('Incident summary: message sent by mistake');
    expect(report?.htmlBody).toContain(`Laura Jensen &lt;${LAURA}&gt; (To): outside the organisation or unknown; not recallable: Outside your organisation`);
    expect(report?.htmlBody).toContain('Sender: alex.morgan@contoso.com');
    expect(await screen.findByText('A message to your security contact is open in Outlook. Review it and send it.')).toBeInTheDocument();
    // The summary now records that the report was opened.
    expect(valueOf(screen.getByRole('textbox', { name: 'Incident summary text' }))).toContain('report to the security contact opened in Outlook');
  });

  it('no security contact configured: says so, and copy and download still work', async () => {
    const scenario = aScenario().to({ name: 'Laura Jensen', address: LAURA }).build();
    const { user } = await openIncident(scenario);
    expect(await screen.findByText(/hasn’t named a security contact/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Report to security' })).not.toBeInTheDocument();
    expect(document.querySelector('[data-incident-step="revoke"]')).toBeNull();

    const writeText = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined);
    setClipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]?.[0]).toContain(LAURA);
    expect(await screen.findByText('Summary copied. Paste it into a message or a ticket.')).toBeInTheDocument();
  });

  it('copy refused: the text is selected for Ctrl+C and the pane says so', async () => {
    const { user } = await openIncident(builtInScenario('only-external'));
    setClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(await screen.findByText(/Couldn’t copy automatically/)).toBeInTheDocument();
    const box = screen.getByRole('textbox', { name: 'Incident summary text' }) as HTMLTextAreaElement;
    expect(box).toHaveFocus();
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe(box.value.length);
  });

  it('downloads .txt and .json through a Blob and <a download>', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    });
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const names: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    try {
      const { user } = await openIncident(builtInScenario('only-external'));
      await user.click(screen.getByRole('button', { name: 'Download as text' }));
      await user.click(screen.getByRole('button', { name: 'Download for your IT team' }));
      expect(names).toEqual([expect.stringMatching(/^incident-summary-\d{8}-\d{4}\.txt$/), expect.stringMatching(/^incident-summary-\d{8}-\d{4}\.json$/)]);
      const [txt, json] = await Promise.all(blobs.map((b) => b.text()));
      expect(txt).toContain('Subject: Contract draft v3 (internal pricing)');
      const parsed = JSON.parse(json ?? '') as { format: string; recipients: { address: string; followUp: { included: boolean } }[] };
      expect(parsed.format).toBe('recall-assistant/incident-summary');
      expect(parsed.recipients.map((r) => [r.address, r.followUp.included])).toEqual([
        [LAURA, true],
        [SAM, true],
      ]);
      expect(await screen.findByText(/The summary file is in your downloads/)).toBeInTheDocument();
      // No anchor is left behind in the page.
      expect(document.querySelector('a[download]')).toBeNull();
    } finally {
      click.mockRestore();
    }
  });

  it('“Write the please-delete message” goes to the alternatives with please-delete chosen; Back returns to check', async () => {
    const { user } = renderPane(builtInScenario('only-external'));
    await heading('Check');
    // An earlier visit chose another template…
    await user.click(screen.getByRole('button', { name: 'Write to recipients' }));
    await heading('Write to recipients');
    await user.click(screen.getByRole('radio', { name: 'Apologise' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await heading('Check');
    await user.click(screen.getByRole('button', { name: 'Confidential content sent outside? Incident steps' }));
    await heading('Sensitive content sent outside: what to do now');
    // …the incident path asks for please-delete.
    await user.click(screen.getByRole('button', { name: 'Write the please-delete message' }));
    expect(await heading('Write to recipients')).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Ask them to delete it' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await heading('Check')).toHaveFocus();
  });

  it('Russian: steps and summary in Russian', async () => {
    await openIncident(builtInScenario('only-external'), 'ru');
    expect(await heading('Конфиденциальные данные за пределами организации: что делать сейчас')).toHaveFocus();
    expect(screen.getByText(/Письмо может оставаться у 2 получателей вне вашей организации/)).toBeInTheDocument();
    expect(valueOf(screen.getByRole('textbox', { name: 'Текст сводки об инциденте' }))).toContain('2 получателя; вне организации или не проверено: 2');
  });
});

describe('prevention tips', () => {
  it('shown at the end of the flow for this Outlook; dismissed once, gone for good (a flag, nothing personal)', async () => {
    const preferences = memoryPreferences();
    const set = jest.spyOn(preferences, 'set');
    const { user, unmount } = renderPane(builtInScenario('only-external'), { preferences });
    await heading('Check');
    await user.click(screen.getByRole('button', { name: 'Write to recipients' }));
    await heading('Write to recipients');
    const tips = screen.getByRole('region', { name: 'Next time: catch it before it leaves' });
    // Outlook on the web: the Undo send setting; plus delay, MailTips and read receipts.
    expect([...tips.querySelectorAll('[data-tip]')].map((li) => li.getAttribute('data-tip'))).toEqual([
      'tips.undoSend.web',
      'tips.delay.other',
      'tips.mailTips',
      'tips.readReceipts',
    ]);
    expect(within(tips).getByText(/Settings → Mail → Compose and reply → Undo send/)).toBeInTheDocument();

    await user.click(within(tips).getByRole('button', { name: 'Got it, don’t show again' }));
    expect(set).toHaveBeenCalledWith('preventionTipsDismissed', true);
    expect(screen.queryByRole('region', { name: 'Next time: catch it before it leaves' })).not.toBeInTheDocument();
    // Focus stays in the pane, on the confirmation.
    expect(screen.getByText('Tips hidden. They won’t appear again.')).toHaveFocus();
    unmount();

    const again = renderPane(builtInScenario('only-external'), { preferences });
    await heading('Check');
    await again.user.click(screen.getByRole('button', { name: 'Write to recipients' }));
    await heading('Write to recipients');
    expect(screen.queryByRole('region', { name: 'Next time: catch it before it leaves' })).not.toBeInTheDocument();
  });

  it('classic Outlook gets the deferral rule instead of Undo send', async () => {
    const scenario = aScenario().onClassicWindows().to(DMITRY).build();
    const { user } = renderPane(scenario);
    await heading('Check');
    await user.click(screen.getByRole('button', { name: 'Write to recipients' }));
    await heading('Write to recipients');
    expect(screen.getByText(/defer delivery by a number of minutes/)).toBeInTheDocument();
    expect(screen.getByText(/Options → Delay Delivery/)).toBeInTheDocument();
  });
});
