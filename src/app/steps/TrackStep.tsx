import { Button, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { recallTargets } from '../../domain/followUp';
import type { RecallOutcome } from '../../domain/recallTracking';
import { useI18n } from '../../i18n/I18nProvider';
import { Actions } from '../components/Actions';
import { PreventionTips } from '../components/PreventionTips';
import { ReplacementButton } from '../components/Replacement';
import { StepHeading } from '../components/StepHeading';
import { useServices } from '../services';
import { useRecallTracking } from '../useRecallTracking';
import { canRecallThroughGraph, type WizardEvent, type WizardState } from '../wizard';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: `${tokens.spacingVerticalM} 0 0`, padding: 0 },
  row: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  who: { overflowWrap: 'anywhere', minWidth: 0 },
  note: { color: tokens.colorNeutralForeground2 },
  succeeded: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  pending: { color: tokens.colorNeutralForeground2, flexShrink: 0 },
  unknown: { color: tokens.colorNeutralForeground2, flexShrink: 0 },
});

/** Per-recipient outcome of the recall, read from the reports arriving in the mailbox. */
export function TrackStep({ state, dispatch }: { state: Extract<WizardState, { step: 'track' }>; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const styles = useStyles();
  const { clock } = useServices();
  const targets = recallTargets(state.outcome.assessment);
  const tracking = useRecallTracking(
    state.outcome.key,
    targets.map((t) => t.parsed.normalised),
    state.outcome.subject,
    state.recalledAt,
    state.outcome.sentDateTime,
  );
  const { counts } = tracking.snapshot;
  const total = targets.length;
  const stillHave = counts.failed + counts.unknown;
  const graphAvailable = tracking.available && canRecallThroughGraph(state.outcome);
  return (
    <>
      <StepHeading>{i18n.t('track.title')}</StepHeading>
      <p>{state.recalledAt ? i18n.t('track.requested', { age: i18n.relativeTime(state.recalledAt, clock()) }) : i18n.t('track.requestedEarlier')}</p>
      {graphAvailable ? (
        <>
          <div role="status" aria-live="polite" data-track-summary={`${counts.succeeded}/${total}`}>
            <MessageBar intent={counts.failed > 0 ? 'warning' : tracking.snapshot.settled ? 'success' : 'info'} layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{i18n.t('track.summary', { succeeded: counts.succeeded, total })}</MessageBarTitle>
                {tracking.snapshot.settled && stillHave === 0 ? <div>{i18n.t('track.allDone')}</div> : null}
                {counts.failed > 0 ? <div>{i18n.t('track.failedNext', { count: counts.failed })}</div> : null}
                {counts.unknown > 0 ? <div>{i18n.t('track.unknownNext', { count: counts.unknown })}</div> : null}
              </MessageBarBody>
            </MessageBar>
          </div>
          {tracking.failure ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{i18n.t('track.error', { failure: i18n.failure(tracking.failure) })}</MessageBarBody>
            </MessageBar>
          ) : null}
          <ul className={styles.list}>
            {targets.map((t) => {
              const outcome: RecallOutcome = tracking.snapshot.outcomes.get(t.parsed.normalised) ?? 'unknown';
              return (
                <li key={t.parsed.normalised} className={styles.row} data-track-recipient={t.parsed.normalised} data-outcome={outcome}>
                  <span className={styles.who}>{t.name || t.address}</span>
                  <span className={styles[outcome]}>{i18n.t(`track.outcome.${outcome}`)}</span>
                </li>
              );
            })}
          </ul>
          <p className={styles.note}>
            {tracking.checking ? <Spinner size="tiny" label={i18n.t('track.checking')} /> : tracking.lastChecked ? i18n.t('track.checked', { age: i18n.relativeTime(tracking.lastChecked, clock()) }) : null}
          </p>
          {tracking.snapshot.reportUrl ? (
            <Link href={tracking.snapshot.reportUrl} target="_blank" rel="noopener noreferrer">
              {i18n.t('track.report')}
            </Link>
          ) : null}
        </>
      ) : (
        <p>{i18n.t('track.noGraph')}</p>
      )}
      <Actions>
        {/* The outcomes (none without Graph) and the recall's time go along to plan the follow-up. */}
        {stillHave > 0 || !graphAvailable ? (
          <Button appearance="primary" onClick={() => dispatch({ type: 'show-alternatives', outcomes: graphAvailable ? tracking.snapshot.outcomes : new Map() })}>
            {i18n.t('track.toAlternatives')}
          </Button>
        ) : null}
        {state.choice === 'replace' ? <ReplacementButton outcome={state.outcome} primary={false} /> : null}
        {graphAvailable ? <Button onClick={tracking.refresh}>{i18n.t('track.refresh')}</Button> : null}
      </Actions>
      <PreventionTips />
    </>
  );
}
