import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { visibleAddress } from '../../domain/address';
import type { RecipientAssessment } from '../../domain/assessment';
import type { MessageReason } from '../../domain/reasonCodes';
import { summariseRecipients } from '../../domain/recipientSummary';
import type { Verdict } from '../../domain/verdict';
import { useI18n } from '../../i18n/I18nProvider';

/** Organisations named one by one; the rest are counted. */
const ORGANISATIONS_SHOWN = 5;
const FATES: readonly Verdict[] = ['not-recallable', 'uncertain', 'recallable'];

const useStyles = makeStyles({
  summary: { margin: `0 0 ${tokens.spacingVerticalL}` },
  title: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  subtitle: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  domain: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  fates: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  more: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    margin: `${tokens.spacingVerticalXXS} 0 0`,
  },
});

/** A long list read first as a sender needs it: who (which organisations) and why (which reasons). */
export function RecipientSummaryView({
  recipients,
  blockedBy,
  cappedBy,
}: {
  recipients: readonly RecipientAssessment[];
  blockedBy: MessageReason | undefined;
  cappedBy: MessageReason | undefined;
}) {
  const i18n = useI18n();
  const styles = useStyles();
  const summary = useMemo(() => summariseRecipients(recipients, blockedBy, cappedBy), [recipients, blockedBy, cappedBy]);
  const shown = summary.organisations.slice(0, ORGANISATIONS_SHOWN);
  const hidden = summary.organisations.length - shown.length;
  return (
    <section className={styles.summary} aria-labelledby="recipient-summary" data-recipient-summary="">
      <h3 id="recipient-summary" className={styles.title}>
        {i18n.t('list.summary.title', { count: recipients.length })}
      </h3>
      <h4 className={styles.subtitle}>{i18n.t('list.byOrganisation')}</h4>
      <ul className={styles.list} role="list">
        {shown.map((org) => (
          <li key={org.domain ?? ''} className={styles.line} data-summary-domain={org.domain ?? ''} data-count={org.total}>
            {/* A domain as sent may carry invisible or right-to-left characters: spelt out, and isolated from the counts. */}
            <bdi className={styles.domain}>{org.domain === null ? i18n.t('list.org.noDomain') : visibleAddress(org.domain)}</bdi>
            <span className={styles.fates}>
              {FATES.filter((fate) => org.counts[fate] > 0)
                .map((fate) => i18n.t(`list.count.${fate}`, { count: org.counts[fate] }))
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {hidden > 0 ? <p className={styles.more}>{i18n.t('list.moreOrganisations', { count: hidden })}</p> : null}
      <h4 className={styles.subtitle}>{i18n.t('list.byReason')}</h4>
      <ul className={styles.list} role="list">
        {summary.reasons.map((line) => (
          <li key={line.code} className={styles.line} data-summary-reason={line.code} data-count={line.count}>
            {i18n.t('list.reasonLine', {
              reason: i18n.t(`reason.${line.code}.title`),
              count: line.count,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
