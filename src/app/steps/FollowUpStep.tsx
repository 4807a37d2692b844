import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useCallback, useState, type Dispatch } from 'react';
import { AUDIENCES, includedByRule, outsidersAtSeveralOrganisations, planBatches, type Audience, type PlannedRecipient } from '../../domain/followUp';
import { useI18n } from '../../i18n/I18nProvider';
import { DraftCard } from '../followUp/DraftCard';
import { useFollowUpSession } from '../followUp/FollowUpSession';
import { IncidentEntry } from '../followUp/IncidentEntry';
import { RecipientChecklist } from '../followUp/RecipientChecklist';
import { draftKey } from '../../usecases/followUp/session';
import { TemplatePicker } from '../followUp/TemplatePicker';
import { draftMessage, templateText } from '../../usecases/followUp/templates';
import { useFollowUpPlan } from '../followUp/useFollowUpPlan';
import { Actions } from '../components/Actions';
import { PreventionTips } from '../components/PreventionTips';
import { StepHeading } from '../components/StepHeading';
import { useServices } from '../services';
import { usePlan } from '../RecallPlanProvider';
import { BackButton } from '../components/BackButton';
import type { WizardEvent, WizardState } from '../wizard';
import { CopyDiagnostics } from '../components/CopyDiagnostics';
import { unexpectedFailure } from '../unexpectedFailure';

const useStyles = makeStyles({
  status: { marginTop: tokens.spacingVerticalM },
});

type OpenStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'opened'; readonly part: number; readonly parts: number }
  | { readonly kind: 'failed'; readonly correlationId: string };

/**
 * When a recall can't reach everyone: a prefilled note to exactly those who may still have it —
 * who and why, which message, its text (editable, kept while the user moves around the wizard),
 * one Outlook form per 100 recipients — plus the way into the incident path and prevention tips.
 */
export function FollowUpStep({ state, dispatch }: { state: Extract<WizardState, { step: 'alternatives' }>; dispatch: Dispatch<WizardEvent> }) {
  const i18n = useI18n();
  const styles = useStyles();
  const { host, clock, diagnostics } = useServices();
  const { session, update } = useFollowUpSession();
  const { trackedRecall, plan: recallPlan } = usePlan();
  const plan = useFollowUpPlan(state.outcome, trackedRecall);
  const [status, setStatus] = useState<OpenStatus>({ kind: 'idle' });
  const { template } = session;

  // Opened for one recipient's note (from the track step): their audience's draft comes first.
  const audiences = AUDIENCES.filter((audience) => plan.included.some((p) => p.audience === audience)).sort(
    (a, b) => Number(b === state.audience) - Number(a === state.audience),
  );
  // "Was it confidential?" only where someone outside could still have it.
  const outsiderMayHaveIt = recallPlan.entries.some((e) => e.mayStillHave && e.audience === 'external');
  const setIncluded = useCallback(
    (planned: PlannedRecipient, included: boolean) =>
      update({ type: 'set-included', key: planned.recipient.parsed.key, included, ruleIncluded: includedByRule(planned) }),
    [update],
  );

  const open = async (audience: Audience, part: number) => {
    const recipients = plan.included.filter((p) => p.audience === audience);
    const batches = planBatches(plan, audience);
    const batch = batches[part];
    if (batch === undefined) return;
    const text = session.texts.get(draftKey(template, audience)) ?? textFor(audience, recipients.length);
    try {
      await host.openNewMessage(draftMessage(text, batch));
      update({
        type: 'record',
        action: { kind: 'follow-up-opened', at: clock(), template, audience, recipients: batch.to.length + batch.bcc.length, part, parts: batches.length },
      });
      // The plan: a note is open for these people (they no longer wait for a decision).
      update({ type: 'decide', keys: [...batch.to, ...batch.bcc].map((r) => r.key), decision: 'opened' });
      setStatus({ kind: 'opened', part: part + 1, parts: batches.length });
    } catch {
      setStatus({ kind: 'failed', correlationId: unexpectedFailure({ diagnostics }).correlationId });
    }
  };

  function textFor(audience: Audience, count: number) {
    return templateText(i18n, template, audience, {
      subject: state.outcome.subject,
      sentDateTime: state.outcome.sentDateTime,
      senderName: host.info.userName,
      count,
    });
  }

  const openedParts = (audience: Audience) =>
    new Set(session.actions.flatMap((a) => (a.kind === 'follow-up-opened' && a.template === template && a.audience === audience ? [a.part] : [])));

  return (
    <>
      <StepHeading>{i18n.t('alt.title')}</StepHeading>
      <p>{i18n.t('alt.intro', { count: plan.mayStillHave })}</p>
      {plan.mayStillHave === 0 ? <p>{i18n.t('alt.noRecipients')}</p> : null}
      <TemplatePicker value={template} onChange={(next) => update({ type: 'select-template', template: next })} />
      {audiences.length === 0 && plan.mayStillHave > 0 ? (
        <MessageBar intent="info" className={styles.status}>
          <MessageBarBody>{i18n.t('alt.noneSelected')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {audiences.map((audience) => {
        const recipients = plan.included.filter((p) => p.audience === audience);
        const key = draftKey(template, audience);
        const edited = session.texts.get(key);
        return (
          <DraftCard
            key={key}
            template={template}
            audience={audience}
            bothAudiences={audiences.length > 1}
            recipients={recipients}
            batches={planBatches(plan, audience)}
            text={edited ?? textFor(audience, recipients.length)}
            edited={edited !== undefined}
            allInBcc={audience === 'external' && outsidersAtSeveralOrganisations(recipients.map((p) => p.recipient))}
            opened={openedParts(audience)}
            onEdit={(text) => update({ type: 'edit-text', key, text })}
            onRestore={() => update({ type: 'restore-text', key })}
            onOpen={(part) => void open(audience, part)}
          />
        );
      })}
      <div role="status" aria-live="polite" className={styles.status}>
        {status.kind === 'opened' ? (
          <MessageBar intent="success">
            <MessageBarBody>{status.parts > 1 ? i18n.t('alt.openedPart', { part: status.part, parts: status.parts }) : i18n.t('alt.opened')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {status.kind === 'failed' ? (
          <MessageBar intent="error">
            <MessageBarBody>{i18n.t('alt.openFailed', { failure: i18n.failure({ kind: 'unexpected', correlationId: status.correlationId }) })}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {status.kind === 'failed' ? <CopyDiagnostics /> : null}
      <RecipientChecklist plan={plan} onChange={setIncluded} />
      {outsiderMayHaveIt ? <IncidentEntry onStart={() => dispatch({ type: 'show-incident' })} /> : null}
      <PreventionTips />
      <Actions>
        <BackButton onBack={() => dispatch({ type: 'back' })} />
      </Actions>
    </>
  );
}
