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

  it('consent missing says whom to ask, in both languages', () => {
    expect(en.t('gap.why', { kind: 'consent' })).toMatch(/Ask your IT to approve the add-in\.$/);
    expect(rus.t('gap.why', { kind: 'consent' })).toMatch(/Попросите ИТ-службу одобрить надстройку\.$/);
  });
});
