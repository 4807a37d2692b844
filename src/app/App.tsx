import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, type Dispatch } from 'react';
import { CheckStep } from './steps/CheckStep';
import { ContextStep } from './steps/ContextStep';
import { FollowUpSessionProvider } from './followUp/FollowUpSession';
import { useI18n } from '../i18n/I18nProvider';
import { RecallPlanProvider, usePlanOpen } from './RecallPlanProvider';
import { useWizard } from './useWizard';
import { useServices } from './services';
import type { WizardEvent, WizardState } from './wizard';

/*
 * The follow-up and the incident path (editors, checklists, the summary) load in their own chunk
 * to keep the pane's first paint small; it is fetched as soon as a verdict is on screen, so the
 * click that opens them does not wait.
 */
const loadFollowUp = () => import('./steps/FollowUpStep');
const loadIncident = () => import('./steps/IncidentStep');
const FollowUpStep = lazy(() => loadFollowUp().then((m) => ({ default: m.FollowUpStep })));
const IncidentStep = lazy(() => loadIncident().then((m) => ({ default: m.IncidentStep })));
// Only where the admin turned the safety window on (docs/safety-window.md): its own chunk.
const HeldMessagesView = lazy(() => import('./safetyWindow/HeldMessagesView').then((m) => ({ default: m.HeldMessagesView })));
// The steps after the check, likewise: one chunk, fetched with the others once a verdict is shown.
const loadRecallSteps = () => import(/* webpackChunkName: "recall-steps" */ './steps/recallSteps');
const ChooseStep = lazy(() => loadRecallSteps().then((m) => ({ default: m.ChooseStep })));
const ActStep = lazy(() => loadRecallSteps().then((m) => ({ default: m.ActStep })));
const TrackStep = lazy(() => loadRecallSteps().then((m) => ({ default: m.TrackStep })));

const useStyles = makeStyles({
  pane: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  title: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
});

/**
 * The task pane: one wizard, one step on screen at a time, and above the steps one plan for the
 * message (RecallPlanProvider). What the user types and decides in the follow-up and incident steps
 * lives in a session tied to the checked item, so Back and forth loses nothing and another item
 * starts clean.
 */
export function App() {
  const { state, dispatch, retry } = useWizard();
  const verdictShown = state.step !== 'context';
  useEffect(() => {
    if (verdictShown) void Promise.all([loadRecallSteps(), loadFollowUp(), loadIncident()]).catch(() => undefined);
  }, [verdictShown]);
  return (
    <FollowUpSessionProvider item={state.step === 'context' ? null : state.outcome}>
      <RecallPlanProvider state={state}>
        <Pane state={state} dispatch={dispatch} onRetry={() => void retry()} />
      </RecallPlanProvider>
    </FollowUpSessionProvider>
  );
}

/** `data-plan-open`: how many recipients still have neither a recall success nor a follow-up decision. */
function Pane({ state, dispatch, onRetry }: { state: WizardState; dispatch: Dispatch<WizardEvent>; onRetry: () => void }) {
  const i18n = useI18n();
  const styles = useStyles();
  const open = usePlanOpen();
  const { heldMessages } = useServices();
  // A provisional verdict is still "context" for the DOM contract: data-step="check" comes with the final one.
  const provisional = state.step === 'check' && state.provisional === true;
  return (
    <main className={styles.pane} data-step={provisional ? 'context' : state.step} {...(open === null || provisional ? {} : { 'data-plan-open': open })}>
      <h1 className={styles.title}>{i18n.t('app.title')}</h1>
      {state.step === 'context' ? <ContextStep state={state} onRetry={onRetry} /> : null}
      {state.step === 'check' ? <CheckStep key="check" state={state} dispatch={dispatch} /> : null}
      <Suspense fallback={<Spinner size="small" label={i18n.t('app.loading.step')} />}>
        {state.step === 'choose' ? <ChooseStep key="choose" state={state} dispatch={dispatch} /> : null}
        {state.step === 'act' ? <ActStep key="act" state={state} dispatch={dispatch} /> : null}
        {state.step === 'track' ? <TrackStep key="track" state={state} dispatch={dispatch} /> : null}
      </Suspense>
      <Suspense fallback={<Spinner size="small" label={i18n.t('app.loading.step')} />}>
        {state.step === 'alternatives' ? <FollowUpStep key="follow-up" state={state} dispatch={dispatch} /> : null}
        {state.step === 'incident' ? <IncidentStep key="incident" state={state} dispatch={dispatch} /> : null}
      </Suspense>
      {heldMessages !== undefined ? (
        <Suspense fallback={null}>
          <HeldMessagesView />
        </Suspense>
      ) : null}
    </main>
  );
}
