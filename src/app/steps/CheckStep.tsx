import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { ShieldError16Regular } from '@fluentui/react-icons';
import { audienceOf } from '../../domain/followUp';
import type { Dispatch } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Actions } from '../components/Actions';
import { CheckAgain } from '../components/CheckAgain';
import { graphGapText } from '../components/graphGapText';
import { MessageSummary } from '../components/MessageSummary';
import { ProvisionalBanner } from '../components/ProvisionalBanner';
import { RecipientList } from '../components/RecipientList';
import { StepHeading } from '../components/StepHeading';
import { VerdictBanner } from '../components/VerdictBanner';
import { useServices } from '../services';
import type { CheckOutcome } from '../checkMessage';
import { alreadyRecalled, canRecall, type WizardEvent, type WizardState } from '../wizard';

const useStyles = makeStyles({
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  incident: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalM}` },
  // A quiet text-like button: long (Russian) labels wrap from the start edge, not centred.
  incidentButton: { textAlign: 'start', justifyContent: 'flex-start', alignItems: 'flex-start', height: 'auto', minWidth: 0, paddingInlineStart: 0 },
});

export function CheckStep({ state, dispatch }: { state: Extract<WizardState, { step: 'check' }>; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const { policy } = useServices();
  const { outcome } = state;
  const styles = useStyles();
  if (state.provisional) return <ProvisionalCheck outcome={outcome} />;
  const recallPossible = canRecall(outcome);
  // The incident path is offered up front when someone outside may keep the message.
  const someoneOutsideMayKeepIt = outcome.assessment.recipients.some((r) => r.verdict !== 'recallable' && audienceOf(r) === 'external');
  return (
    <>
      <StepHeading>{i18n.t('step.check')}</StepHeading>
      <MessageSummary outcome={outcome} />
      <VerdictBanner assessment={outcome.assessment} policy={policy.policy} />
      <div className={styles.notes}>
        {outcome.gaps.map((gap) => (
          <MessageBar key={gap.kind} intent="info" layout="multiline">
            <MessageBarBody>{gap.kind === 'graph' ? graphGapText(gap.failure, i18n) : gap.kind === 'truncated' ? i18n.t('gap.truncated', { cap: gap.cap }) : i18n.t(`gap.${gap.kind}`)}</MessageBarBody>
          </MessageBar>
        ))}
        <CheckAgain outcome={outcome} dispatch={dispatch} />
        {policy.problems.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{i18n.t('gap.policyInvalid', { problems: policy.problems.join('; ') })}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
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
      {someoneOutsideMayKeepIt ? (
        <p className={styles.incident}>
          <Button className={styles.incidentButton} appearance="transparent" size="small" icon={<ShieldError16Regular />} onClick={() => dispatch({ type: 'show-incident' })}>
            {i18n.t('check.incident')}
          </Button>
        </p>
      ) : null}
      <RecipientList recipients={outcome.assessment.recipients} policy={policy.policy} blockedBy={outcome.assessment.messageReasons[0]} cappedBy={outcome.assessment.messageCautions[0]} />
    </>
  );
}

/** While Graph is asked: what Outlook shows, marked provisional, with nothing to act on yet. */
function ProvisionalCheck({ outcome }: { outcome: CheckOutcome }) {
  const i18n = useI18n();
  const { policy } = useServices();
  return (
    <>
      <StepHeading>{i18n.t('provisional.heading')}</StepHeading>
      <MessageSummary outcome={outcome} />
      <ProvisionalBanner assessment={outcome.assessment} />
      <RecipientList recipients={outcome.assessment.recipients} policy={policy.policy} blockedBy={outcome.assessment.messageReasons[0]} contract={false} />
    </>
  );
}
