/**
 * The Smart Alert's 500 characters (office.smartalertseventcompletedoptions.yml, errorMessage):
 * the text used to be cut from its end, so three long names pushed out the closing sentence, the
 * one that says what the user can do (hold it, and how to stop it; or send anyway / edit). The
 * names give way now: shortened, then fewer named with "and N more", down to the lead's count
 * alone. What happens and how to stop it are always whole.
 */
import { EXCHANGE_ONLINE_DEFAULTS } from '../../../src/domain/policy';
import type { OutOfReach } from '../../../src/domain/sendTimeDecision';
import { sendTimeEvidence } from '../../../src/graph/sendTimeEvidence';
import { MESSAGE_LIMIT, alertText } from '../../../src/launchevent/alertText';
import { officeComposeItem } from '../../../src/launchevent/composeItem';
import { onMessageSendHandler, type CompletedOptions } from '../../../src/launchevent/onMessageSend';
import { NOW } from '../../builders/domain';
import { aSendEvent, composeStandIn } from '../../builders/officeCompose';

const HOLD = {
  en: 'Hold it 10 minutes: it waits in Drafts, where you can edit it or delete it before it leaves. Or send it now, or go back to editing.',
  ru: 'Задержите его на 10 минут: оно подождёт в папке «Черновики», где его можно изменить или удалить до отправки. Или отправьте сейчас, или вернитесь к редактированию.',
} as const;
const ALERT_ONLY = {
  en: 'Check the recipients before it leaves: send anyway, or go back to editing.',
  ru: 'Проверьте получателей, пока письмо не ушло: отправьте всё равно или вернитесь к редактированию.',
} as const;
const LEAD = {
  en: (n: number) => `Once delivered, this can’t be recalled from ${n} recipients`,
  ru: (n: number) => `После доставки письмо не отозвать у ${n} получателей`,
} as const;

/** Display names as people set them in a partner's directory: long, but real. */
const longNamed = (count: number): OutOfReach[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `Ekaterina Aleksandrovna Voskresenskaya-${i} (Legal & Compliance, Fabrikam International Holdings, Moscow office)`,
    address: `ekaterina.voskresenskaya.${i}@fabrikam-international-holdings.example`,
    reason: 'EXTERNAL',
  }));

const both = (text: { plain: string; markdown: string | null }) => [text.plain, text.markdown ?? ''];

describe.each(['en', 'ru'] as const)('%s: the alert’s essential sentences survive long names', (lang) => {
  it('three long names, hold offered: the hold and how to stop it are whole, and the names give way', () => {
    const text = alertText(lang, { outOfReach: longNamed(3), reasons: ['OUTSIDE_RECALL_REACH'], minutes: 10, holdOffered: true });
    expect(text.markdown).not.toBeNull();
    for (const message of both(text)) {
      expect(message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(message.startsWith(LEAD[lang](3))).toBe(true);
      expect(message.endsWith(HOLD[lang])).toBe(true);
      // The first recipient is still named by the whole address: it tells the people apart.
      expect(message).toContain('ekaterina.voskresenskaya.0@fabrikam-international-holdings.example');
      // Whoever is not named is counted: named + "and N more" = 3.
      const named = (message.match(/ — /gu) ?? []).length;
      const more = Number(/(?:and|и ещё) (\d+)/u.exec(message)?.[1] ?? 0);
      expect(named).toBeGreaterThanOrEqual(1);
      expect(named + more).toBe(3);
    }
  });

  it('three long names, alert only (classic Windows): "send anyway, or go back to editing" is whole', () => {
    const text = alertText(lang, { outOfReach: longNamed(3), reasons: ['OUTSIDE_RECALL_REACH'], minutes: 10, holdOffered: false });
    for (const message of both(text)) {
      expect(message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(message.endsWith(ALERT_ONLY[lang])).toBe(true);
    }
  });

  it('one name of 600 characters: the name shortened, the address whole, the closing whole', () => {
    const one: OutOfReach = { name: 'Anna '.repeat(120).trim(), address: 'anna.petrova@gmail.com', reason: 'CONSUMER_MAILBOX' };
    const text = alertText(lang, { outOfReach: [one], reasons: ['OUTSIDE_RECALL_REACH'], minutes: 10, holdOffered: true });
    for (const message of both(text)) {
      expect(message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(message).toContain('…');
      expect(message).toMatch(/ [<(]anna\.petrova@gmail\.com[>)] — /u);
      expect(message.endsWith(HOLD[lang])).toBe(true);
    }
  });

  it('every field at Office.js’ cap and many long names: the cut fields are said in one line, and the closing is whole', () => {
    const fieldsAtCap = [
      { field: 'to', cap: 1000 },
      { field: 'cc', cap: 1000 },
      { field: 'bcc', cap: 1000 },
    ] as const;
    const text = alertText(lang, { outOfReach: longNamed(40), reasons: ['OUTSIDE_RECALL_REACH'], minutes: 10, holdOffered: true, fieldsAtCap });
    for (const message of both(text)) {
      expect(message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(message).toContain(
        lang === 'en' ? 'To, Cc, Bcc: Outlook lets add-ins read only the first 1,000' : 'Кому, Копия, Скрытая копия: Outlook даёт надстройкам',
      );
      expect(message.endsWith(HOLD[lang])).toBe(true);
    }
  });

  it('short names that fit are all named, whole, with no "…"', () => {
    const three: OutOfReach[] = ['anna', 'boris', 'dmitry'].map((n) => ({ name: n, address: `${n}@gmail.com`, reason: 'CONSUMER_MAILBOX' }));
    const text = alertText(lang, { outOfReach: three, reasons: ['OUTSIDE_RECALL_REACH'], minutes: 10, holdOffered: true });
    for (const message of both(text)) {
      for (const n of ['anna', 'boris', 'dmitry']) expect(message).toContain(`${n}@gmail.com`);
      expect(message).not.toContain('…');
    }
  });
});

it('the real handler, three long-named Gmail recipients: Outlook receives the whole hold offer in both messages', async () => {
  const people = longNamed(3).map(({ name }, i) => ({ name, address: `partner.${i}@gmail.com` }));
  const { office } = composeStandIn({ to: people });
  const { event, completed } = aSendEvent();
  await onMessageSendHandler({
    item: officeComposeItem(office),
    config: async () => ({ recallPolicy: EXCHANGE_ONLINE_DEFAULTS, window: { minutes: 10, for: 'outsiders', optInMinutes: 0, withoutGraph: 'sender-domain' } }),
    evidence: (recipients) => sendTimeEvidence(null, recipients, 'contoso.com'),
    now: () => NOW,
  })(event);
  const [options] = completed as [CompletedOptions];
  expect(options.commandId).toBe('holdAndSend');
  expect(options.errorMessage?.endsWith(HOLD.en)).toBe(true);
  expect(options.errorMessageMarkdown?.endsWith(HOLD.en)).toBe(true);
});
