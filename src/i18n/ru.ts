import type { MessageKey } from './en';

/**
 * Russian catalog. Plurals use CLDR's one/few/many/other (1 получатель, 2 получателя, 5 получателей);
 * `=2` where «оба»/«обоим» reads better than a number.
 *
 * Conventions: «вы» in lower case (as Microsoft's Russian UI writes it); ё wherever it is said
 * (ещё, отчёт, учётная запись); quotes «…» with „…“ inside; an em dash with spaces. One word per
 * thing: отзыв / отозвать (recall), получатель (recipient), почтовый ящик (mailbox), скрытая копия
 * (Bcc), папки «Отправленные», «Входящие», «Черновики». A recall is never promised: it «может
 * дойти», and removes the message «если сработает», as the English says "can reach" / "if it succeeds".
 *
 * Outlook's own labels (in «») are quoted as Outlook spells them. Where they come from:
 * Microsoft's Russian help articles on recall are machine-translated ("ms.translationtype: MT" in
 * OfficeDocs-AlchemyInsights-pr.ru-RU, AlchemyInsights/Outlook-desktop-recall-or-replace-message.md
 * and commercial-dialogues/recall-or-replace-an-email-message.md): they give «Сообщение»,
 * «Действия», «Отозвать это сообщение» and the dialog's two options, but disagree with each other
 * on the wording (непрочитанные / непрочтенные, «заменить новым сообщением» / «замените на новое
 * сообщение»). support.microsoft.com/ru-ru (article 35027f88-d655-4554-b4f8-6c0729a723a0) could not
 * be read from here. So the guide.* keys and choose.delete.label / choose.replace.label keep the
 * wording this catalog has used so far, and guide.classicWindows.3 names both builds' command
 * («Отозвать это сообщение», «Отозвать сообщение»): check them in a Russian Outlook before relying on
 * them (TO VERIFY). The cloud recall report's subject is localised to the mailbox's language and
 * its Russian wording is not documented, so track.noReports.cloud describes the report instead of
 * quoting a subject.
 */
