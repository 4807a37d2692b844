import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Actions } from '../components/Actions';
import { MessageSummary } from '../components/MessageSummary';
import { RecipientList } from '../components/RecipientList';
import { StepHeading } from '../components/StepHeading';
import { VerdictBanner } from '../components/VerdictBanner';
import { useServices } from '../services';
import { alreadyRecalled, canRecall, type WizardEvent, type WizardState } from '../wizard';

export function CheckStep({ state, dispatch }: { state: Extract<WizardState, { step: 'check' }>; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const { policy } = useServices();
  const { outcome } = state;
  const recallPossible = canRecall(outcome);
  return (
    <>
      <StepHeading>{i18n.t('step.check')}</StepHeading>
      <MessageSummary outcome={outcome} />
      <VerdictBanner assessment={outcome.assessment} policy={policy.policy} />
      {outcome.gaps.map((gap) => (
        <MessageBar key={gap.kind} intent="info" layout="multiline">
          <MessageBarBody>{gap.kind === 'graph' ? i18n.t('gap.graph', { failure: i18n.failure(gap.failure) }) : i18n.t(`gap.${gap.kind}`)}</MessageBarBody>
        </MessageBar>
      ))}
      {policy.problems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{i18n.t('gap.policyInvalid', { problems: policy.problems.join('; ') })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Actions>
        {alreadyRecalled(outcome) ? (
          <>
            <Button appearance="primary" onClick={() => dispatch({ type: 'show-tracking' })}>
              {i18n.t('check.track')}
            </Button>
            <Button onClick={() => dispatch({ type: 'show-alternatives' })}>{i18n.t('check.alternatives')}</Button>
          </>
        ) : recallPossible ? (
          <>
            <Button appearance="primary" onClick={() => dispatch({ type: 'start-recall' })}>
              {i18n.t('check.recall')}
            </Button>
            <Button onClick={() => dispatch({ type: 'show-alternatives' })}>{i18n.t('check.alternatives')}</Button>
          </>
        ) : (
          <Button appearance="primary" onClick={() => dispatch({ type: 'show-alternatives' })}>
            {i18n.t('check.alternativesPrimary')}
          </Button>
        )}
      </Actions>
      <RecipientList recipients={outcome.assessment.recipients} policy={policy.policy} />
    </>
  );
}
