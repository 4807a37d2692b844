import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { someNames } from '../../domain/recallPlan';
import { useI18n } from '../../i18n/I18nProvider';
import { usePlan } from '../RecallPlanProvider';

/**
 * The plan's headline after a recall: done, still running, or who may still have the message.
 * Without readable reports it says where the outcome is instead of counting nothing as "0 recalled".
 */
export function PlanSummary() {
  const i18n = useI18n();
  const { plan, tracked } = usePlan();
  const recalled = plan.counts.recalled;
  const pending = plan.counts.pending;
  const targets = plan.toRecall.length;
  const stillHave = plan.entries.filter((e) => e.open && e.outcome !== 'pending' && !e.recalledButRead);
  const { names, more } = someNames(stillHave);
  // Their copy is gone, what it said is not: named apart from those who may still have it.
  const readers = someNames(plan.entries.filter((e) => e.open && e.recalledButRead));
  // Everyone settled but the replacement ("Delete and replace") is still to open: that is what is next.
  const onlyReplacementLeft = plan.replacement === 'due' && plan.open === 1 && stillHave.length === 0 && pending === 0;
  const intent = plan.open === 0 ? 'success' : pending > 0 || onlyReplacementLeft ? 'info' : 'warning';
  const title =
    plan.open === 0
      ? i18n.t('plan.done')
      : onlyReplacementLeft && tracked
        ? i18n.t('plan.replacementNext', { recalled, targets })
        : !tracked
          ? i18n.t('plan.untracked')
          : pending > 0
            ? i18n.t('plan.running', { recalled, targets })
            : i18n.t('plan.summary', { recalled, targets });
  return (
    <MessageBar
      intent={intent}
      layout="multiline"
      {...(pending > 0 && tracked ? { icon: <Spinner size="extra-tiny" aria-hidden="true" /> } : {})}
      data-plan-summary=""
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {stillHave.length > 0 ? <div>{i18n.t('plan.stillHave', { names: names.join(', '), more })}</div> : null}
        {readers.names.length > 0 ? <div>{i18n.t('plan.recalledButRead', { names: readers.names.join(', '), more: readers.more })}</div> : null}
        {plan.open === 0 ? <div>{i18n.t('plan.doneDetail')}</div> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
