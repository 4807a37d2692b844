import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { Assessment } from '../../domain/assessment';
import type { RecallPolicy } from '../../domain/policy';
import type { OverallVerdict } from '../../domain/verdict';
import { useI18n } from '../../i18n/I18nProvider';
import { ReasonText } from './ReasonText';

const INTENT: Record<OverallVerdict, 'success' | 'warning' | 'error' | 'info'> = {
  recallable: 'success',
  partial: 'warning',
  uncertain: 'info',
  'not-recallable': 'error',
};

const useStyles = makeStyles({
  bar: { marginBottom: tokens.spacingVerticalM, alignItems: 'flex-start' },
  reasons: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export function verdictTitle(assessment: Assessment, t: ReturnType<typeof useI18n>['t']): string {
  const { overall, counts, recipients } = assessment;
  return t(`overall.${overall}.title`, { reachable: counts.recallable + counts.uncertain, total: recipients.length, certain: counts.uncertain === 0 ? 'yes' : 'no' });
}

/** The overall verdict, with message-level reasons spelled out; announced to screen readers. */
export function VerdictBanner({ assessment, policy }: { assessment: Assessment; policy: RecallPolicy }) {
  const i18n = useI18n();
  const styles = useStyles();
  const title = verdictTitle(assessment, i18n.t);
  return (
    <div data-overall-verdict={assessment.overall} data-message-reasons={assessment.messageReasons.join(' ')} data-message-cautions={assessment.messageCautions.join(' ')}>
      <div role="status" aria-live="polite" className={styles.srOnly}>
        {i18n.t('overall.announce', { title })}
      </div>
      <MessageBar intent={INTENT[assessment.overall]} layout="multiline" className={styles.bar}>
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {assessment.messageReasons.length > 0 ? (
            <ul className={styles.reasons}>
              {assessment.messageReasons.map((code) => (
                <li key={code}>
                  <ReasonText code={code} policy={policy} />
                </li>
              ))}
            </ul>
          ) : (
            <div>{i18n.t(`overall.${assessment.overall}.body`)}</div>
          )}
          {/* Missing evidence that keeps everyone at most uncertain: each says what is missing. */}
          {assessment.messageReasons.length === 0 && assessment.messageCautions.length > 0 ? (
            <ul className={styles.reasons}>
              {assessment.messageCautions.map((code) => (
                <li key={code}>
                  <ReasonText code={code} policy={policy} />
                </li>
              ))}
            </ul>
          ) : null}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
