import { Link } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The outside-Outlook page's way to the demo. Only the demo build has one: index.tsx makes it when
 * DEMO_URL is set, so the production bundle, where DEMO_URL is null, leaves this and Fluent's Link out.
 */
export function DemoLink({ href }: { href: string }) {
  return <Link href={href}>{useI18n().t('outside.demo')}</Link>;
}
