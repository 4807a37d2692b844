import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { ShieldError16Regular } from '@fluentui/react-icons';
import { useMemo, type Dispatch, type ReactNode } from 'react';
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
import { graphGapBrief, graphGapText } from '../components/graphGapText';
import { Disclosure } from '../components/Disclosure';
import { MessageSummary } from '../components/MessageSummary';
import { PlanSummary } from '../components/PlanSummary';
import { ReplacementCard } from '../components/Replacement';
import { ContractGateProvider, usePaintedOnce } from '../components/contractGate';
import { ProvisionalBanner } from '../components/ProvisionalBanner';
import { RecipientList, SUMMARY_FROM } from '../components/RecipientList';
import { StepHeading } from '../components/StepHeading';
import { VerdictBanner, VerdictReasons } from '../components/VerdictBanner';
import { usePlan } from '../RecallPlanProvider';
import { useServices } from '../services';
import type { CheckOutcome } from '../../usecases/check/checkMessage';
import { canRecall, canRecallThroughGraph, type WizardEvent, type WizardState } from '../wizard';

const useStyles = makeStyles({
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  why: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalM}` },
  // The folded details hang off their button.
  details: {
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
    paddingInlineStart: tokens.spacingHorizontalM,
  },
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
  // Without Microsoft 365's evidence: one line of why under the verdict, the action next, and
  // everything else (who and why, what is missing, the admin's words) folded after it.
  const graphGap = outcome.gaps.find((g) => g.kind === 'graph');
  const brief =
    recall !== null || graphGap === undefined
      ? undefined
      : outcome.gaps.some((g) => g.kind === 'stillWaiting')
        ? i18n.t('gap.stillWaiting')
        : graphGapBrief(graphGap.failure, i18n);
  const folded = brief !== undefined;
  const notes = (
    <>
      {outcome.gaps.map((gap) =>
        folded && gap.kind === 'stillWaiting' ? null : (
          <GapNote key={gap.kind} folded={folded}>
            {/* Folded, the brief line under the verdict has said what the graph gap means. */}
            {folded && gap.kind === 'graph' ? null : gap.kind === 'truncated' ? i18n.t('gap.truncated', { cap: gap.cap }) : i18n.t(`gap.${gap.kind}`)}
            {gap.kind === 'graph' ? (
              <AdminDetails>
                {graphGapText(gap.failure, i18n)}
                <CopyDiagnostics />
              </AdminDetails>
            ) : null}
          </GapNote>
        ),
      )}
      {policy.problems.length > 0 ? (
        <GapNote folded={folded} intent="warning">
          {i18n.t('gap.policyInvalid')}
          <AdminDetails>
            {i18n.t('gap.policyProblems', { problems: policy.problems.map((problem) => configProblemText(problem, i18n)).join(' ') })}
          </AdminDetails>
        </GapNote>
      ) : null}
    </>
  );
  return (
    <ContractGateProvider value={contractComplete}>
      <StepHeading>{i18n.t('step.check')}</StepHeading>
      <MessageSummary outcome={outcome} />
      <VerdictBanner assessment={outcome.assessment} policy={policy.policy} recall={recall} {...(folded ? { brief } : {})} />
      {/* Reopened after a recall: the plan read back from the mailbox, before anything else. */}
      {recall !== null ? (
        <div className={styles.plan} role="status" aria-live="polite">
          <PlanSummary />
        </div>
      ) : null}
      {/* A replacement chosen with that recall and not yet opened is still the next step. */}
      {recall !== null ? <ReplacementCard outcome={outcome} /> : null}
      {folded ? null : <div className={styles.notes}>{notes}</div>}
      {plan.received ? (
        // Someone else's message: nothing here is the user's to recall or to write about.
        <p data-received="">{i18n.t('check.received')}</p>
      ) : (
        <Actions>
          {recall !== null ? (
            <Button appearance={plan.replacement === 'due' ? 'secondary' : 'primary'} onClick={() => dispatch({ type: 'show-tracking' })}>
              {i18n.t('check.track')}
            </Button>
          ) : recallPossible ? (
            <>
              <Button className={styles.proposal} appearance="primary" onClick={() => dispatch({ type: 'accept-plan' })} data-plan-proposal="">
                {/* Where the add-in can't recall itself, the button says it leads to Outlook's own command. */}
                {canRecallThroughGraph(outcome) ? proposalText(plan, i18n) : i18n.t('check.recallInOutlook')}
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
      )}
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
      {/* A re-check is for deciding whether to recall; once a recall is in the plan it would only drop what this pane knows of it. */}
      {recall === null ? <CheckAgain outcome={outcome} dispatch={dispatch} /> : null}
      {folded ? (
        <div className={styles.why}>
          <Disclosure
            label={i18n.t('check.why', { uncertain: outcome.assessment.overall === 'not-recallable' ? 'no' : 'yes' })}
            contentClassName={styles.details}
            contentMarker="data-verdict-details"
          >
            <div className={styles.notes}>
              <div>
                <VerdictReasons assessment={outcome.assessment} policy={policy.policy} />
              </div>
              {notes}
            </div>
          </Disclosure>
        </div>
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

/** A note about missing evidence: a bar among the notes, or a plain paragraph once folded away. */
function GapNote({ folded, intent = 'info', children }: { folded: boolean; intent?: 'info' | 'warning'; children: ReactNode }) {
  if (folded) return <div>{children}</div>;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
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
