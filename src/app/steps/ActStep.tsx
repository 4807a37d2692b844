import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type Dispatch } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { followUpBatches } from '../../domain/followUp';
import { useI18n } from '../../i18n/I18nProvider';
import { Actions } from '../components/Actions';
import { StepHeading } from '../components/StepHeading';
import { NATIVE_GUIDE_STEPS } from '../nativeGuide';
import { useServices } from '../services';
import type { WizardEvent, WizardState } from '../wizard';

const useStyles = makeStyles({
  steps: { paddingInlineStart: tokens.spacingHorizontalXL, '& li': { marginBottom: tokens.spacingVerticalS } },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Step-by-step guidance for the native Recall command of the Outlook in use. */
export function ActStep({ state, dispatch }: { state: Extract<WizardState, { step: 'act' }>; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const styles = useStyles();
  const { host, policy } = useServices();
  const option = i18n.t(`choose.${state.choice}.label`);
  const [replacement, setReplacement] = useState<'idle' | 'opened' | 'failed'>('idle');
  // The replacement goes to everyone whose copy is being recalled, Bcc kept hidden; like
  // Outlook's own replace option it starts from the original subject, ready to correct.
  const openReplacement = async () => {
    const recallable = state.outcome.assessment.recipients.filter((r) => r.verdict !== 'not-recallable' && r.parsed.valid);
    const [batch] = followUpBatches(recallable);
    try {
      await host.openNewMessage({ to: batch?.to ?? [], bcc: batch?.bcc ?? [], subject: state.outcome.subject, htmlBody: '' });
      setReplacement('opened');
    } catch {
      setReplacement('failed');
    }
  };
  return (
    <>
      <StepHeading>{i18n.t('act.title')}</StepHeading>
      <p>{i18n.t('act.intro', { client: i18n.t(`client.${host.info.client}`) })}</p>
      <ol className={styles.steps}>
        {NATIVE_GUIDE_STEPS[host.info.client].map((key) => (
          <li key={key}>{i18n.t(key, { option })}</li>
        ))}
      </ol>
      <p className={styles.note}>{i18n.t('act.readPolicy', { allowed: String(policy.policy.recallReadMessages) })}</p>
      <p className={styles.note}>{i18n.t('act.after')}</p>
      {replacement !== 'idle' ? (
        <MessageBar intent={replacement === 'opened' ? 'success' : 'error'}>
          <MessageBarBody>{replacement === 'opened' ? i18n.t('alt.opened') : i18n.t('alt.openFailed', { failure: i18n.t('failure.unsupported') })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Actions>
        {state.choice === 'replace' ? (
          <Button appearance="primary" onClick={() => void openReplacement()}>
            {i18n.t('act.openReplacement')}
          </Button>
        ) : null}
        <Button appearance={state.choice === 'replace' ? 'secondary' : 'primary'} onClick={() => dispatch({ type: 'show-alternatives' })}>
          {i18n.t('act.toAlternatives')}
        </Button>
        <Button onClick={() => dispatch({ type: 'back' })}>{i18n.t('app.back')}</Button>
      </Actions>
    </>
  );
}
