import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Actions } from '../components/Actions';
import { BackButton } from '../components/BackButton';
import { StepHeading } from '../components/StepHeading';
import type { RecallChoice, WizardEvent, WizardState } from '../wizard';

const useStyles = makeStyles({
  detail: { display: 'block', color: tokens.colorNeutralForeground2, marginInlineStart: '32px', marginBottom: tokens.spacingVerticalS },
});

/** The two options of Outlook's Recall dialog, explained before the user meets them there. */
export function ChooseStep({ state, dispatch }: { state: Extract<WizardState, { step: 'choose' }>; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const styles = useStyles();
  const options: readonly RecallChoice[] = ['delete', 'replace'];
  return (
    <>
      <StepHeading>{i18n.t('choose.title')}</StepHeading>
      <RadioGroup
        value={state.choice}
        aria-label={i18n.t('choose.title')}
        onChange={(_, data) => dispatch({ type: 'select-choice', choice: data.value === 'replace' ? 'replace' : 'delete' })}
      >
        {options.map((option) => (
          <div key={option}>
            <Radio value={option} label={i18n.t(`choose.${option}.label`)} aria-describedby={`choice-${option}-detail`} />
            <span id={`choice-${option}-detail`} className={styles.detail}>
              {i18n.t(`choose.${option}.detail`)}
            </span>
          </div>
        ))}
      </RadioGroup>
      {state.choice === 'replace' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{i18n.t('choose.replace.warning')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Actions>
        <Button appearance="primary" onClick={() => dispatch({ type: 'confirm-choice' })}>
          {i18n.t('choose.continue')}
        </Button>
        <BackButton onBack={() => dispatch({ type: 'back' })} />
      </Actions>
    </>
  );
}
