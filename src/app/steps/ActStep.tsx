import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { RecipientAssessment } from '../../domain/assessment';
import { recallTargets } from '../../domain/followUp';
import { useI18n } from '../../i18n/I18nProvider';
import { Actions } from '../components/Actions';
import { replacementBatches } from '../../domain/replacement';
import { useFollowUpSession } from '../followUp/FollowUpSession';
import { BackButton } from '../components/BackButton';
import { StepHeading } from '../components/StepHeading';
import { VirtualList } from '../components/VirtualList';
import { usePlan } from '../RecallPlanProvider';
import { NATIVE_GUIDE_STEPS, outlookOpensReplacement } from '../nativeGuide';
import { useServices } from '../services';
import { useRecallAction } from '../useRecallAction';
import type { WizardEvent, WizardState } from '../wizard';

const useStyles = makeStyles({
  steps: { paddingInlineStart: tokens.spacingHorizontalXL, '& li': { marginBottom: tokens.spacingVerticalS } },
  note: { color: tokens.colorNeutralForeground2 },
  names: { margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalM}` },
  name: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, overflowWrap: 'anywhere' },
});

type ActState = Extract<WizardState, { step: 'act' }>;
const NAME_ROW_HEIGHT = 24;

export function ActStep({ state, dispatch }: { state: ActState; dispatch: Dispatch<WizardEvent> }) {
  return state.act.mode === 'guide' ? <NativeGuide state={state} dispatch={dispatch} /> : <RecallConfirmation state={state} dispatch={dispatch} />;
}

/** Names who the recall will and will not reach before anything irreversible happens. */
function RecallConfirmation({ state, dispatch }: { state: ActState; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const styles = useStyles();
  const { policy } = useServices();
  const recall = useRecallAction(state, dispatch);
  const { update } = useFollowUpSession();
  const { plan } = usePlan();
  const targets = recallTargets(state.outcome.assessment);
  const unreachable = state.outcome.assessment.recipients.filter((r) => !targets.includes(r));
  const toWrite = new Set(plan.toWrite.map((e) => e.recipient));
  const recalling = state.act.mode === 'recalling';
  const replace = state.choice === 'replace';
  const go = () => {
    // The replacement becomes part of the job with the recall; "Delete" leaves none.
    update({ type: 'recall-chosen', replaceBy: replace ? 'add-in' : null });
    void recall();
  };
  return (
    <>
      <StepHeading>{i18n.t(replace ? 'act.confirm.titleReplace' : 'act.confirm.title')}</StepHeading>
      <p>{i18n.t('act.confirm.reach', { count: targets.length })}</p>
      <NameList people={targets} label={i18n.t('act.confirm.reach', { count: targets.length })} marker="data-recall-targets" />
      {unreachable.length > 0 ? (
        <>
          <p>{i18n.t('act.confirm.notReach', { count: unreachable.length })}</p>
          <NameList people={unreachable} label={i18n.t('act.confirm.notReach', { count: unreachable.length })} marker="data-recall-unreachable" />
          {unreachable.some((r) => toWrite.has(r)) ? <p className={styles.note}>{i18n.t('act.confirm.writeAfter')}</p> : null}
        </>
      ) : null}
      {replace ? <p data-replacement-next="">{i18n.t('act.confirm.replaceNext', { count: targets.length, marker: i18n.t('replace.marker') })}</p> : null}
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {i18n.t('act.confirm.irreversible')}
          {policy.policy.alertRecipients ? ` ${i18n.t('act.confirm.alert')}` : ''}
        </MessageBarBody>
      </MessageBar>
      {recalling ? <Spinner size="small" label={i18n.t('act.recalling')} /> : null}
      <Actions>
        <Button appearance="primary" disabled={recalling} disabledFocusable={recalling} onClick={go}>
          {i18n.t(replace ? 'act.confirm.goReplace' : 'act.confirm.go')}
        </Button>
        <Button disabled={recalling} onClick={() => dispatch({ type: 'use-native' })}>
          {i18n.t('act.confirm.native')}
        </Button>
        <BackButton disabled={recalling} onBack={() => dispatch({ type: 'back' })} />
      </Actions>
    </>
  );
}

/** Who a recall will or will not reach: any length, rendered as a (virtual) list that shows it scrolls. */
function NameList({
  people,
  label,
  marker,
}: {
  people: readonly RecipientAssessment[];
  label: string;
  marker: 'data-recall-targets' | 'data-recall-unreachable';
}) {
  const i18n = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.names}>
      <VirtualList
        items={people}
        itemKey={(r) => r.parsed.key}
        label={label}
        estimateSize={NAME_ROW_HEIGHT}
        rowClassName={styles.name}
        listAttributes={{ [marker]: '' }}
        focusableBox
        maxHeightRem={12}
        renderItem={(r) => (r.name && r.name !== r.address ? `${r.name} <${r.address}>` : r.address) || i18n.t('recipient.noAddress')}
      />
    </div>
  );
}

/** Step-by-step guidance for the native Recall command of the Outlook in use. */
function NativeGuide({ state, dispatch }: { state: ActState; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const styles = useStyles();
  const { host, policy, clock } = useServices();
  const { plan } = usePlan();
  const { update } = useFollowUpSession();
  const option = i18n.t(`choose.${state.choice}.label`);
  const refusal = state.act.mode === 'guide' ? state.act.refusal : null;
  const replace = state.choice === 'replace' && replacementBatches(state.outcome.assessment).length > 0;
  // Classic Outlook's dialog opens the replacement itself: then the add-in offers none of its own.
  const outlookReplaces = outlookOpensReplacement(host.info.client);
  const didRecall = () => {
    update({ type: 'recall-chosen', replaceBy: replace ? (outlookReplaces ? 'outlook' : 'add-in') : null });
    dispatch({ type: 'show-tracking', at: clock() });
  };
  return (
    <>
      <StepHeading>{i18n.t('act.title')}</StepHeading>
      {refusal !== null ? (
        <MessageBar intent="warning" layout="multiline" data-recall-refused={refusal.kind}>
          <MessageBarBody>{i18n.t('act.refused', { failure: i18n.failure(refusal) })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <p>{i18n.t('act.intro', { client: i18n.t(`client.${host.info.client}`) })}</p>
      <ol className={styles.steps} data-native-guide={host.info.client}>
        {NATIVE_GUIDE_STEPS[host.info.client].map((key) => (
          <li key={key}>{i18n.t(key, { option })}</li>
        ))}
      </ol>
      {replace ? <p data-replacement-next="">{i18n.t(outlookReplaces ? 'act.guide.outlookReplaces' : 'act.guide.replaceAfter')}</p> : null}
      <p className={styles.note}>{i18n.t('act.readPolicy', { allowed: String(policy.policy.recallReadMessages) })}</p>
      {/* Cloud recall (web, new Outlook) sends one report with a link; classic Outlook one per recipient. */}
      <p className={styles.note}>{i18n.t(host.info.client === 'classicWindows' ? 'act.after.classic' : 'act.after.cloud')}</p>
      <Actions>
        <Button appearance="primary" onClick={didRecall}>
          {i18n.t(state.cameFrom === 'incident' ? 'act.didRecallIncident' : 'act.didRecall')}
        </Button>
        {/* Offered only when somebody needs a note whatever the recall does. */}
        {plan.toWrite.length > 0 ? <Button onClick={() => dispatch({ type: 'show-follow-up' })}>{i18n.t('nav.alternatives')}</Button> : null}
        <BackButton onBack={() => dispatch({ type: 'back' })} />
      </Actions>
    </>
  );
}
