import { makeStyles, tokens } from '@fluentui/react-components';
import type { RecipientAssessment } from '../../domain/assessment';
import type { RecallPolicy } from '../../domain/policy';
import type { ReasonCode } from '../../domain/reasonCodes';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageValues } from '../../i18n/translator';

const useStyles = makeStyles({
  title: { fontWeight: tokens.fontWeightSemibold },
  detail: { display: 'block', color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalXS },
});

/** The values a reason's explanation needs, so every code reads as a full sentence. */
export function reasonValues(code: ReasonCode, policy: RecallPolicy, recipient?: RecipientAssessment): MessageValues {
  switch (code) {
    case 'TOO_OLD':
      // TOO_OLD is only found when the limit is known.
      return { days: policy.maxRecallableAgeDays ?? 0 };
    case 'READ':
      return { allowed: String(policy.recallReadMessages) };
    case 'MALFORMED_ADDRESS':
      return { disguised: recipient?.parsed.valid === false && recipient.parsed.disguised ? 'yes' : 'no' };
    case 'GROUP_HAS_EXTERNAL_MEMBERS':
      return { external: recipient?.externalMembers ?? 0 };
    default:
      return {};
  }
}

export function ReasonText({ code, policy, recipient }: { code: ReasonCode; policy: RecallPolicy; recipient?: RecipientAssessment }) {
  const i18n = useI18n();
  const styles = useStyles();
  return (
    <>
      <span className={styles.title}>{i18n.t(`reason.${code}.title`)}</span>
      <span className={styles.detail}>{i18n.t(`reason.${code}.detail`, reasonValues(code, policy, recipient))}</span>
    </>
  );
}
