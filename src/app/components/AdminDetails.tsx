import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Disclosure } from './Disclosure';

const useStyles = makeStyles({
  details: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * Technical words (service names, settings, file names) are for the admin: folded away behind
 * "Details for your admin" so the sender reads only what it means for them.
 */
export function AdminDetails({ children }: { children: ReactNode }) {
  const i18n = useI18n();
  return (
    <Disclosure label={i18n.t('admin.details')} contentClassName={useStyles().details} contentMarker="data-admin-details">
      {children}
    </Disclosure>
  );
}
