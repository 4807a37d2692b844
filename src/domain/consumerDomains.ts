import { remembered } from './remembered';

/**
 * Free mail providers: never Exchange Online work mailboxes in the sender's or a partner's tenant,
 * so a recall cannot reach them. (outlook.com and hotmail.com run on Microsoft's consumer
 * service, which is not reachable by an organisation's recall either.)
 */
export const CONSUMER_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'ymail.com',
  'rocketmail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'msn.com',
  'passport.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'proton.me',
  'protonmail.com',
  'zoho.com',
  'yandex.ru',
  'yandex.com',
  'ya.ru',
  'mail.ru',
  'inbox.ru',
  'list.ru',
  'bk.ru',
  'rambler.ru',
  'qq.com',
  '163.com',
  'fastmail.com',
  'tutanota.com',
];

const CONSUMER_SET: ReadonlySet<string> = new Set(CONSUMER_DOMAINS);

/** The domain or one of its parents is a consumer domain (a lookup per label, not per list entry: lists run to thousands). */
export function isConsumerDomain(domain: string): boolean {
  return consumerDomainRemembered(domain);
}

const consumerDomainRemembered = remembered(1000, (domain) => {
  for (let at = 0; at !== -1; at = domain.indexOf('.', at + 1)) {
    const suffix = at === 0 ? domain : domain.slice(at + 1);
    if (CONSUMER_SET.has(suffix)) return true;
  }
  return false;
});