export const ru: Record<MessageKey, string> = {
  'app.title': 'Помощник отзыва писем',
  'app.loading': 'Проверяем, у кого ещё можно отозвать письмо…',
  'app.loading.step': 'Открываем…',
  'app.noItem.title': 'Письмо не выбрано',
  'app.noItem.body': 'Выберите письмо, которое вы отправили (в папке «Отправленные»), и эта панель покажет, можно ли ещё его отозвать.',
  'app.noItem.hint':
    'Закрепите панель (значок булавки вверху), и она будет переключаться вслед за выбранным письмом: каждое письмо проверяется заново, с предыдущего ничего не переносится.',
  'app.error.title': 'Что-то пошло не так',
  'app.error.retry': 'Повторить',
  'app.startOver': 'Начать сначала',
  'app.back': 'Назад',
  'app.steps': 'Шаги',
  'step.check': 'Проверка',
  'step.choose': 'Выбор',
  'step.act': 'Отзыв',
  'step.alternatives': 'Написать получателям',

  'context.sentAgo': 'Отправлено {age}',
  'context.sentUnknown': 'Время отправки неизвестно',
  'context.recipients': '{count, plural, one {# получатель} few {# получателя} many {# получателей} other {# получателя}}',
  'context.client': 'Открыто в {client}',
  'context.noSubject': '(без темы)',
  // client.* follow «в» (context.client, act.intro: «Открыто в …», «Выполните эти шаги в …»).
  'client.web': 'Outlook в браузере',
  'client.newOutlook': 'новом Outlook для Windows',
  'client.classicWindows': 'классическом Outlook для Windows',
  'client.mac': 'Outlook для Mac',
  'client.mobile': 'мобильном Outlook',
  'client.unknown': 'неизвестной версии Outlook',

  'overall.recallable.title': 'Отзыв ещё может сработать для всех',
  'overall.recallable.body': 'Все получатели — в вашей организации. Действуйте сейчас: чем раньше вы отзовёте письмо, тем меньше людей его увидят.',
  'overall.partial.title': '{certain, select, yes {Отозвать можно у {reachable} из {total}} other {Отозвать можно не более чем у {reachable} из {total}}}',
  'overall.partial.body':
    'Отзыв может удалить письмо только из ящиков вашей организации. У остальных оно останется: план ниже предлагает попросить их удалить письмо.',
  'overall.uncertain.title': 'Отзыв может сработать, но гарантий нет',
  'overall.uncertain.body': 'Часть сведений подтвердить не удалось. Отзовите письмо, а затем напишите тем, до кого, судя по отчёту, отзыв не дошёл.',
  'overall.not-recallable.title': 'Отозвать это письмо не получится',
  'overall.not-recallable.body': 'Вместо отзыва напишите получателям: исправление, извинение или просьбу удалить письмо.',
  'overall.nextStep': 'Что делать дальше',
  'overall.announce': 'Результат проверки: {title}',

  'gap.graph': 'Эта оценка основана только на том, что показывает Outlook, поэтому она осторожнее, чем могла бы быть.',
  'gap.auth.not-configured': 'надстройка ещё не подключена к Microsoft Graph в вашей организации (администратор задаёт auth.clientId в config.json)',
  'gap.auth.auth-config-invalid': 'в настройках входа надстройки в config.json есть ошибки (сообщите администратору)',
  'gap.auth.nested-auth-unsupported':
    'эта версия Outlook не даёт надстройке войти в Microsoft Graph. Для этого нужен Outlook в браузере, новый Outlook для Windows, классический Outlook для Windows версии {windows} (сборка {windowsBuild}) или новее, Outlook для Mac {mac} или новее либо Outlook для iOS и Android {mobile} или новее — и рабочий или учебный почтовый ящик (не Outlook.com и не Gmail)',
  'gap.auth.nested-auth-unavailable': 'Outlook не разрешил надстройке войти в Microsoft Graph',
  'gap.graphFailed': 'не удалось обратиться к Microsoft Graph ({failure})',
  'gap.bcc': 'Получатели скрытой копии здесь не видны и в список не попали.',
  'gap.mailTips': 'Microsoft 365 не подтвердил часть ящиков (служба MailTips по ним не ответила), поэтому для них отзыв не гарантирован.',
  'gap.readReceipts':
    'Не удалось проверить уведомления о прочтении, а ваша организация отзывает только непрочитанные письма, поэтому ни про кого нельзя сказать наверняка, что отзыв сработает.',
  'gap.truncated': 'Outlook показывает только первых {cap} получателей в каждом поле; остальных может не быть в списке.',
  'gap.earlierRecall': 'Не удалось проверить, отзывалось ли это письмо раньше: прежде чем отзывать снова, поищите отчёт об отзыве во «Входящих».',
  'gap.policyInvalid':
    'Часть настроек отзыва вашей организации прочитать не удалось. Надстройка использует те, что удалось прочитать, а вместо остальных — самые строгие значения. Сообщите администратору.',

  // ---- Issue #21, пункт 5: ключи config.json, которые надстройка не принимает как есть ----
  'config.problem.near-miss': '«{key}» — неизвестная настройка, но она похожа на {meant}: пока это не исправлено, значение {meant} считается неизвестным.',
  'config.problem.duplicate': 'Настройка «{key}» задана несколько раз с разными значениями, поэтому её значение считается неизвестным.',
  'config.problem.unknown-key': '«{key}» — неизвестная настройка, она пропущена.',
  // Issue #21, пункт 13: баннер называет получателя вместе с адресом, как строки списка.
  'recipient.nameAndAddress': '{name} ({address})',
  // ---- конец блока issue #21, пункт 5 ----

  'group.recallable':
    '{count, plural, one {Можно отозвать: # получатель} few {Можно отозвать: # получателя} many {Можно отозвать: # получателей} other {Можно отозвать: # получателя}}',
  'group.uncertain':
    '{count, plural, one {Отзыв под вопросом: # получатель} few {Отзыв под вопросом: # получателя} many {Отзыв под вопросом: # получателей} other {Отзыв под вопросом: # получателя}}',
  'group.not-recallable':
    '{count, plural, one {Нельзя отозвать: # получатель} few {Нельзя отозвать: # получателя} many {Нельзя отозвать: # получателей} other {Нельзя отозвать: # получателя}}',
  'recipient.details': 'Почему: {name}',
  'recipient.field.to': 'Кому',
  'recipient.field.cc': 'Копия',
  'recipient.field.bcc': 'Скрытая копия',
  'recipient.noAddress': '(нет адреса)',

  'reason.NOT_EXCHANGE_MAILBOX.title': 'Ваша учётная запись не поддерживает отзыв',
  'reason.NOT_EXCHANGE_MAILBOX.detail':
    'Отзыв есть только у рабочих почтовых ящиков Microsoft 365. У личных учётных записей (Outlook.com, Gmail и других) его нет.',
  'reason.NOT_IN_SENT_ITEMS.title': 'Это письмо отправили не вы',
  'reason.NOT_IN_SENT_ITEMS.detail': 'Отозвать можно только письмо, отправленное из этого ящика, и только из папки «Отправленные».',
  'reason.MEETING_ITEM.title': 'Это приглашение на встречу',
  'reason.MEETING_ITEM.detail': 'Приглашения на встречи не отзываются: отмените или измените встречу.',
  'reason.RECALL_DISABLED_BY_POLICY.title': 'Отзыв отключён в вашей организации',
  'reason.RECALL_DISABLED_BY_POLICY.detail': 'Администратор отключил отзыв писем. Воспользуйтесь одним из вариантов ниже.',
  'reason.ALREADY_RECALLED.title': 'Отзыв уже запрошен',
  'reason.ALREADY_RECALLED.detail': 'Отзыв этого письма уже идёт или завершён. Не отзывайте его повторно — посмотрите отчёт.',
  'reason.TOO_OLD.title': 'Письмо слишком старое для отзыва',
  'reason.TOO_OLD.detail': 'В вашей организации можно отзывать письма не старше {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}}.',
  'reason.INTERNAL.title': 'В вашей организации',
  'reason.INTERNAL.detail': 'Ящик получателя — в вашей организации: отзыв может удалить письмо.',
  'reason.EXTERNAL_ALLOWED_TENANT.title': 'Организация-партнёр',
  'reason.EXTERNAL_ALLOWED_TENANT.detail':
    'Эта организация есть в списке партнёров, которые принимают отзывы (его ведёт ваш администратор), но включён ли у них приём отзывов, подтвердить могут только они.',
  'reason.EXTERNAL.title': 'Вне вашей организации',
  'reason.EXTERNAL.detail': 'Отзыв не доходит до других организаций. Попросите получателя удалить письмо.',
  'reason.CONSUMER_MAILBOX.title': 'Личный почтовый ящик',
  'reason.CONSUMER_MAILBOX.detail':
    'Отзыв не доходит до Gmail, Yahoo, Outlook.com, Mail.ru, Яндекс Почты и похожих сервисов. Попросите получателя удалить письмо.',
  'reason.READ.title': 'Уже прочитано',
  'reason.READ.detail':
    '{allowed, select, true {Получатель открыл письмо (пришло уведомление о прочтении). Ваша организация отзывает и прочитанные письма, но содержимое уже могли увидеть.} other {Получатель открыл письмо (пришло уведомление о прочтении), а ваша организация не отзывает прочитанные письма.}}',
  'reason.GROUP_HAS_EXTERNAL_MEMBERS.title': 'В группе есть внешние участники',
  'reason.GROUP_HAS_EXTERNAL_MEMBERS.detail':
    '{external, plural, one {# участник группы — вне вашей организации, до него отзыв не дойдёт.} few {# участника группы — вне вашей организации, до них отзыв не дойдёт.} many {# участников группы — вне вашей организации, до них отзыв не дойдёт.} other {# участника группы — вне вашей организации, до них отзыв не дойдёт.}}',
  'reason.SCOPE_UNKNOWN.title': 'Не удалось подтвердить, где находится ящик',
  'reason.SCOPE_UNKNOWN.detail': 'Надстройке не удалось узнать у каталога вашей организации, есть ли в нём этот ящик. Отзыв может дойти, а может и нет.',
  'reason.MALFORMED_ADDRESS.title': 'Необычный адрес',
  'reason.MALFORMED_ADDRESS.detail':
    '{disguised, select, yes {В адресе есть невидимые, закодированные или похожие на другие буквы символы, поэтому за ним может стоять не тот ящик, на который он похож. Неизвестно, дойдёт ли до него отзыв.} other {Этот адрес не удалось разобрать, поэтому неизвестно, дойдёт ли до него отзыв.}}',

  // --- Fail closed (issue #12): причины для недостающих сведений и пробелы, которые их называют ---
  'reason.ITEM_CLASS_UNKNOWN.title': 'Это не обычное письмо',
  'reason.ITEM_CLASS_UNKNOWN.detail':
    'Это не обычное письмо (возможно, задача, публикация или отчёт), и неизвестно, можно ли его отозвать. Пробуйте отзыв только в крайнем случае и заранее подготовьте письмо получателям.',
  'reason.SENT_ITEMS_UNKNOWN.title': 'Не подтверждено, что письмо в «Отправленных»',
  'reason.SENT_ITEMS_UNKNOWN.detail':
    'Microsoft Graph не подтвердил, что это письмо находится в вашей папке «Отправленные». Отозвать можно только письмо, отправленное из этого ящика и хранящееся там.',
  'reason.RECALL_HISTORY_UNKNOWN.title': 'Не удалось проверить, был ли отзыв раньше',
  'reason.RECALL_HISTORY_UNKNOWN.detail':
    'Не удалось прочитать все запросы на отзыв в «Отправленных» и отчёты об отзыве во «Входящих», или найденный там запрос либо отчёт может относиться к другому вашему письму с той же темой. Возможно, отзыв этого письма уже идёт.',
  'reason.RECALL_POLICY_UNKNOWN.title': 'Неизвестно, разрешён ли отзыв в вашей организации',
  'reason.RECALL_POLICY_UNKNOWN.detail':
    'Из файла настроек надстройки не удалось понять, разрешает ли ваша организация отзыв, поэтому он не гарантирован ни для кого. Сообщите администратору.',
  'reason.AGE_LIMIT_UNKNOWN.title': 'Неизвестен срок отзыва',
  'reason.AGE_LIMIT_UNKNOWN.detail': 'Из файла настроек надстройки не удалось понять, письма какой давности ещё можно отзывать. Сообщите администратору.',
  'reason.SENT_TIME_UNKNOWN.title': 'Неизвестно время отправки',
  'reason.SENT_TIME_UNKNOWN.detail': 'Без времени отправки нельзя проверить, не слишком ли старое письмо для отзыва.',
  'reason.INTERNAL_DOMAIN_UNCONFIRMED.title': 'Домен вашей организации, ящик не подтверждён',
  'reason.INTERNAL_DOMAIN_UNCONFIRMED.detail':
    'Адрес относится к одному из доменов вашей организации, но Microsoft 365 не подтвердил сам ящик (служба MailTips не ответила). Это может быть группа с внешними участниками или контакт, почта которого пересылается в другое место.',
  'reason.READ_STATE_UNKNOWN.title': 'Неизвестно, прочитано ли письмо',
  'reason.READ_STATE_UNKNOWN.detail':
    'Ваша организация отзывает только непрочитанные письма, а уведомления о прочтении проверить не удалось. Если получатель уже открыл письмо, отзыв его не удалит.',
  'reason.GROUP_MEMBERS_UNKNOWN.title': 'Неизвестен состав группы',
  'reason.GROUP_MEMBERS_UNKNOWN.detail':
    'Это группа, но Microsoft 365 не сообщил, есть ли в ней участники вне вашей организации; до таких участников отзыв не дойдёт.',
  // --- конец блока fail closed ---

  'check.incident': 'Конфиденциальное письмо попало за пределы организации? Шаги при инциденте',

  'choose.title': 'Параметры отзыва',
  'choose.delete.label': 'Удалить непрочитанные копии этого сообщения',
  'choose.delete.detail':
    'Если отзыв сработает, письмо исчезнет из ящиков, до которых он дойдёт. Подходит, когда этого письма у получателей просто не должно быть.',
  'choose.replace.label': 'Удалить непрочитанные копии и заменить их новым сообщением',
  'choose.replace.detail':
    'Там, где отзыв сработает, письмо исчезнет, а вы отправите исправленную версию. Выбирайте, только если исправление действительно нужно.',
  'choose.replace.warning': 'Если у кого-то отзыв не сработает, у него окажутся оба письма: замена после неудачного отзыва только запутает.',
  'choose.continue': 'Продолжить',

  'act.title': 'Отзовите письмо в Outlook',
  'act.intro': 'Выполните эти шаги в {client}. Это займёт около минуты.',
  'act.readPolicy':
    '{allowed, select, true {Ваша организация отзывает и прочитанные письма, но те, кто его уже открыл, могли успеть увидеть содержимое.} other {Ваша организация отзывает только непрочитанные письма.}}',

  'guide.web.1': 'Откройте папку «Отправленные», а в ней — письмо.',
  'guide.web.2': 'Вверху письма нажмите «…» («Другие действия»).',
  'guide.web.3': 'Выберите «Отозвать сообщение» и нажмите «ОК».',
  'guide.newOutlook.1': 'Откройте папку «Отправленные» и дважды щёлкните письмо, чтобы открыть его в отдельном окне.',
  'guide.newOutlook.2': 'На панели инструментов письма нажмите «…» («Другие действия»).',
  'guide.newOutlook.3': 'Выберите «Отозвать сообщение» и нажмите «ОК».',
  'guide.classicWindows.1': 'Перейдите в папку «Отправленные» и дважды щёлкните письмо (в области чтения команды отзыва нет).',
  'guide.classicWindows.2': 'На вкладке «Сообщение» нажмите «Действия» (в некоторых версиях — кнопку «…»).',
  'guide.classicWindows.3': 'Выберите «Отозвать это сообщение» (в некоторых версиях — «Отозвать сообщение»).',
  'guide.classicWindows.4': 'Выберите «{option}» и нажмите «ОК».',
  'guide.mac.1': 'В Outlook для Mac команды отзыва нет.',
  'guide.mac.2': 'Откройте Outlook в браузере, перейдите в папку «Отправленные», откройте письмо и выберите «…» → «Отозвать сообщение».',
  'guide.mobile.1': 'В мобильном Outlook команды отзыва может не быть.',
  'guide.mobile.2': 'Откройте Outlook в браузере, перейдите в папку «Отправленные», откройте письмо и выберите «…» → «Отозвать сообщение».',
  'guide.unknown.1': 'Откройте папку «Отправленные», а в ней — письмо в отдельном окне.',
  'guide.unknown.2': 'Найдите «Отозвать это сообщение» в меню «Действия» или «…» («Другие действия») и подтвердите отзыв.',

  'act.confirm.title': 'Отозвать письмо сейчас?',
  'act.confirm.reach':
    '{count, plural, one {Отзыв попробует удалить письмо из # ящика:} few {Отзыв попробует удалить письмо из # ящиков:} many {Отзыв попробует удалить письмо из # ящиков:} other {Отзыв попробует удалить письмо из # ящика:}}',
  'act.confirm.notReach':
    '{count, plural, one {Отзыв не дойдёт до # получателя:} few {Отзыв не дойдёт до # получателей:} many {Отзыв не дойдёт до # получателей:} other {Отзыв не дойдёт до # получателя:}}',
  'act.confirm.irreversible': 'Отзыв нельзя отменить. Если он сработает, письмо исчезнет из ящиков, до которых он дойдёт.',
  'act.confirm.alert': 'В вашей организации получателям сообщают об отзыве, так что сам отзыв может привлечь внимание к письму.',
  'act.confirm.go': 'Отозвать',
  'act.confirm.native': 'Отозвать командой Outlook',
  'act.recalling': 'Отправляем запрос на отзыв…',
  'act.refused': 'Надстройка не смогла отозвать письмо сама ({failure}). Воспользуйтесь командой отзыва в Outlook:',
  'act.didRecall': 'Отзыв запрошен в Outlook — показать статус',

  'track.title': 'Статус отзыва',
  'track.requested': 'Отзыв запрошен {age}.',
  'track.requestedEarlier': 'Отзыв был запрошен раньше.',
  'track.checking': 'Проверяем отчёты об отзыве…',
  'track.refresh': 'Проверить сейчас',
  'track.report': 'Открыть отчёт об отзыве',
  'track.error': 'Не удалось прочитать отчёты об отзыве ({failure}). Скоро попробуем снова.',

  'alt.title': 'Написать получателям',
  'alt.intro':
    '{count, plural, =0 {Писать никому не нужно.} one {Письмо может оставаться у # получателя.} few {Письмо может оставаться у # получателей.} many {Письмо может оставаться у # получателей.} other {Письмо может оставаться у # получателя.}}',
  'alt.pleaseDelete.label': 'Попросить удалить письмо',
  'alt.pleaseDelete.detail': 'Короткая вежливая просьба удалить письмо, не читая дальше, и подтвердить удаление.',
  'alt.correction.label': 'Отправить исправление',
  'alt.correction.detail': 'Объясните, в чём была ошибка, и дайте верные сведения.',
  'alt.apology.label': 'Извиниться',
  'alt.apology.detail': 'Короткое извинение за ошибку.',
  'alt.template.heading': 'Какое письмо отправить?',
  'alt.open': 'Открыть письмо',
  'alt.openLabel': '{template}: открыть письмо',
  'alt.openLabelFor': '{template}: открыть письмо {audience, select, internal {для коллег} other {для получателей вне организации}}',
  'alt.openPart': 'Письмо {part} из {parts}',
  'alt.openPartLabel': '{template}: открыть письмо {part} из {parts} {audience, select, internal {для коллег} other {для получателей вне организации}}',
  'alt.opened': 'В Outlook открыто новое письмо. Проверьте его перед отправкой.',
  'alt.openedPart': 'Письмо {part} из {parts} открыто в Outlook. Проверьте и отправьте его, затем откройте следующее.',
  'alt.noRecipients': 'Отзыв может дойти до всех, так что писать некому.',
  'alt.noneSelected': 'Никто не отмечен. Отметьте в списке ниже тех, кому нужно написать.',
  'alt.openFailed': 'Outlook не смог открыть новое письмо: {failure}',
  'alt.draft.title':
    '{audience, select, internal {{count, plural, one {Письмо # коллеге} few {Письмо # коллегам} many {Письмо # коллегам} other {Письмо # коллеги}}} other {{count, plural, one {Письмо # получателю вне вашей организации} few {Письмо # получателям вне вашей организации} many {Письмо # получателям вне вашей организации} other {Письмо # получателя вне вашей организации}}}}',
  'alt.draft.to': 'Кому: {names}',
  'alt.draft.toMore': 'Кому: {names} и ещё {count}',
  'alt.draft.bcc':
    '{count, plural, one {# получатель был в скрытой копии и останется в ней — остальные не увидят его адрес.} few {# получателя были в скрытой копии и останутся в ней — остальные не увидят их адреса.} many {# получателей были в скрытой копии и останутся в ней — остальные не увидят их адреса.} other {# получателя были в скрытой копии и останутся в ней — остальные не увидят их адреса.}}',
  'alt.draft.split':
    'В одно поле Outlook принимает не больше 100 адресов, поэтому письмо разбито на {count, plural, one {# часть} few {# части} many {# частей} other {# части}}. Откройте и отправьте каждую.',
  'alt.draft.subject': 'Тема',
  'alt.draft.body': 'Текст письма',
  'alt.draft.hint': 'Текст можно изменить здесь или в Outlook. Ничего не будет отправлено, пока вы не нажмёте там «Отправить».',
  'alt.draft.tooLong': 'Текст слишком длинный для формы нового письма Outlook (не больше 32 КБ). Сократите его.',
  'alt.draft.restore': 'Вернуть исходный текст шаблона',
  'alt.who.heading': 'Кому написать и почему',
  'alt.who.intro': 'Отмечено: {included} из {total}. Измените выбор, если знаете больше: например, отметьте того, в чьём отзыве вы сомневаетесь.',
  'alt.incident.heading': 'Письмо было конфиденциальным?',
  'alt.incident.body':
    'Если в письме были конфиденциальные или персональные данные и оно попало к людям вне вашей организации, считайте это инцидентом безопасности: несколько дополнительных шагов защитят и вас, и получателей.',
  'alt.incident.start': 'Открыть шаги при инциденте',

  'followUp.why.NOT_RECALLABLE': 'отзыв до него не дойдёт',
  'followUp.why.UNCERTAIN': 'отзыв может до него не дойти',
  'followUp.why.RECALL_FAILED': 'отзыв не удался',
  'followUp.why.RECALL_UNKNOWN': 'нет отчёта о том, дошёл ли отзыв',
  'followUp.why.RECALL_PENDING': 'отзыв ещё выполняется',
  'followUp.why.ADDED_BY_USER': 'вы добавили сами',
  'followUp.why.RECALLED': 'отозвано: письма в ящике больше нет',
  'followUp.why.RECALLABLE': 'отзыв может до него дойти',
  'followUp.why.REMOVED_BY_USER': 'вы исключили сами',
  'followUp.why.SENDER': 'это вы',
  'followUp.why.MALFORMED': 'адрес не читается, написать на него нельзя',

  'template.pleaseDelete.subject': 'Просьба удалить: {subject}',
  'template.pleaseDelete.internal.body':
    '{count, plural, =1 {Добрый день!} other {Коллеги, добрый день!}}\n\nМоё письмо «{subject}»{when, select, known { ({sent})} other {}} попало к вам по ошибке. Пожалуйста, удалите его, не открывая вложений и никому не пересылая, и напишите мне, когда удалите.\n\nСпасибо и извините за беспокойство.\n{sender}',
  'template.pleaseDelete.external.body':
    'Добрый день!\n\nПисьмо «{subject}»{when, select, known { ({sent})} other {}} попало к {count, plural, =1 {Вам} other {вам}} по ошибке: оно предназначалось другому адресату. Прошу удалить его, не открывая вложений и не пересылая, и подтвердить удаление ответным письмом.\n\nБлагодарю за помощь и приношу извинения за беспокойство.\n\nС уважением,\n{sender}',
  'template.correction.subject': 'Исправление: {subject}',
  'template.correction.internal.body':
    '{count, plural, =1 {Добрый день!} other {Коллеги, добрый день!}}\n\nВ моём письме «{subject}»{when, select, known { от {sent}} other {}} была ошибка. Правильные сведения:\n\n[впишите исправление]\n\nПожалуйста, ориентируйтесь на эту версию, а прежнюю не учитывайте. Извините за путаницу.\n{sender}',
  'template.correction.external.body':
    'Добрый день!\n\nВ письме «{subject}», {when, select, known {направленном {count, plural, =1 {Вам} other {вам}} {sent},} other {недавно направленном {count, plural, =1 {Вам} other {вам}},}} допущена ошибка. Верные сведения:\n\n[впишите исправление]\n\nПрошу не учитывать предыдущую версию. Приношу извинения за неудобство.\n\nС уважением,\n{sender}',
  'template.apology.subject': 'Извинения: {subject}',
  'template.apology.internal.body':
    '{count, plural, =1 {Добрый день!} other {Коллеги, добрый день!}}\n\nМоё письмо «{subject}»{when, select, known { ({sent})} other {}} попало к вам по ошибке — извините, пожалуйста. Не обращайте на него внимания и удалите его.\n{sender}',
  'template.apology.external.body':
    'Добрый день!\n\nПисьмо «{subject}»{when, select, known { ({sent})} other {}} было отправлено {count, plural, =1 {Вам} other {вам}} по ошибке. Прошу не принимать это письмо во внимание и удалить его. Приношу извинения за доставленное неудобство.\n\nС уважением,\n{sender}',

  'incident.title': 'Конфиденциальные данные за пределами организации: что делать сейчас',
  'incident.intro':
    'Если в письме были конфиденциальные или персональные данные и оно дошло до людей вне вашей организации, выполните эти шаги сейчас, по порядку.',
  'incident.stop.title': 'Больше ничего не отправляйте',
  'incident.stop.detail':
    'Не пересылайте письмо, не отвечайте всем и не отправляйте этим получателям ничего с тем же содержимым. Правильную версию отправьте нужному человеку отдельным письмом, не в этой переписке.',
  'incident.report.title': 'Сообщите ответственному за безопасность',
  'incident.report.contact': 'В вашей организации это {name} ({address}). Письмо уже подготовлено, в нём есть все нужные сведения.',
  'incident.report.none':
    'В настройках надстройки не указано, к кому обращаться по вопросам безопасности. Скопируйте или скачайте сводку ниже и отправьте её в ИТ-службу или службу безопасности.',
  'incident.report.open': 'Сообщить в службу безопасности',
  'incident.report.subject': 'Инцидент безопасности: письмо «{subject}» отправлено по ошибке',
  'incident.report.body':
    'Добрый день!\n\nМоё письмо было отправлено по ошибке. В нём могут быть конфиденциальные сведения, и оно могло попасть к людям вне нашей организации. Подробности ниже. Я прошу получателей удалить письмо и перешлю их подтверждения.\n\n{summary}\n\n{sender}',
  'incident.delete.title': 'Попросите получателей удалить письмо и подтвердить',
  'incident.delete.detail':
    '{count, plural, =0 {Попросите всех, у кого письмо может оставаться, удалить его, не открывая вложений, и подтвердить удаление.} one {Письмо может оставаться у # получателя вне вашей организации. Попросите удалить его, не открывая вложений, и подтвердить удаление.} few {Письмо может оставаться у # получателей вне вашей организации. Попросите их удалить его, не открывая вложений, и подтвердить удаление.} many {Письмо может оставаться у # получателей вне вашей организации. Попросите их удалить его, не открывая вложений, и подтвердить удаление.} other {Письмо может оставаться у # получателя вне вашей организации. Попросите их удалить его, не открывая вложений, и подтвердить удаление.}}',
  'incident.delete.open': 'Написать просьбу удалить',
  'incident.revoke.title': 'Письмо зашифровано с помощью Microsoft Purview? Попросите отозвать доступ',
  'incident.revoke.detail':
    'Если письмо зашифровано с помощью шифрования сообщений Microsoft Purview, администратор может отозвать доступ к нему. Для этого нужно расширенное шифрование сообщений (Microsoft 365 E5 или отдельная лицензия на эту функцию), и это работает только для тех, кто читал письмо на портале зашифрованных сообщений (например, для пользователей Gmail), но не для копий, открытых в Outlook. Упомяните это в сообщении службе безопасности.',
  'incident.revoke.command': 'Set-OMEMessageRevocation -Revoke $true -MessageId "{id}"',
  'incident.revoke.id': 'идентификатор-письма',
  'incident.keep.title': 'Сохраните ответы',
  'incident.keep.detail': 'Перешлите подтверждения получателей ответственному за безопасность — они дополнят запись об инциденте.',
  'incident.summary.heading': 'Сводка об инциденте',
  'incident.summary.label': 'Текст сводки об инциденте',
  'incident.summary.note': 'В ней есть адреса получателей. Она покидает эту панель, только когда вы её отправляете, копируете или скачиваете.',
  'incident.copy': 'Скопировать сводку',
  'incident.downloadText': 'Скачать как текст',
  'incident.downloadJson': 'Скачать для ИТ-службы',
  'incident.status.report-opened': 'В Outlook открыто письмо ответственному за безопасность. Проверьте и отправьте его.',
  'incident.status.copied': 'Сводка скопирована. Вставьте её в письмо или заявку.',
  'incident.status.copy-failed': 'Не удалось скопировать автоматически. Сводка выделена в поле: нажмите Ctrl+C (⌘C на Mac).',
  'incident.status.downloaded': 'Файл сводки сохранён в папку загрузок. Если его там нет, воспользуйтесь кнопкой «Скопировать сводку».',
  'incident.status.download-failed': 'В этом Outlook нельзя скачивать файлы. Воспользуйтесь кнопкой «Скопировать сводку».',

  'summary.title': 'Сводка об инциденте: письмо отправлено по ошибке',
  'summary.generated': 'Составлена',
  'summary.subject': 'Тема',
  'summary.sent': 'Отправлено',
  'summary.unknownTime': 'неизвестно',
  'summary.sender': 'Отправитель',
  'summary.verdict': 'Возможность отзыва',
  'summary.counts':
    '{recipients, plural, one {# получатель} few {# получателя} many {# получателей} other {# получателя}}; вне организации или не проверено: {external}; письмо может оставаться у {mayStillHave, plural, one {# получателя} few {# получателей} many {# получателей} other {# получателя}}.',
  'summary.recipients': 'Получатели',
  'summary.actions': 'Что уже сделано',
  'summary.noActions': 'пока ничего',
  'summary.overall.recallable': 'отзыв может дойти до всех',
  'summary.overall.partial': 'отзыв может дойти только до части получателей',
  'summary.overall.uncertain': 'отзыв может сработать, но гарантий нет',
  'summary.overall.not-recallable': 'отозвать письмо нельзя',
  'summary.audience': '{audience, select, internal {в организации} other {вне организации или не проверено}}',
  'summary.verdictOf': '{verdict, select, recallable {можно отозвать} uncertain {отзыв под вопросом} other {нельзя отозвать}}',
  'summary.recall':
    '{status, select, succeeded {отзыв удался} failed {отзыв не удался} pending {отзыв выполняется} unknown {результат отзыва неизвестен} notTracked {отзыв запрошен, результат не отслеживался} other {отзыв не запрашивался}}',
  'summary.followUp': '{included, select, true {письмо получателю: да, {why}} other {письмо получателю: нет, {why}}}',
  'summary.action.recall': '{time}: запрошен отзыв {by, select, addin {через «Помощник отзыва писем»} other {командой отзыва Outlook}}',
  'summary.action.recallNoTime': 'Запрошен отзыв командой отзыва Outlook (время не записано)',
  'summary.action.recallEarlier': 'Отзыв был запрошен ещё до этой сводки (найден в почтовом ящике)',
  'summary.action.followUp':
    '{time}: в Outlook открыто письмо «{template}» для {recipients, plural, one {# получателя} few {# получателей} many {# получателей} other {# получателя}} {audience, select, internal {в организации} other {вне организации или не проверено}}{parts, plural, =1 {} other { (письмо {part} из {parts})}}',
  'summary.action.securityReport': '{time}: в Outlook открыто сообщение ответственному за безопасность',
  'summary.more': '- … и ещё {count}: полный список — в файле сводки, могу прислать по запросу',

  'tips.heading': 'В следующий раз: как успеть остановить письмо',
  'tips.undoSend.web':
    'Включите отмену отправки: «Параметры» → «Почта» → «Создание и ответ» → «Отменить отправку», до 10 секунд. Это работает в Outlook в браузере и в новом Outlook.',
  'tips.undoSend.classicWindows':
    'В классическом Outlook для Windows отмены отправки нет. Вместо неё создайте правило, которое задерживает каждое ваше письмо на минуту-две: «Файл» → «Управление правилами и оповещениями» → «Новое правило» → «Применение правила к отправленным мной сообщениям» → «задержать доставку на указанное число минут».',
  'tips.undoSend.other':
    'Включите отмену отправки в Outlook в браузере: «Параметры» → «Почта» → «Создание и ответ» → «Отменить отправку» (до 10 секунд). Она действует, когда вы отправляете письма из Outlook в браузере или нового Outlook.',
  'tips.delay.classicWindows':
    'Для одного важного письма: «Параметры» → «Задержка доставки» → «Не доставлять до» — на несколько минут вперёд. До этого момента письмо в «Исходящих» ещё можно изменить или удалить.',
  'tips.delay.other':
    'Важное письмо запланируйте на несколько минут вперёд (стрелка рядом с «Отправить» → «Запланировать отправку»). До этого момента его ещё можно изменить или удалить.',
  'tips.mailTips':
    'Попросите администратора включить подсказку (MailTip) о внешних получателях: Outlook будет ещё до отправки предупреждать, что кто-то из адресатов не из вашей организации.',
  'tips.readReceipts':
    'К важным письмам запрашивайте уведомление о прочтении («Параметры» → «Запросить уведомление о прочтении»). Если что-то пойдёт не так, вы — и эта панель — будете знать, кто уже открыл письмо. Получатель или его организация могут не отправлять уведомления.',
  'tips.dismiss': 'Понятно, больше не показывать',
  'tips.dismissed': 'Советы скрыты и больше не появятся.',

  'failure.consent-required': 'нет разрешения на чтение почтового ящика',
  'failure.auth-unavailable': 'вход здесь недоступен',
  'failure.forbidden': 'доступ запрещён',
  'failure.not-found': 'письмо не найдено',
  'failure.throttled': 'Microsoft 365 попросил снизить частоту запросов',
  'failure.offline': 'не удалось связаться с Microsoft 365',
  'failure.timeout': 'истекло время ожидания ответа',
  'failure.server-error': 'ошибка на сервере Microsoft 365',
  'failure.malformed-response': 'Microsoft 365 прислал ответ, который не удалось прочитать',
  'failure.unsupported': 'эта версия Outlook этого не поддерживает',
  'failure.unexpected': 'непредвиденная ошибка (код {correlationId})',
  // Issue 21 item 3: an answer redirected elsewhere is not used.
  'failure.redirected': 'ответ пришёл с другого адреса, поэтому он не использован',

  // — Graph contracts (#11): mailboxes Graph cannot serve —
  'failure.mailbox-unavailable': 'Microsoft Graph не может обратиться к этому почтовому ящику',
  'gap.mailboxUnavailable':
    'Microsoft Graph не может обратиться к этому почтовому ящику (ошибка {code}). Так бывает, если ящик находится на локальном сервере Exchange, это гибридный ящик, ещё не перенесённый в Exchange Online, или у него нет лицензии Exchange Online. Поэтому надстройка не видит получателей скрытой копии, папку «Отправленные» и подсказки MailTips и не может отозвать письмо сама: воспользуйтесь командой отзыва в самом Outlook. Администратор может перенести ящик в Exchange Online или назначить лицензию.',

  'demo.heading': 'Помощник отзыва писем — демо',
  'demo.intro': 'Имитация Outlook и организации Microsoft 365. Выберите сценарий; панель справа — настоящая надстройка.',
  'demo.scenarios': 'Сценарии',
  'demo.language': 'Язык',
  'demo.theme': 'Тема',
  'demo.light': 'Светлая',
  'demo.dark': 'Тёмная',
  'demo.reset': 'Сбросить имитацию почтового ящика',
  'demo.pane': 'Панель надстройки',
  'demo.draft.title': 'Имитация Outlook: новое письмо',
  'demo.draft.to': 'Кому',
  'demo.draft.bcc': 'Скрытая копия',
  'demo.draft.subject': 'Тема',
  'demo.draft.close': 'Закрыть',
  'demo.invalid.title': 'Не удаётся загрузить этот сценарий',
  'demo.invalid.body': 'Исправьте эти поля и перезагрузите страницу:',
  'demo.unknown': 'Встроенного сценария «{id}» нет.',
  'demo.loadFailed': 'Не удалось получить файл сценария ({status}).',

  // --- Загрузка сценария демо: ошибки загрузки и JSON, ошибки в полях (issue #16) ---
  'demo.loadFailed.network':
    'Не удалось получить файл сценария с {url}: сервер не ответил или не разрешает этой странице читать файл (CORS: нужен заголовок Access-Control-Allow-Origin).',
  'demo.json.unexpected': 'Файл сценария — некорректный JSON: неожиданный символ «{found}» в строке {line}, столбце {column}.',
  'demo.json.end': 'Файл сценария — некорректный JSON: файл обрывается раньше, чем закончен JSON (строка {line}, столбец {column}).',
  'demo.problem.missing': 'обязательное поле отсутствует',
  'demo.problem.type': 'ожидается: {expected}; найдено: {received}',
  'demo.problem.oneOf': 'ожидается одно из значений: {expected}; найдено: {received}',
  'demo.problem.noForm': 'не подходит ни под один из допустимых вариантов; ниже — что не так в каждом',
  'demo.problem.id': 'допустимы только строчные латинские буквы, цифры и дефисы; найдено: {received}',
  'demo.problem.isoTime': 'ожидается время в формате ISO 8601, например 2026-11-25T09:30:00Z; найдено: {received}',
  'demo.problem.integer': 'ожидается целое число; найдено: {received}',
  'demo.problem.min': 'ожидается не меньше {limit}; найдено: {received}',
  'demo.problem.max': 'ожидается не больше {limit}; найдено: {received}',
  'demo.problem.invalid': 'недопустимое значение: {received}',
  'demo.type.string': 'текст',
  'demo.type.number': 'число',
  'demo.type.boolean': 'true или false',
  'demo.type.object': 'объект',
  'demo.type.array': 'список',
  // --- конец блока загрузки сценария демо ---

  'outside.title': 'Откройте это в Outlook',
  'outside.body':
    'Помощник отзыва работает в Outlook: его открывают кнопкой на отправленном письме. Чтобы посмотреть, как он работает, без Outlook, откройте демо.',
  'outside.demo': 'Открыть демо',
  'outside.bodyNoDemo':
    'Помощник отзыва работает внутри Outlook: откройте письмо в папке «Отправленные» и выберите «Помощник отзыва» на ленте или в меню «Приложения».',
  'outside.timeout': 'Outlook не завершил запуск надстройки. Закройте панель и откройте её снова.',

  // --- identity (issue 12: ответы относятся к своему письму, ограниченное ожидание, плохие данные) ---
  'gap.stillWaiting': 'Microsoft 365 ещё не ответил. Эта оценка сделана по тому, что показывает Outlook, и обновится здесь, когда придёт ответ.',
  'check.again': 'Проверить ещё раз',
  'check.again.hint': 'Возможно, сбой был временным.',
  // Issue 21 item 10: Graph's Retry-After is waited out, never cut short.
  'check.again.wait':
    'Microsoft 365 попросил подождать: проверить ещё раз можно через {seconds, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}.',
  'check.again.waitMinutes':
    'Microsoft 365 попросил подождать: проверить ещё раз можно через {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}.',
  'check.again.ready': 'Ожидание, о котором просил Microsoft 365, закончилось: можно проверить ещё раз.',
  'time.unknown': 'время неизвестно',
  // --- end identity ---
  // --- New-message form missing (Mailbox 1.6): copy the draft instead (issue 11 item 9) ---
  'copyDraft.unavailable':
    'Эта версия Outlook не умеет открывать из надстройки заполненное письмо. Скопируйте получателей и текст и вставьте их в новое письмо.',
  'copyDraft.button': 'Скопировать получателей и текст',
  'copyDraft.buttonPart': 'Скопировать письмо {part} из {parts}',
  'copyDraft.copied': 'Скопировано. Создайте новое письмо в Outlook и вставьте текст: получатели и тема — в его начале.',
  'copyDraft.copyFailed': 'Буфер обмена здесь недоступен. Текст ниже выделен: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать его.',
  'copyDraft.textLabel': 'Получатели и текст для вставки',
  'copyDraft.to': 'Кому: {addresses}',
  'copyDraft.bcc': 'Скрытая копия: {addresses}',
  'copyDraft.subject': 'Тема: {subject}',

  // --- Окно безопасности (задача №17): задержанные письма в панели, окно нового письма и Smart Alert в демо ---
  'held.title': 'Задержанные письма',
  'held.intro': 'Эти письма ждут на сервере перед отправкой. До этого момента их ещё можно остановить.',
  'held.loading': 'Ищем задержанные письма…',
  'held.empty': 'Задержанных писем нет.',
  'held.noSubject': '(без темы)',
  'held.leavesIn': '{minutes, plural, one {Уйдёт через # минуту} few {Уйдёт через # минуты} many {Уйдёт через # минут} other {Уйдёт через # минуты}}, в {time}',
  'held.to': 'Кому: {recipients}',
  'held.sendNow': 'Отправить сейчас',
  'held.dontSend': 'Не отправлять — вернуть в черновики',
  'held.dontSend.hint': 'Откроет черновик в Outlook: измените или удалите его до {time}.',
  'held.refresh': 'Обновить',
  'held.failed': 'Не получилось: {reason}',
  'held.optIn':
    '{minutes, plural, one {Задерживать на # минуту мои письма тем, до кого не дойдёт отзыв} few {Задерживать на # минуты мои письма тем, до кого не дойдёт отзыв} many {Задерживать на # минут мои письма тем, до кого не дойдёт отзыв} other {Задерживать на # минуты мои письма тем, до кого не дойдёт отзыв}}',
  'held.optIn.failed': 'Outlook не сохранил эту настройку. Попробуйте ещё раз.',
  'demo.compose.title': 'Имитация Outlook: новое письмо',
  'demo.compose.cc': 'Копия',
  'demo.compose.send': 'Отправить',
  'demo.compose.checking': 'Проверяем получателей…',
  'demo.compose.sent': 'Отправлено. Письмо ушло из вашего ящика.',
  'demo.compose.held': 'Отправлено с задержкой: письмо ждёт на сервере до {time}. Смотрите панель.',
  'demo.compose.holdSet': 'Уведомление Outlook в письме:',
  'demo.compose.draft': 'Снова в черновиках: письмо не отправлено. Отредактируйте его или отправьте снова.',
  'demo.compose.editing': 'Вы снова редактируете письмо: ничего не отправлено.',
  'demo.alert.label': 'Предупреждение надстройки в Outlook',
  'demo.alert.sendAnyway': 'Всё равно отправить',
  'demo.alert.dontSend': 'Не отправлять',
  // --- end safety window ---
  // --- perf (#15): long lists, provisional verdict ---
  'list.scrollHint': 'Прокрутите, чтобы увидеть всех ({count}): список продолжается ниже. Клавиши со стрелками переводят от строки к строке.',
  'list.summary.title': '{count, plural, one {Всего # получатель} few {Всего # получателя} many {Всего # получателей} other {Всего # получателя}}',
  'list.byOrganisation': 'По организациям',
  'list.byReason': 'По причинам',
  'list.org.noDomain': 'Без корректного адреса',
  'list.count.recallable': 'можно отозвать: {count}',
  'list.count.uncertain': 'под вопросом: {count}',
  'list.count.not-recallable': 'нельзя отозвать: {count}',
  'list.moreOrganisations': '{count, plural, one {и ещё # организация} few {и ещё # организации} many {и ещё # организаций} other {и ещё # организации}}',
  'list.reasonLine': '{reason}: {count}',
  'list.showGroup':
    '{count, plural, one {Показать # получателя} few {Показать всех # получателей} many {Показать всех # получателей} other {Показать всех # получателя}}',
  'list.hideGroup': 'Скрыть',
  'provisional.heading': 'Проверяем…',
  'provisional.title': 'Предварительно: {title}',
  'provisional.body': 'Пока по тому, что показывает Outlook. Уточняем у Exchange, кто из получателей в вашей организации…',

  // ---- Issue #13: один план на всю работу (предложение, статус каждого, навигация, подробности для администратора) ----
  'nav.alternatives': 'Написать получателям',
  'nav.choose': 'Параметры отзыва',
  'admin.details': 'Подробности для администратора',
  'time.justNow': 'только что',
  'gap.graphAdmin': 'Microsoft Graph не использовался: {failure}.',
  'gap.policyProblems': 'Ошибки в config.json: {problems}',
  'overall.whoWhy': '{name} — {why}',
  'overall.andMore': '{more, plural, =0 {{list}} other {{list} и ещё #}}',
  'overall.missed': 'Отзыв не дойдёт: {list}.',
  'overall.unsure': 'Отзыв может не дойти: {list}.',
  'overall.read':
    'Уже прочитали: {names}. {allowed, select, true {Отзыв ещё может удалить письмо, но содержимое могли увидеть.} other {Ваша организация не отзывает прочитанные письма.}}',
  'overall.recallRequested.title': 'Отзыв этого письма уже запрошен',
  'overall.recallRequested.body': 'Отзывать повторно не нужно: посмотрите, до кого отзыв дошёл, и напишите тем, до кого нет.',
  'plan.propose':
    '{who, select, colleagues {{recall, plural, one {Отозвать у # коллеги} few {Отозвать у # коллег} many {Отозвать у # коллег} other {Отозвать у # коллеги}}} other {{recall, plural, one {Отозвать у # получателя} few {Отозвать у # получателей} many {Отозвать у # получателей} other {Отозвать у # получателя}}}}{ask, plural, =0 {} other { и попросить удалить: {names}}}',
  'plan.list': 'Все получатели письма',
  'plan.outcome.recalled': 'Отозвано',
  'plan.outcome.failed': 'Отозвать не удалось',
  'plan.outcome.pending': 'Выполняется',
  'plan.outcome.unknown': 'Результат неизвестен',
  'plan.outcome.not-targeted': 'Отзыв не дойдёт',
  'plan.followUp.none': 'Ничего делать не нужно',
  'plan.followUp.undecided': 'Посмотрите отчёт; если отзыв не удался — напишите',
  'plan.followUp.waiting': 'Ждём отчёт об отзыве',
  'plan.followUp.opened': 'Письмо открыто в Outlook',
  'plan.followUp.skipped': 'Без письма — вы так решили',
  'plan.skip': 'Писать не нужно',
  'plan.skipFor': 'Писать не нужно: {name}',
  'plan.undo': 'Отменить',
  'plan.undoFor': 'Отменить: {name}',
  'plan.done': 'Готово: все получатели учтены',
  'plan.doneDetail': 'Для каждого получателя письмо либо отозвано, либо вы решили, писать ли ему.',
  'plan.running': 'Отзыв выполняется: пока отозвано {recalled} из {targets}',
  'plan.untracked': 'Результат отзыва — в отчёте Outlook',
  'plan.summary': 'Отозвано {recalled} из {targets}',
  'plan.stillHave': '{more, plural, =0 {У кого письмо может остаться: {names}.} other {У кого письмо может остаться: {names} и ещё #.}}',
  'track.requestedInOutlook': 'Вы запросили отзыв в Outlook {age}.',
  'track.checkedDone': 'Отчёты проверены {age}: пришли все.',
  'track.checkedAgain': 'Отчёты проверены {age}; через несколько секунд проверим снова.',
  'track.noReports.cloud':
    'Outlook пришлёт вам одно письмо — отчёт об отзыве — со ссылкой на статус по каждому получателю. Откройте его и отметьте здесь, кому ещё нужно написать.',
  'track.noReports.classic':
    'Классический Outlook присылает отдельный отчёт об отзыве по каждому получателю. Прочитайте их и отметьте здесь, кому ещё нужно написать.',
  'act.after.cloud': 'Затем Outlook пришлёт один отчёт об отзыве со ссылкой на статус по каждому получателю.',
  'act.after.classic': 'Затем Outlook пришлёт отдельный отчёт об отзыве по каждому получателю.',
  'act.confirm.writeAfter': 'Им вы напишете сразу после отзыва — с экрана его статуса.',
  'alt.draft.allBcc':
    '{count, plural, one {В скрытой копии: ответ всем придёт только вам.} =2 {Оба получателя — в скрытой копии: они из разных организаций, поэтому ни один не увидит адрес другого, а ответ всем придёт только вам.} few {Все # — в скрытой копии: они из разных организаций, поэтому никто не увидит чужих адресов, а ответ всем придёт только вам.} many {Все # — в скрытой копии: они из разных организаций, поэтому никто не увидит чужих адресов, а ответ всем придёт только вам.} other {Все # — в скрытой копии: они из разных организаций, поэтому никто не увидит чужих адресов, а ответ всем придёт только вам.}}',
  'check.track': 'Посмотреть статус отзыва',
  'followUp.why.RECALL_NOT_TRACKED': 'отзыв отправлен; отметьте получателя, если по отчёту отзыв не удался',
  'incident.revoke.admin': 'Для администратора (Exchange Online PowerShell), с идентификатором письма (Internet Message ID):',
  // ---- конец блока issue #13 ----
  // ---- Issue #22, пункты 2 и 5: панель открыта снова после отзыва; отозвано, но уже прочитано ----
  'group.afterRecall.recallable':
    '{count, plural, one {Отзыв запрошен: # получатель} few {Отзыв запрошен: # получателя} many {Отзыв запрошен: # получателей} other {Отзыв запрошен: # получателя}}',
  'group.afterRecall.uncertain':
    '{count, plural, one {Отзыв может не дойти: # получатель} few {Отзыв может не дойти: # получателя} many {Отзыв может не дойти: # получателей} other {Отзыв может не дойти: # получателя}}',
  'group.afterRecall.not-recallable':
    '{count, plural, one {Отзыв не дойдёт: # получатель} few {Отзыв не дойдёт: # получателя} many {Отзыв не дойдёт: # получателей} other {Отзыв не дойдёт: # получателя}}',
  'plan.followUp.recalledButRead': 'Отозвано, но письмо уже прочитали: напишите получателю',
  'plan.recalledButRead': '{more, plural, =0 {Отозвано, но уже прочитали: {names}.} other {Отозвано, но уже прочитали: {names} и ещё #.}}',
  'followUp.why.RECALLED_BUT_READ': 'отозвано, но письмо уже прочитано',
  // ---- конец блока issue #22, пункты 2 и 5 ----
  // ---- Issue #14, пункт 3: «Скопировать сведения для поддержки» (идентификаторы, ничего личного) ----
  'diagnostics.copy': 'Скопировать сведения для поддержки',
  'diagnostics.hint': 'Для службы поддержки: версия надстройки, ваш Outlook и номера последних ошибок. Без адресов, имён и текста писем.',
  'diagnostics.copied': 'Сведения скопированы. Вставьте их в письмо в службу поддержки.',
  'diagnostics.textLabel': 'Сведения для службы поддержки',
  // ---- конец блока issue #14, пункт 3 ----
  // ---- Issue #22 (пункты 4, 6, 7, 8): сначала отзыв при инциденте, полученное письмо, следующий шаг в строке, оценка без Microsoft 365 ----
  'gap.why':
    '{kind, select, consent {Надстройке не разрешено читать ваш почтовый ящик, поэтому она видит только то, что показывает Outlook. Попросите ИТ-службу одобрить надстройку.} setup {Надстройка ещё не подключена к Microsoft 365 в вашей организации, поэтому видит только то, что показывает Outlook.} auth {Надстройка не может войти в Microsoft 365 в этом Outlook, поэтому видит только то, что показывает Outlook.} mailbox {Microsoft 365 не может обратиться к вашему ящику (возможно, он на собственном сервере Exchange вашей организации), поэтому надстройка видит только то, что показывает Outlook.} other {Microsoft 365 не ответил, поэтому надстройка видит только то, что показывает Outlook.}}',
  'check.why': '{uncertain, select, yes {Почему нет уверенности?} other {Подробности}}',
  'check.recallInOutlook': 'Отозвать в Outlook',
  'check.received':
    'Помощник отзыва работает с письмами, которые отправили вы. Чтобы отозвать письмо, откройте его в папке «Отправленные» и выберите там «Помощник отзыва».',
  'act.didRecallIncident': 'Отзыв запрошен в Outlook — вернуться к шагам при инциденте',
  'incident.recall.title': 'Отзовите письмо сейчас',
  'incident.recall.detail':
    '{who, select, colleagues {{count, plural, one {Если отзыв сработает, письмо исчезнет из ящика # коллеги.} few {Если отзыв сработает, письмо исчезнет из ящиков # коллег.} many {Если отзыв сработает, письмо исчезнет из ящиков # коллег.} other {Если отзыв сработает, письмо исчезнет из ящиков # коллеги.}}} other {{count, plural, one {Если отзыв сработает, письмо исчезнет из ящика # получателя.} few {Если отзыв сработает, письмо исчезнет из ящиков # получателей.} many {Если отзыв сработает, письмо исчезнет из ящиков # получателей.} other {Если отзыв сработает, письмо исчезнет из ящиков # получателя.}}}} Так оно не разойдётся дальше внутри организации.',
  'incident.recall.doneTitle': 'Отзыв запрошен',
  'plan.ask': 'Попросить удалить',
  'plan.askFor': 'Попросить удалить: {name}',
  'plan.tell': 'Написать',
  'plan.tellFor': 'Написать: {name}',
  'gap.consentAdmin':
    'У надстройки нет разрешения читать этот ящик через Microsoft Graph ({failure}). Администратор выдаёт его один раз для всех: в Microsoft Entra — регистрация приложения надстройки → «Разрешения API» → «Предоставить согласие администратора» (User.Read, Mail.Read, Mail.ReadWrite).',
  // ---- конец блока issue #22 ----
  // ---- Задача №22, п. 1: «Удалить и заменить» действительно заменяет ----
  'act.confirm.titleReplace': 'Отозвать письмо и заменить его?',
  'act.confirm.replaceNext':
    '{count, plural, one {Затем вы откроете замену: новое письмо # получателю, у которого отзываете исходное, в том же поле, что и раньше («Кому», «Копия» или «Скрытая копия»), с прежними темой и текстом и пометкой «{marker}». Вы исправите его и отправите.} few {Затем вы откроете замену: новое письмо # получателям, у которых отзываете исходное, — каждому в том же поле, что и раньше («Кому», «Копия» или «Скрытая копия»), с прежними темой и текстом и пометкой «{marker}». Вы исправите его и отправите.} many {Затем вы откроете замену: новое письмо # получателям, у которых отзываете исходное, — каждому в том же поле, что и раньше («Кому», «Копия» или «Скрытая копия»), с прежними темой и текстом и пометкой «{marker}». Вы исправите его и отправите.} other {Затем вы откроете замену: новое письмо # получателя, у которых отзываете исходное, — каждому в том же поле, что и раньше («Кому», «Копия» или «Скрытая копия»), с прежними темой и текстом и пометкой «{marker}». Вы исправите его и отправите.}}',
  'act.confirm.goReplace': 'Отозвать и заменить',
  'act.guide.outlookReplaces':
    'После «ОК» Outlook сам откроет замену — копию вашего письма, которую вы исправите и отправите. Вторую замену надстройка открывать не будет.',
  'act.guide.replaceAfter': 'Когда отзовёте письмо, вернитесь сюда: замена откроется из этой панели, уже заполненная по исходному письму.',
  'replace.marker': '[Исправлено]',
  'replace.cutNote': '[…остальной текст исходного письма не поместился…]',
  'replace.title.due': 'Дальше: отправьте замену',
  'replace.title.opened': 'Замена открыта в Outlook',
  'replace.title.skipped': 'Без замены — вы так решили',
  'replace.title.by-outlook': 'Замену открыл Outlook',
  'replace.intro':
    '{count, plural, one {Новое письмо # получателю, у которого вы отзываете исходное, в том же поле, что и раньше («Кому», «Копия» или «Скрытая копия»), с прежними темой и текстом и пометкой «{marker}». Исправьте его и отправьте.} few {Новое письмо # получателям, у которых вы отзываете исходное, — каждому в том же поле, что и раньше («Кому», «Копия» или «Скрытая копия»), с прежними темой и текстом и пометкой «{marker}». Исправьте его и отправьте.} many {Новое письмо # получателям, у которых вы отзываете исходное, — каждому в том же поле, что и раньше («Кому», «Копия» или «Скрытая копия»), с прежними темой и текстом и пометкой «{marker}». Исправьте его и отправьте.} other {Новое письмо # получателя, у которых вы отзываете исходное, — каждому в том же поле, что и раньше («Кому», «Копия» или «Скрытая копия»), с прежними темой и текстом и пометкой «{marker}». Исправьте его и отправьте.}}',
  'replace.notCopied': 'Вложения и картинки исходного письма не копируются — если они нужны, добавьте их заново.',
  'replace.unseen':
    'Получателей, которых надстройка здесь не видит (скрытая копия или сверх того, что показывает Outlook), в замене нет — добавьте их, если замена нужна и им.',
  'replace.byOutlook': 'Когда вы отзывали письмо, Outlook открыл его копию, чтобы вы исправили и отправили её. Отправьте её оттуда.',
  'replace.open': 'Открыть замену',
  'replace.openPart': 'Открыть замену, часть {part} из {parts}',
  'replace.copy': 'Скопировать замену',
  'replace.copyPart': 'Скопировать замену, часть {part} из {parts}',
  'replace.skip': 'Не отправлять замену',
  'replace.opened': 'Замена открыта в Outlook: исправьте её и отправьте.',
  'replace.openedPart': 'Часть {part} из {parts} открыта в Outlook. Отправьте её, затем откройте следующую.',
  'replace.body.as-text': 'Исходное письмо больше, чем принимает форма нового письма Outlook (32 КБ), поэтому текст скопирован без оформления.',
  'replace.body.cut': 'Исходное письмо больше, чем принимает форма нового письма Outlook (32 КБ): текст обрезан. Остальное скопируйте из исходного письма.',
  'replace.body.none': 'Текст исходного письма скопировать не удалось — вставьте его из исходного письма.',
  'plan.replacementNext': 'Отозвано {recalled} из {targets}. Дальше — замена',
  'copyDraft.cc': 'Копия: {addresses}',
  'demo.draft.cc': 'Копия',
  // ---- конец блока задачи №22, п. 1 ----
  // ---- Issue #21: противоречивые и неполные ответы (docs/fail-closed.md) ----
  'reason.RECIPIENTS_INCOMPLETE.title': 'Известны не все получатели',
  'reason.RECIPIENTS_INCOMPLETE.detail':
    'Microsoft 365 не передал полный список получателей письма (скрытые копии или тех, кого Outlook не показывает в длинном списке) либо его список расходится с тем, что показывает Outlook. Кто-то из недостающих может быть вне вашей организации, поэтому нельзя обещать, что отзыв дойдёт до всех.',
  'reason.SCOPE_CONFLICTING.title': 'Противоречивые ответы об этом ящике',
  'reason.SCOPE_CONFLICTING.detail':
    'Microsoft 365 ответил об этом адресе несколько раз, и ответы расходятся (например, «в вашей организации» и «вне её»). Отзыв может дойти, а может и нет.',
  'gap.recipientsDisagree':
    'Microsoft 365 перечисляет получателей этого письма не так, как Outlook. В списке все, кого показывает хотя бы один из них, но кого-то всё равно может не хватать.',
  // ---- конец блока issue #21 ----
};
