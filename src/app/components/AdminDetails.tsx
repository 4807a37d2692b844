import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

const useStyles = makeStyles({
  toggle: { minWidth: 0, paddingInlineStart: 0, height: 'auto', textAlign: 'start' },
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

/**
 * Technical words (service names, settings, file names) are for the admin: folded away behind
 * "Details for your admin" so the sender reads only what it means for them.
 */
export function AdminDetails({ children }: { children: ReactNode }) {
  const i18n = useI18n();
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div>
      <Button className={styles.toggle} appearance="transparent" size="small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {i18n.t('admin.details')}
      </Button>
      {open ? (
        <div id={id} className={styles.details} data-admin-details="">
          {children}
        </div>
      ) : null}
    </div>
  );
}
