import { ru } from '../../../src/i18n/ru';
import { createTranslator } from '../../../src/i18n/translator';

/*
 * The words issue #22 found on the screens of the incident path, the check step, the track step
 * and the writer, as a reader would notice them: a promise stronger than the facts, a number where
 * a word belongs, stilted Russian.
 */

const en = createTranslator('en');
const rus = createTranslator('ru');

describe('no promise stronger than the facts', () => {
  it('a recall "can reach", and removes only if it succeeds', () => {
    expect(rus.t('overall.partial.title', { certain: 'yes', reachable: 2, total: 3 })).toBe('Отозвать можно у 2 из 3');
    expect(en.t('act.confirm.irreversible')).toMatch(/If it succeeds, the message is removed from the mailboxes it reaches\.$/);
    expect(rus.t('act.confirm.irreversible')).toMatch(/Если он сработает, письмо исчезнет/);
    expect(rus.t('summary.overall.recallable')).toBe('отзыв может дойти до всех');
  });

  it('"done" says everyone is taken care of, not that they were warned (nobody may have been written to)', () => {
    expect(rus.t('plan.done')).not.toMatch(/предупреждены/);
  });

  it('"delete unread copies" removes the message only where the recall succeeds, in both languages', () => {
    expect(en.t('choose.delete.detail')).toMatch(/^If the recall succeeds, the message is removed from the mailboxes it reaches\./);
    expect(en.t('choose.replace.detail')).toMatch(/^Removes it where the recall succeeds/);
    expect(rus.t('choose.delete.detail')).toMatch(/^Если отзыв сработает, письмо исчезнет из ящиков, до которых он дойдёт\./);
    expect(rus.t('choose.replace.detail')).toMatch(/^Там, где отзыв сработает, письмо исчезнет/);
  });

  it('an uncertain partial verdict is an upper bound in Russian too ("may reach up to")', () => {
    expect(rus.t('overall.partial.title', { certain: 'no', reachable: 2, total: 3 })).toBe('Отозвать можно не более чем у 2 из 3');
  });

  it('only Microsoft 365 unreachable is not "no network connection"', () => {
    expect(en.t('failure.offline')).toBe('Microsoft 365 could not be reached');
    expect(rus.t('failure.offline')).toBe('не удалось связаться с Microsoft 365');
  });
});

describe('words for two, and plain Russian', () => {
  it.each([
    [en, 2, /^Both in Bcc: .* neither sees the other’s address/],
    [en, 3, /^All 3 in Bcc:/],
    [rus, 2, /^Оба получателя — в скрытой копии:/],
    [rus, 3, /^Все 3 — в скрытой копии:/],
  ])('outsiders at several organisations, %#', (t, count, words) => {
    expect(t.t('alt.draft.allBcc', { count })).toMatch(words);
  });

  it('the security contact’s prefilled message is said plainly, without guessing their gender', () => {
    expect(rus.t('incident.report.contact', { name: 'Служба безопасности', address: 'security@contoso.com' })).toBe(
      'В вашей организации это Служба безопасности (security@contoso.com). Письмо уже подготовлено, в нём есть все нужные сведения.',
    );
  });

  it.each(['Коротко:', 'письмо-продолжение', 'ушло наружу', 'неизвестно где', 'отозвал(а)', 'следить за результатом', 'заполнено нужными сведениями'])(
    'no Russian message says «%s»',
    (phrase) => {
      expect(Object.entries(ru).filter(([, text]) => text.includes(phrase))).toEqual([]);
    },
  );

  it('no «(а)» gender hack in any Russian message: the sentence is rephrased instead', () => {
    expect(Object.entries(ru).filter(([, text]) => /[а-яё]\((а|ла|ась)\)/.test(text))).toEqual([]);
  });

  it('a Russian mailbox gets its recall report in Russian, so the status does not name the English subject', () => {
    expect(Object.entries(ru).filter(([, text]) => /Message Recall Report/i.test(text))).toEqual([]);
    expect(rus.t('track.noReports.cloud')).toMatch(/^Outlook пришлёт вам одно письмо — отчёт об отзыве — со ссылкой на статус по каждому получателю\./);
  });

  it('the Outlook in use reads after «в», without quoting a lower-case name', () => {
    expect(rus.t('context.client', { client: rus.t('client.classicWindows') })).toBe('Открыто в классическом Outlook для Windows');
    expect(rus.t('act.intro', { client: rus.t('client.newOutlook') })).toBe('Выполните эти шаги в новом Outlook для Windows. Это займёт около минуты.');
  });

  it('one person who may still have it is not «этих получателей»', () => {
    expect(rus.t('plan.stillHave', { more: 0, names: 'Dmitry (personal)' })).toBe('У кого письмо может остаться: Dmitry (personal).');
  });

  it.each(['еще', 'отчет', 'учетн', 'дойдет', 'пришлет', 'придет', 'уйдет'])('ё is written wherever it is said: no Russian message spells «%s»', (word) => {
    const spelt = new RegExp(`(?<![а-яё])${word}`);
    expect(Object.entries(ru).filter(([, text]) => spelt.test(text.toLowerCase()))).toEqual([]);
  });

  it('consent missing says whom to ask, in both languages', () => {
    expect(en.t('gap.why', { kind: 'consent' })).toMatch(/Ask your IT to approve the add-in\.$/);
    expect(rus.t('gap.why', { kind: 'consent' })).toMatch(/Попросите ИТ-службу одобрить надстройку\.$/);
  });
});
