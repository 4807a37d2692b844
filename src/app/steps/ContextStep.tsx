import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nProvider';
import { CopyDiagnostics } from '../components/CopyDiagnostics';
import { StepHeading } from '../components/StepHeading';
import type { WizardState } from '../wizard';

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground2 },
});

/** Before a verdict: loading, nothing selected, or a failure with a way to try again. */
export function ContextStep({ state, onRetry }: { state: Extract<WizardState, { step: 'context' }>; onRetry: () => void }) {
  const i18n = useI18n();
  const styles = useStyles();
  switch (state.status) {
    case 'loading':
      return <Spinner label={i18n.t('app.loading')} labelPosition="below" />;
    case 'no-item':
      return (
        <>
          <StepHeading>{i18n.t('app.noItem.title')}</StepHeading>
          <p>{i18n.t('app.noItem.body')}</p>
          <p className={styles.hint}>{i18n.t('app.noItem.hint')}</p>
        </>
      );
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{i18n.t('app.error.title')}</MessageBarTitle>
            {i18n.failure(state.failure)}
          </MessageBarBody>
          <Button onClick={onRetry}>{i18n.t('app.error.retry')}</Button>
          <CopyDiagnostics />
        </MessageBar>
      );
  }
}
