import { Button, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from '@fluentui/react-components';
import { Checkmark16Filled } from '@fluentui/react-icons';
import { useId, useMemo, useRef, useState, type Dispatch } from 'react';
import { clampSubject, HTML_BODY_LIMIT, htmlBodyBytes, textToHtml } from '../../domain/draftText';
import { incidentSummaryJson, incidentSummaryText, type IncidentSummary, type IncidentWords } from '../../domain/incidentSummary';
import type { DraftMessage } from '../../host/outlookHost';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translator } from '../../i18n/translator';
import { useFollowUpSession } from '../followUp/FollowUpSession';
import { useFollowUpPlan } from '../followUp/useFollowUpPlan';
import { usePlan } from '../RecallPlanProvider';
import { AdminDetails } from '../components/AdminDetails';
import { BackButton } from '../components/BackButton';
import { Actions } from '../components/Actions';
import { StepHeading } from '../components/StepHeading';
import { copyText, downloadFile, summaryFileName } from '../incident/exportSummary';
import { incidentWords } from '../incident/incidentWords';
import { useIncidentSummary } from '../incident/useIncidentSummary';
import { useServices } from '../services';
import { canRecall, canRecallThroughGraph, type WizardEvent, type WizardState } from '../wizard';
import type { CheckOutcome } from '../../usecases/check/checkMessage';
import { CopyDiagnostics } from '../components/CopyDiagnostics';
import { unexpectedFailure } from '../unexpectedFailure';

const useStyles = makeStyles({
  steps: { paddingInlineStart: tokens.spacingHorizontalXL, margin: `${tokens.spacingVerticalS} 0`, '& > li': { marginBottom: tokens.spacingVerticalM } },
  stepTitle: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  done: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteGreenForeground1 },
  stepDetail: { display: 'block', margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalXS}` },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXXS}` },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: `0 0 ${tokens.spacingVerticalXS}` },
  summary: { width: '100%', '& textarea': { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, minHeight: '14em' } },
  status: { marginTop: tokens.spacingVerticalS },
});

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'report-opened' }
  | { readonly kind: 'report-failed'; readonly correlationId: string }
  | { readonly kind: 'copied' }
  | { readonly kind: 'copy-failed' }
  | { readonly kind: 'downloaded' }
  | { readonly kind: 'download-failed' };

/** Shorter recipient lists to try when the full summary does not fit Outlook's 32 KB body. */
const SHORTER_LISTS: readonly number[] = [200, 100, 50, 20, 5, 0];

/**
 * The message to the security contact: a short note and the summary. When the summary is too big
 * for the form, the list keeps those who may still have the message first and says how many more
 * are in the downloadable file.
 */
export function securityReport(
  summary: IncidentSummary,
  words: IncidentWords,
  i18n: Translator,
  contact: { name: string; address: string },
  senderName: string,
): DraftMessage {
  const subject = clampSubject(i18n.t('incident.report.subject', { subject: summary.message.subject.trim() || i18n.t('context.noSubject') }));
  const body = (maxRecipients?: number) =>
    textToHtml(
      i18n.t('incident.report.body', {
        summary: incidentSummaryText(summary, words, maxRecipients === undefined ? {} : { maxRecipients }),
        sender: senderName.trim(),
      }),
    );
  let htmlBody = body();
  for (const max of SHORTER_LISTS) {
    if (htmlBodyBytes(htmlBody) <= HTML_BODY_LIMIT) break;
    htmlBody = body(max);
  }
  return { to: [{ name: contact.name, address: contact.address, field: 'to' }], subject, htmlBody };
}

/**
 * Sensitive content went outside: what to do now, in order, with the report to the security
 * contact prefilled and the summary ready to copy or download.
 */
