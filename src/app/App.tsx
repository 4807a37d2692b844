import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useState, type Dispatch, type ReactNode } from 'react';
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

type Step = WizardState['step'];

/**
 * `data-step` names the step whose content is committed (each step says so through Shown), so a
 * harness that waits for `data-step="track"` finds the track rows with it. While a lazily loaded
 * step's code is still arriving (the "Opening…" spinner), `<main>` carries no `data-step`: seen
 * on a busy machine, where the track step's chunk arrived after "See the recall status" was clicked.
 * `data-plan-open`: how many recipients still have neither a recall success nor a follow-up decision.
 */
function Pane({ state, dispatch, onRetry }: { state: WizardState; dispatch: Dispatch<WizardEvent>; onRetry: () => void }) {
  const i18n = useI18n();
  const styles = useStyles();
  const open = usePlanOpen();
  const { heldMessages, heldTimes } = useServices();
  const [shownStep, setShownStep] = useState<Step | null>(null);
  const onShown = useCallback((step: Step, shown: boolean) => setShownStep((current) => (shown ? step : current === step ? null : current)), []);
  // A provisional verdict is still "context" for the DOM contract: data-step="check" comes with the final one.
  const provisional = state.step === 'check' && state.provisional === true;
  const step = shownStep !== state.step ? undefined : provisional ? 'context' : state.step;
  const shown = (content: ReactNode) => (
    <Shown step={state.step} onShown={onShown}>
      {content}
    </Shown>
  );
  return (
    <main className={styles.pane} data-step={step} {...(open === null || provisional ? {} : { 'data-plan-open': open })}>
      <h1 className={styles.title}>{i18n.t('app.title')}</h1>
      {state.step === 'context' ? shown(<ContextStep state={state} onRetry={onRetry} />) : null}
      {state.step === 'check' ? shown(<CheckStep key="check" state={state} dispatch={dispatch} />) : null}
      <Suspense fallback={<Spinner size="small" label={i18n.t('app.loading.step')} />}>
        {state.step === 'choose' ? shown(<ChooseStep key="choose" state={state} dispatch={dispatch} />) : null}
        {state.step === 'act' ? shown(<ActStep key="act" state={state} dispatch={dispatch} />) : null}
        {state.step === 'track' ? shown(<TrackStep key="track" state={state} dispatch={dispatch} />) : null}
      </Suspense>
      <Suspense fallback={<Spinner size="small" label={i18n.t('app.loading.step')} />}>
        {state.step === 'alternatives' ? shown(<FollowUpStep key="follow-up" state={state} dispatch={dispatch} />) : null}
        {state.step === 'incident' ? shown(<IncidentStep key="incident" state={state} dispatch={dispatch} />) : null}
      </Suspense>
      {heldMessages !== undefined || heldTimes !== undefined ? (
        <Suspense fallback={null}>
          <HeldMessagesView />
        </Suspense>
      ) : null}
    </main>
  );
}

/**
 * Says when a step is committed, before the browser paints. Inside a Suspense boundary its layout
 * effect runs only once the step's chunk has arrived and the step is on screen (React 18 commits a
 * suspended tree's siblings only with it).
 */
function Shown({ step, onShown, children }: { step: Step; onShown: (step: Step, shown: boolean) => void; children: ReactNode }) {
  useLayoutEffect(() => {
    onShown(step, true);
    return () => onShown(step, false);
  }, [step, onShown]);
  return <>{children}</>;
}
