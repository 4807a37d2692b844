import { Button, Link, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { PlanEntry } from '../../domain/recallPlan';
import { useI18n } from '../../i18n/I18nProvider';
import { includedByRule } from '../../domain/followUp';
import { useFollowUpSession } from '../followUp/FollowUpSession';
import { useFollowUpPlan } from '../followUp/useFollowUpPlan';
import { Actions } from '../components/Actions';
import { AttributeRows } from '../components/AttributeRows';
import { BackButton } from '../components/BackButton';
import { PlanSummary } from '../components/PlanSummary';
import { PreventionTips } from '../components/PreventionTips';
import { verdictAttributes } from '../components/RecipientList';
import { ReplacementCard } from '../components/Replacement';
import { StepHeading } from '../components/StepHeading';
import { overallAttributes } from '../components/VerdictBanner';
import { VirtualList, type RowAttributes } from '../components/VirtualList';
import { usePlan } from '../RecallPlanProvider';
import { useServices } from '../services';
import { useNow } from '../useNow';
import type { WizardEvent, WizardState } from '../wizard';

/** A row's height before it is measured: the name and outcome line, and the next step's line. */
const ROW_HEIGHT = 56;

const keyOf = (entry: PlanEntry) => entry.key;
/** The track step's DOM contract (docs/scenarios.md): on the row, or on its hidden attribute row. */
const trackAttributes = (entry: PlanEntry): RowAttributes => ({
  'data-track-recipient': entry.address,
  'data-outcome': entry.outcome ?? 'not-targeted',
  ...(entry.nextStep ? { 'data-next-step': entry.nextStep } : {}),
});
/**
 * The check step's contract too (docs/scenarios.md), on hidden attribute rows: reopened after a
 * recall the pane lands here, and a harness waiting for the check's attributes still finds them.
 */
const checkAttributes = (entry: PlanEntry): RowAttributes => verdictAttributes(entry.recipient, entry.outcome);

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalM} 0 0` },
  row: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  line: { display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  who: { overflowWrap: 'anywhere', minWidth: 0 },
  next: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  checked: { color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalM} 0` },
  recalled: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  'not-targeted': { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  pending: { color: tokens.colorNeutralForeground2 },
  unknown: { color: tokens.colorNeutralForeground2 },
});

/**
 * The plan after the recall: everyone on the message, what the recall did for them, and for anyone
 * it did not remove the message from, the next step — a note, or the user's word that none is needed.
 */