export function IncidentStep({ state, dispatch }: { state: Extract<WizardState, { step: 'incident' }>; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const styles = useStyles();
  const id = useId();
  const { host, policy, clock, diagnostics } = useServices();
  const { session, update } = useFollowUpSession();
  const { trackedRecall, plan: recallPlan } = usePlan();
  const plan = useFollowUpPlan(state.outcome, trackedRecall);
  const summary = useIncidentSummary({
    outcome: state.outcome,
    tracked: trackedRecall,
    plan,
    mayStillHave: recallPlan.mayStillHave,
    sessionActions: session.actions,
    userAddress: host.info.userAddress,
    clock,
  });
  const words = useMemo(() => incidentWords(i18n), [i18n]);
  const text = useMemo(() => incidentSummaryText(summary, words), [summary, words]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const summaryBox = useRef<HTMLTextAreaElement>(null);
  const contact = policy.policy.securityContact;
  const external = plan.included.filter((p) => p.audience === 'external').length;
  // First, what stops the spread inside the organisation: the recall, while it can still be made.
  const recallFirst = state.recall === null && canRecall(state.outcome) && recallPlan.toRecall.length > 0;

  const report = async () => {
    if (contact === null) return;
    try {
      await host.openNewMessage(securityReport(summary, words, i18n, contact, host.info.userName));
      update({ type: 'record', action: { kind: 'security-report-opened', at: clock() } });
      setStatus({ kind: 'report-opened' });
    } catch {
      setStatus({ kind: 'report-failed', correlationId: unexpectedFailure({ diagnostics }).correlationId });
    }
  };
  const copy = async () => {
    if (await copyText(text)) {
      setStatus({ kind: 'copied' });
      return;
    }
    // No clipboard here: select the text so Ctrl+C does it.
    setStatus({ kind: 'copy-failed' });
    summaryBox.current?.focus();
    summaryBox.current?.select();
  };
  const download = (kind: 'txt' | 'json') => {
    // A byte-order mark lets older Windows editors read Cyrillic text as UTF-8.
    const saved =
      kind === 'txt'
        ? downloadFile(summaryFileName(summary.generatedAt, 'txt'), 'text/plain;charset=utf-8', `\uFEFF${text}\n`)
        : downloadFile(summaryFileName(summary.generatedAt, 'json'), 'application/json', `${incidentSummaryJson(summary)}\n`);
    setStatus({ kind: saved ? 'downloaded' : 'download-failed' });
  };
  const askToDelete = () => {
    update({ type: 'select-template', template: 'pleaseDelete' });
    dispatch({ type: 'show-follow-up' });
  };

  return (
    <>
      <StepHeading>{i18n.t('incident.title')}</StepHeading>
      <p>{i18n.t('incident.intro')}</p>
      <ol className={styles.steps} data-incident-steps="">
        {recallFirst || state.recall !== null ? (
          <li data-incident-step="recall" data-done={String(!recallFirst)}>
            <RecallFirst outcome={state.outcome} offered={recallFirst} onRecall={() => dispatch({ type: 'accept-plan' })} />
          </li>
        ) : null}
        <li data-incident-step="stop">
          <span className={styles.stepTitle}>{i18n.t('incident.stop.title')}</span>
          <span className={styles.stepDetail}>{i18n.t('incident.stop.detail')}</span>
        </li>
        <li data-incident-step="report">
          <span className={styles.stepTitle}>{i18n.t('incident.report.title')}</span>
          <span className={styles.stepDetail}>
            {contact ? i18n.t('incident.report.contact', { name: contact.name || contact.address, address: contact.address }) : i18n.t('incident.report.none')}
          </span>
          {contact ? (
            <Button appearance={recallFirst ? 'secondary' : 'primary'} onClick={() => void report()}>
              {i18n.t('incident.report.open')}
            </Button>
          ) : null}
        </li>
        <li data-incident-step="delete">
          <span className={styles.stepTitle}>{i18n.t('incident.delete.title')}</span>
          <span className={styles.stepDetail}>{i18n.t('incident.delete.detail', { count: external })}</span>
          <Button appearance={contact || recallFirst ? 'secondary' : 'primary'} onClick={askToDelete}>
            {i18n.t('incident.delete.open')}
          </Button>
        </li>
        {policy.policy.usesPurviewEncryption ? (
          <li data-incident-step="revoke">
            <span className={styles.stepTitle}>{i18n.t('incident.revoke.title')}</span>
            <span className={styles.stepDetail}>{i18n.t('incident.revoke.detail')}</span>
            {/* The command is the admin's business: folded away, with what to put in it. */}
            <AdminDetails>
              {i18n.t('incident.revoke.admin')}
              <code className={styles.code}>{i18n.t('incident.revoke.command', { id: i18n.t('incident.revoke.id') })}</code>
            </AdminDetails>
          </li>
        ) : null}
        <li data-incident-step="keep">
          <span className={styles.stepTitle}>{i18n.t('incident.keep.title')}</span>
          <span className={styles.stepDetail}>{i18n.t('incident.keep.detail')}</span>
        </li>
      </ol>

      <section aria-labelledby={`${id}-summary`}>
        <h3 id={`${id}-summary`} className={styles.heading}>
          {i18n.t('incident.summary.heading')}
        </h3>
        <p className={styles.note}>{i18n.t('incident.summary.note')}</p>
        <Textarea
          textarea={{ ref: summaryBox }}
          className={styles.summary}
          value={text}
          readOnly
          resize="vertical"
          aria-label={i18n.t('incident.summary.label')}
          data-incident-summary=""
        />
        <Actions>
          <Button onClick={() => void copy()}>{i18n.t('incident.copy')}</Button>
          <Button onClick={() => download('txt')}>{i18n.t('incident.downloadText')}</Button>
          <Button onClick={() => download('json')}>{i18n.t('incident.downloadJson')}</Button>
        </Actions>
      </section>

      <div role="status" aria-live="polite" className={styles.status}>
        {status.kind === 'idle' ? null : (
          <MessageBar
            intent={status.kind === 'report-failed' || status.kind === 'download-failed' ? 'error' : status.kind === 'copy-failed' ? 'warning' : 'success'}
            layout="multiline"
          >
            <MessageBarBody>
              {status.kind === 'report-failed'
                ? i18n.t('alt.openFailed', { failure: i18n.failure({ kind: 'unexpected', correlationId: status.correlationId }) })
                : i18n.t(`incident.status.${status.kind}`)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {status.kind === 'report-failed' ? <CopyDiagnostics /> : null}
      <Actions>
        <BackButton onBack={() => dispatch({ type: 'back' })} />
      </Actions>
    </>
  );
}

/**
 * The incident's first step: recall the copies a recall can still reach (the button goes to the
 * recall and comes back here), or, once it was requested, what it did so far.
 */
function RecallFirst({ outcome, offered, onRecall }: { outcome: CheckOutcome; offered: boolean; onRecall: () => void }) {
  const i18n = useI18n();
  const styles = useStyles();
  const { plan, tracked } = usePlan();
  const colleagues = plan.toRecall.every((e) => e.audience === 'internal');
  if (offered) {
    return (
      <>
        <span className={styles.stepTitle}>{i18n.t('incident.recall.title')}</span>
        <span className={styles.stepDetail}>
          {i18n.t('incident.recall.detail', { count: plan.toRecall.length, who: colleagues ? 'colleagues' : 'recipients' })}
        </span>
        <Button appearance="primary" onClick={onRecall}>
          {canRecallThroughGraph(outcome)
            ? i18n.t('plan.propose', { recall: plan.toRecall.length, who: colleagues ? 'colleagues' : 'recipients', ask: 0, names: '' })
            : i18n.t('check.recallInOutlook')}
        </Button>
      </>
    );
  }
  const pending = plan.counts.pending;
  return (
    <>
      <span className={`${styles.stepTitle} ${styles.done}`}>
        <Checkmark16Filled aria-hidden="true" />
        {i18n.t('incident.recall.doneTitle')}
      </span>
      <span className={styles.stepDetail}>
        {!tracked
          ? i18n.t('plan.untracked')
          : pending > 0
            ? i18n.t('plan.running', { recalled: plan.counts.recalled, targets: plan.toRecall.length })
            : i18n.t('plan.summary', { recalled: plan.counts.recalled, targets: plan.toRecall.length })}
      </span>
    </>
  );
}
