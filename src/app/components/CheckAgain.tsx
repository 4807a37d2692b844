import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import { useId, type Dispatch } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translator } from '../../i18n/translator';
import { checkAgainNotBefore, worthCheckingAgain, type CheckOutcome } from '../../usecases/check/checkMessage';
import { useTimeLeft } from '../useTimeLeft';
import type { WizardEvent } from '../wizard';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** Up to two minutes in seconds, then in minutes, rounded up: never sooner than Graph asked. */
function waitText(ms: number, i18n: Translator): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds <= 120 ? i18n.t('check.again.wait', { seconds }) : i18n.t('check.again.waitMinutes', { minutes: Math.ceil(seconds / 60) });
}

/**
 * After a one-off failure (time-out, 5xx, throttled, offline) the verdict is degraded: offer a
 * second try. When Graph asked to wait (throttled beyond the check's budget), the button stays
 * disabled but focusable until the wait is over, described by the time left; a polite status then
 * says it can be used, so nobody has to watch the countdown.
 */
export function CheckAgain({ outcome, dispatch }: { outcome: CheckOutcome; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const styles = useStyles();
  const hintId = useId();
  const notBefore = checkAgainNotBefore(outcome);
  const waitLeft = useTimeLeft(notBefore);
  if (!worthCheckingAgain(outcome)) return null;
  const waiting = waitLeft > 0;
  return (
    <div className={styles.row}>
      <Button
        size="small"
        icon={<ArrowClockwise16Regular />}
        disabledFocusable={waiting}
        aria-describedby={hintId}
        onClick={() => dispatch({ type: 'check-again' })}
      >
        {i18n.t('check.again')}
      </Button>
      {notBefore === null ? (
        <span id={hintId} className={styles.hint}>
          {i18n.t('check.again.hint')}
        </span>
      ) : (
        <>
          {/* The countdown is read with the button, not announced every second; the status says once when it is over. */}
          {waiting ? (
            <span id={hintId} className={styles.hint}>
              {waitText(waitLeft, i18n)}
            </span>
          ) : null}
          <span id={waiting ? undefined : hintId} className={styles.hint} role="status">
            {waiting ? '' : i18n.t('check.again.ready')}
          </span>
        </>
      )}
    </div>
  );
}
