import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import type { Dispatch } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { worthCheckingAgain, type CheckOutcome } from '../../usecases/check/checkMessage';
import type { WizardEvent } from '../wizard';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** After a one-off failure (time-out, 5xx, throttled, offline) the verdict is degraded: offer a second try. */
export function CheckAgain({ outcome, dispatch }: { outcome: CheckOutcome; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const styles = useStyles();
  if (!worthCheckingAgain(outcome)) return null;
  return (
    <div className={styles.row}>
      <Button size="small" icon={<ArrowClockwise16Regular />} onClick={() => dispatch({ type: 'check-again' })}>
        {i18n.t('check.again')}
      </Button>
      <span className={styles.hint}>{i18n.t('check.again.hint')}</span>
    </div>
  );
}
