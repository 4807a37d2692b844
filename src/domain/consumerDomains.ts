import { isSameOrSubdomain } from './address';

/**
 * Free mail providers: never Exchange Online work mailboxes in the sender's or a partner's tenant,
 * so a recall cannot reach them. (outlook.com and hotmail.com run on Microsoft's consumer
 * service, which is not reachable by an organisation's recall either.)
 */
export const CONSUMER_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'ymail.com', 'rocketmail.com',
  'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com', 'msn.com', 'passport.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de',
  'proton.me', 'protonmail.com', 'zoho.com', 'yandex.ru', 'yandex.com', 'ya.ru', 'mail.ru',
  'inbox.ru', 'list.ru', 'bk.ru', 'rambler.ru', 'qq.com', '163.com', 'fastmail.com', 'tutanota.com',
];

export function isConsumerDomain(domain: string): boolean {
  return CONSUMER_DOMAINS.some((consumer) => isSameOrSubdomain(domain, consumer));
}
