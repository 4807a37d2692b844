import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, type Dispatch } from 'react';
import { ActStep } from './steps/ActStep';
import { CheckStep } from './steps/CheckStep';
import { ChooseStep } from './steps/ChooseStep';
import { TrackStep } from './steps/TrackStep';
import { ContextStep } from './steps/ContextStep';
import { FollowUpSessionProvider } from './alternatives/FollowUpSession';
import { useI18n } from '../i18n/I18nProvider';
import { RecallPlanProvider, usePlanOpen } from './RecallPlanProvider';
import { useWizard } from './useWizard';
import type { WizardEvent, WizardState } from './wizard';

/*
 * The alternatives and the incident path (editors, checklists, the summary) load in their own chunk
 * to keep the pane's first paint small; it is fetched as soon as a verdict is on screen, so the
 * click that opens them does not wait.
 */
const loadAlternatives = () => import('./steps/AlternativesStep');
const loadIncident = () => import('./steps/IncidentStep');
const AlternativesStep = lazy(() => loadAlternatives().then((m) => ({ default: m.AlternativesStep })));
const IncidentStep = lazy(() => loadIncident().then((m) => ({ default: m.IncidentStep })));

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
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, margin: `0 0 ${tokens.spacingVerticalS}` },
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
    if (verdictShown) void Promise.all([loadAlternatives(), loadIncident()]).catch(() => undefined);
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
  return (
    <main className={styles.pane} data-step={state.step} {...(open === null ? {} : { 'data-plan-open': open })}>
      <h1 className={styles.title}>{i18n.t('app.title')}</h1>
      {state.step === 'context' ? <ContextStep state={state} onRetry={onRetry} /> : null}
      {state.step === 'check' ? <CheckStep key="check" state={state} dispatch={dispatch} /> : null}
      {state.step === 'choose' ? <ChooseStep key="choose" state={state} dispatch={dispatch} /> : null}
      {state.step === 'act' ? <ActStep key="act" state={state} dispatch={dispatch} /> : null}
      {state.step === 'track' ? <TrackStep key="track" state={state} dispatch={dispatch} /> : null}
      <Suspense fallback={<Spinner size="small" label={i18n.t('app.loading.step')} />}>
        {state.step === 'alternatives' ? <AlternativesStep key="alternatives" state={state} dispatch={dispatch} /> : null}
        {state.step === 'incident' ? <IncidentStep key="incident" state={state} dispatch={dispatch} /> : null}
      </Suspense>
    </main>
  );
}
