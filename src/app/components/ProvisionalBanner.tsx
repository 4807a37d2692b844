import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import type { Assessment } from '../../domain/assessment';
import { useI18n } from '../../i18n/I18nProvider';
import { verdictTitle } from './VerdictBanner';

const useStyles = makeStyles({ bar: { marginBottom: tokens.spacingVerticalM, alignItems: 'flex-start' } });

/**
 * The verdict from what Outlook shows, clearly marked as not yet final. It carries
 * `data-provisional-verdict`, never the contract's `data-overall-verdict`: harnesses that wait for
 * the verdict get the final one.
 */
export function ProvisionalBanner({ assessment }: { assessment: Assessment }) {
  const i18n = useI18n();
  const styles = useStyles();
  return (
    <div data-provisional-verdict={assessment.overall}>
      <MessageBar intent="info" layout="multiline" className={styles.bar} icon={<Spinner size="tiny" />}>
        <MessageBarBody>
          <MessageBarTitle>{i18n.t('provisional.title', { title: verdictTitle(assessment, i18n.t) })}</MessageBarTitle>
          <div>{i18n.t('provisional.body')}</div>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
