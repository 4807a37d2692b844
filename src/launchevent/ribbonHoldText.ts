import type { AlertLang } from './alertText';

/**
 * The notifications of the compose ribbon's "Hold before sending" button (holdAndSend.ts, no
 * contextData), en + ru, each within the 150 characters of a notification message
 * (notificationMessages, Mailbox 1.3). A catalog of its own for the event runtime, as alertText.ts.
 */
interface RibbonHoldCatalog {
  /** Set: the message leaves no earlier than `until` (hh:mm), `minutes` from now. */
  set(minutes: number, until: string): string;
  /** A delivery time is already ahead: kept, never moved earlier. */
  alreadySet(until: string): string;
  /** Not a client where a held message waits in Drafts (heldInDrafts.ts). */
  notHere: string;
  /** config.json gives this user no window. */
  noWindow: string;
  failed: string;
}

const catalogs: Record<AlertLang, RibbonHoldCatalog> = {
  en: {
    set: (m, until) => `Set to leave at ${until}, in ${m} min. Select Send when ready: until then it waits in Drafts, where you can still edit it.`,
    alreadySet: (until) => `Already set to leave at ${until}: nothing changed.`,
    notHere: 'Not held: Recall Assistant holds messages only in Outlook on the web, new Outlook and Outlook on Mac, where a held one can still be edited.',
    noWindow: 'Not held: your organisation has set no hold time for your messages.',
    failed: 'Recall Assistant couldn’t hold this message: nothing changed.',
  },
  ru: {
    set: (m, until) =>
      `Письмо уйдёт не раньше ${until}, через ${m} мин. Нажмите «Отправить», когда будете готовы: до тех пор оно ждёт в черновиках, где его можно изменить.`,
    alreadySet: (until) => `Время отправки уже назначено на ${until}: ничего не изменено.`,
    notHere: 'Не задержано: Помощник отзыва задерживает письма только в Outlook в браузере, новом Outlook и Outlook для Mac, где их ещё можно изменить.',
    noWindow: 'Не задержано: ваша организация не задала время задержки для ваших писем.',
    failed: 'Помощнику отзыва не удалось задержать письмо: ничего не изменено.',
  },
};

export function ribbonHoldText(lang: AlertLang): RibbonHoldCatalog {
  return catalogs[lang];
}
