import { makeStyles, tokens } from '@fluentui/react-components';
import { ActStep } from './steps/ActStep';
import { AlternativesStep } from './steps/AlternativesStep';
import { CheckStep } from './steps/CheckStep';
import { ChooseStep } from './steps/ChooseStep';
import { TrackStep } from './steps/TrackStep';
import { ContextStep } from './steps/ContextStep';
import { useI18n } from '../i18n/I18nProvider';
import { useWizard } from './useWizard';

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

/** The task pane: one wizard, one step on screen at a time. */
export function App() {
  const { state, dispatch, retry } = useWizard();
  const i18n = useI18n();
  const styles = useStyles();
  return (
    <main className={styles.pane} data-step={state.step}>
      <h1 className={styles.title}>{i18n.t('app.title')}</h1>
      {state.step === 'context' ? <ContextStep state={state} onRetry={() => void retry()} /> : null}
      {state.step === 'check' ? <CheckStep key="check" state={state} dispatch={dispatch} /> : null}
      {state.step === 'choose' ? <ChooseStep key="choose" state={state} dispatch={dispatch} /> : null}
      {state.step === 'act' ? <ActStep key="act" state={state} dispatch={dispatch} /> : null}
      {state.step === 'track' ? <TrackStep key="track" state={state} dispatch={dispatch} /> : null}
      {state.step === 'alternatives' ? <AlternativesStep key="alternatives" state={state} dispatch={dispatch} /> : null}
    </main>
  );
}
