import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { ShieldError16Regular } from '@fluentui/react-icons';
import { useMemo, type Dispatch } from 'react';
import type { MailboxKey } from '../../domain/address';
import { recipientBlocker } from '../../domain/assessment';
import { someNames, type PlanOutcome, type RecallPlan } from '../../domain/recallPlan';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translator } from '../../i18n/translator';
import { Actions } from '../components/Actions';
import { AdminDetails } from '../components/AdminDetails';
import { CheckAgain } from '../components/CheckAgain';
import { configProblemText } from '../components/configProblemText';
import { CopyDiagnostics } from '../components/CopyDiagnostics';
import { graphGapText } from '../components/graphGapText';
import { MessageSummary } from '../components/MessageSummary';
import { PlanSummary } from '../components/PlanSummary';
import { ReplacementCard } from '../components/Replacement';
import { ContractGateProvider, usePaintedOnce } from '../components/contractGate';
import { ProvisionalBanner } from '../components/ProvisionalBanner';
import { RecipientList, SUMMARY_FROM } from '../components/RecipientList';
import { StepHeading } from '../components/StepHeading';
import { VerdictBanner } from '../components/VerdictBanner';
import { usePlan } from '../RecallPlanProvider';
import { useServices } from '../services';
import type { CheckOutcome } from '../../usecases/check/checkMessage';
import { canRecall, type WizardEvent, type WizardState } from '../wizard';

const useStyles = makeStyles({
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  plan: { marginBottom: tokens.spacingVerticalM },
  incident: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalM}` },
  // A quiet text-like button: long (Russian) labels wrap from the start edge, not centred.
  incidentButton: { textAlign: 'start', justifyContent: 'flex-start', alignItems: 'flex-start', height: 'auto', minWidth: 0, paddingInlineStart: 0 },
  // The proposal can be long ("Recall 2 colleagues and ask … to delete it"): it wraps.
  proposal: { height: 'auto', textAlign: 'start', maxWidth: '100%' },
});

/** The check step's proposal as one sentence: whom the recall removes it from, whom to ask after. */
function proposalText(plan: RecallPlan, i18n: Translator): string {
  const colleagues = plan.toRecall.every((e) => e.audience === 'internal');
  const ask = plan.toWrite;
  const { names, more } = someNames(ask);
  return i18n.t('plan.propose', {
    recall: plan.toRecall.length,
    who: colleagues ? 'colleagues' : 'recipients',
    ask: ask.length,
    names: i18n.t('overall.andMore', { list: names.join(', '), more }),
  });
}

export function CheckStep({ state, dispatch }: { state: Extract<WizardState, { step: 'check' }>; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const { policy } = useServices();
  const { plan } = usePlan();
  const { outcome, recall } = state;
  const styles = useStyles();
  // A long list paints its verdict and rows in view first; the hidden attribute rows and the
  // contract's marker follow in the next commit (contractGate.tsx).
  const contractComplete = usePaintedOnce(!state.provisional && outcome.assessment.recipients.length > SUMMARY_FROM);
  // After a recall each row says what it did for them (the same outcomes as the track step).
  const recallOutcomes = useMemo(
    () => (recall === null ? undefined : new Map(plan.entries.flatMap((e): [MailboxKey, PlanOutcome][] => (e.outcome === null ? [] : [[e.key, e.outcome]])))),
    [recall, plan.entries],
  );
  if (state.provisional) return <ProvisionalCheck outcome={outcome} />;
  const recallPossible = recall === null && canRecall(outcome);
  // The incident path is offered up front when someone outside may keep the message.
  const someoneOutsideMayKeepIt = plan.entries.some((e) => e.open && !e.targeted && e.audience === 'external');
  return (
    <ContractGateProvider value={contractComplete}>
      <StepHeading>{i18n.t('step.check')}</StepHeading>
      <MessageSummary outcome={outcome} />
      <VerdictBanner assessment={outcome.assessment} policy={policy.policy} recall={recall} />
      {/* Reopened after a recall: the plan read back from the mailbox, before anything else. */}
      {recall !== null ? (
        <div className={styles.plan} role="status" aria-live="polite">
          <PlanSummary />
        </div>
      ) : null}
      {/* A replacement chosen with that recall and not yet opened is still the next step. */}
      {recall !== null ? <ReplacementCard outcome={outcome} /> : null}
      <div className={styles.notes}>
        {outcome.gaps.map((gap) => (
          <MessageBar key={gap.kind} intent="info" layout="multiline">
            <MessageBarBody>
              {gap.kind === 'truncated' ? i18n.t('gap.truncated', { cap: gap.cap }) : i18n.t(`gap.${gap.kind}`)}
              {gap.kind === 'graph' ? (
                <AdminDetails>
                  {graphGapText(gap.failure, i18n)}
                  <CopyDiagnostics />
                </AdminDetails>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ))}
        {/* A re-check is for deciding whether to recall; once a recall is in the plan it would only drop what this pane knows of it. */}
        {recall === null ? <CheckAgain outcome={outcome} dispatch={dispatch} /> : null}
        {policy.problems.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {i18n.t('gap.policyInvalid')}
              <AdminDetails>
                {i18n.t('gap.policyProblems', { problems: policy.problems.map((problem) => configProblemText(problem, i18n)).join(' ') })}
              </AdminDetails>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <Actions>
        {recall !== null ? (
          <Button appearance={plan.replacement === 'due' ? 'secondary' : 'primary'} onClick={() => dispatch({ type: 'show-tracking' })}>
            {i18n.t('check.track')}
          </Button>
        ) : recallPossible ? (
          <>
            <Button className={styles.proposal} appearance="primary" onClick={() => dispatch({ type: 'accept-plan' })} data-plan-proposal="">
              {proposalText(plan, i18n)}
            </Button>
            <Button onClick={() => dispatch({ type: 'start-recall' })}>{i18n.t('nav.choose')}</Button>
            {/* Writing instead is offered only when somebody needs a note whatever the recall does. */}
            {plan.toWrite.length > 0 ? <Button onClick={() => dispatch({ type: 'show-follow-up' })}>{i18n.t('nav.alternatives')}</Button> : null}
          </>
        ) : (
          <Button appearance="primary" onClick={() => dispatch({ type: 'show-follow-up' })}>
            {i18n.t('nav.alternatives')}
          </Button>
        )}
      </Actions>
      {someoneOutsideMayKeepIt ? (
        <p className={styles.incident}>
          <Button
            className={styles.incidentButton}
            appearance="transparent"
            size="small"
            icon={<ShieldError16Regular />}
            onClick={() => dispatch({ type: 'show-incident' })}
          >
            {i18n.t('check.incident')}
          </Button>
        </p>
      ) : null}
      <RecipientList
        recipients={outcome.assessment.recipients}
        policy={policy.policy}
        blockedBy={recipientBlocker(outcome.assessment)}
        cappedBy={outcome.assessment.messageCautions[0]}
        recall={recallOutcomes}
      />
    </ContractGateProvider>
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
      <RecipientList recipients={outcome.assessment.recipients} policy={policy.policy} blockedBy={recipientBlocker(outcome.assessment)} contract={false} />
    </>
  );
}