export function TrackStep({ state, dispatch }: { state: Extract<WizardState, { step: 'track' }>; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const styles = useStyles();
  const { host } = useServices();
  const now = useNow();
  const { plan, tracking, tracked, trackedRecall } = usePlan();
  const { update } = useFollowUpSession();
  const { recall } = state;
  const pending = plan.counts.pending;
  const toWrite = plan.toWrite;
  const write = () => dispatch({ type: 'show-follow-up' });
  const decide = (entry: PlanEntry, decision: 'skipped' | null) => update({ type: 'decide', keys: [entry.key], decision });
  const followUp = useFollowUpPlan(state.outcome, trackedRecall);
  // A row's next step: the please-delete note, with them ticked (someone the rule left out, e.g. no
  // report could be read, is added), their audience's draft first in the writer.
  // A recalled reader's copy is gone, what it said is not: an apology that explains, not "please delete".
  const writeTo = (entry: PlanEntry) => {
    const planned = followUp.all.find((p) => p.recipient.parsed.key === entry.key);
    if (planned !== undefined && !planned.included) update({ type: 'set-included', key: entry.key, included: true, ruleIncluded: includedByRule(planned) });
    update({ type: 'select-template', template: entry.recalledButRead ? 'apology' : 'pleaseDelete' });
    dispatch({ type: 'show-follow-up', audience: entry.audience });
  };
  return (
    <>
      <StepHeading>{i18n.t('track.title')}</StepHeading>
      {/* The overall verdict's contract, on the sentence that says what it is now: a recall was requested. */}
      <p {...overallAttributes(state.outcome.assessment)}>
        {recall.at === null
          ? i18n.t('track.requestedEarlier')
          : i18n.t(recall.byAddIn ? 'track.requested' : 'track.requestedInOutlook', { age: i18n.relativeTime(recall.at, now) })}
      </p>
      <div role="status" aria-live="polite" data-track-summary={`${plan.counts.recalled}/${plan.toRecall.length}`}>
        <PlanSummary />
      </div>
      {/* "Delete and replace": the replacement is the next step, before the list. */}
      <ReplacementCard outcome={state.outcome} />
      {tracked && tracking?.failure ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{i18n.t('track.error', { failure: i18n.failure(tracking.failure) })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!tracked ? <p>{i18n.t(host.info.client === 'classicWindows' ? 'track.noReports.classic' : 'track.noReports.cloud')}</p> : null}
      <AttributeRows items={plan.entries} attributes={checkAttributes} />
      {/* Everyone on the message: a long list renders only the rows in view (VirtualList). */}
      <div className={styles.list}>
        <VirtualList
          items={plan.entries}
          itemKey={keyOf}
          label={i18n.t('plan.list')}
          estimateSize={ROW_HEIGHT}
          rowClassName={styles.row}
          attributes={trackAttributes}
          focusableBox
          renderItem={(entry) => (
            <>
              <div className={styles.line}>
                <span className={styles.who}>{entry.recipient.name || entry.recipient.address || i18n.t('recipient.noAddress')}</span>
                <span className={styles[entry.outcome ?? 'not-targeted']}>{i18n.t(`plan.outcome.${entry.outcome ?? 'not-targeted'}`)}</span>
              </div>
              <FollowUpLine entry={entry} onDecide={decide} onAsk={writeTo} reportsArrive={recall.byAddIn} />
            </>
          )}
        />
      </div>
      {tracked && tracking ? (
        // A div, not a p: the spinner is one.
        <div className={styles.checked}>
          {tracking.checking ? (
            <Spinner size="tiny" label={i18n.t('track.checking')} />
          ) : tracking.lastChecked ? (
            i18n.t(tracking.snapshot.settled ? 'track.checkedDone' : 'track.checkedAgain', { age: i18n.relativeTime(tracking.lastChecked, now) })
          ) : null}
        </div>
      ) : null}
      {tracking?.snapshot.reportUrl ? (
        <Link href={tracking.snapshot.reportUrl} target="_blank" rel="noopener noreferrer">
          {i18n.t('track.report')}
        </Link>
      ) : null}
      <Actions>
        {/* Always a way on: the follow-up step, primary while the plan proposes a note (after a replacement still due). */}
        <Button appearance={toWrite.length > 0 && plan.replacement !== 'due' ? 'primary' : 'secondary'} onClick={write}>
          {i18n.t('nav.alternatives')}
        </Button>
        {tracked && tracking && pending > 0 ? <Button onClick={tracking.refresh}>{i18n.t('track.refresh')}</Button> : null}
        <BackButton onBack={() => dispatch({ type: 'back' })} />
      </Actions>
      {/* During the wait the tips stay folded: the status comes first. */}
      <PreventionTips collapsed={pending > 0 || plan.open > 0} />
    </>
  );
}

/**
 * The next step for one recipient as a button (the please-delete note), with "no note needed" as
 * the other choice; or what was decided, with a way back.
 */
function FollowUpLine({
  entry,
  onDecide,
  onAsk,
  reportsArrive,
}: {
  entry: PlanEntry;
  onDecide: (entry: PlanEntry, decision: 'skipped' | null) => void;
  onAsk: (entry: PlanEntry) => void;
  reportsArrive: boolean;
}) {
  const i18n = useI18n();
  const styles = useStyles();
  const name = entry.recipient.name || entry.recipient.address;
  if (entry.followUp === 'none') return null;
  const { followUp } = entry;
  // A proposal is its button; recalled after they had read it, the line says why (it is gone, what it said is not).
  const words = followUp !== 'proposed' ? (`plan.followUp.${followUp}` as const) : entry.recalledButRead ? 'plan.followUp.recalledButRead' : null;
  return (
    <div className={styles.next}>
      {words === null ? null : <span>{i18n.t(words)}</span>}
      {/* Nobody can write to an address that can't be read: only the decision is left. */}
      {entry.nextStep !== null && entry.recipient.parsed.valid ? (
        <Button size="small" aria-label={i18n.t(entry.recalledButRead ? 'plan.tellFor' : 'plan.askFor', { name })} onClick={() => onAsk(entry)}>
          {i18n.t(entry.recalledButRead ? 'plan.tell' : 'plan.ask')}
        </Button>
      ) : null}
      {/* After Outlook's own command its report may say more than the pane can read: the user decides. */}
      {entry.nextStep !== null || (entry.followUp === 'waiting' && !reportsArrive) ? (
        <Button size="small" appearance="transparent" aria-label={i18n.t('plan.skipFor', { name })} onClick={() => onDecide(entry, 'skipped')}>
          {i18n.t('plan.skip')}
        </Button>
      ) : null}
      {entry.followUp === 'skipped' ? (
        <Button size="small" appearance="transparent" aria-label={i18n.t('plan.undoFor', { name })} onClick={() => onDecide(entry, null)}>
          {i18n.t('plan.undo')}
        </Button>
      ) : null}
    </div>
  );
}
