import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { memo, useId, useState } from 'react';
import type { RecipientAssessment } from '../../domain/assessment';
import type { RecallPolicy } from '../../domain/policy';
import type { MessageReason } from '../../domain/reasonCodes';
import type { Verdict } from '../../domain/verdict';
import { useI18n } from '../../i18n/I18nProvider';
import { ReasonText } from './ReasonText';

const VERDICT_ORDER: readonly Verdict[] = ['not-recallable', 'uncertain', 'recallable'];

const useStyles = makeStyles({
  groups: { marginTop: tokens.spacingVerticalXL },
  group: { marginBottom: tokens.spacingVerticalM },
  groupTitle: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  toggle: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  address: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  summary: { fontSize: tokens.fontSizeBase200 },
  dot: { width: '10px', height: '10px', borderRadius: '50%', flexShrink: 0, marginTop: '5px' },
  recallable: { backgroundColor: tokens.colorPaletteGreenForeground1 },
  uncertain: { backgroundColor: tokens.colorPaletteMarigoldBorderActive },
  'not-recallable': { backgroundColor: tokens.colorPaletteRedForeground1 },
  details: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} 28px`, margin: 0 },
});

/** Recipients grouped by verdict (worst first), each row expandable to its reasons. */
/** `blockedBy`: the message-level reason that overrides every row's own verdict, if any. */
export function RecipientList({ recipients, policy, blockedBy }: { recipients: readonly RecipientAssessment[]; policy: RecallPolicy; blockedBy?: MessageReason | undefined }) {
  const i18n = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.groups}>
      {VERDICT_ORDER.map((verdict) => {
        const group = recipients.filter((r) => r.verdict === verdict);
        if (group.length === 0) return null;
        const titleId = `group-${verdict}`;
        return (
          <section key={verdict} className={styles.group} aria-labelledby={titleId}>
            <h3 id={titleId} className={styles.groupTitle}>
              {i18n.t(`group.${verdict}`, { count: group.length })}
            </h3>
            <ul className={styles.list}>
              {group.map((r) => (
                <RecipientRow key={r.parsed.normalised} recipient={r} policy={policy} blockedBy={blockedBy} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

const RecipientRow = memo(function RecipientRow({ recipient, policy, blockedBy }: { recipient: RecipientAssessment; policy: RecallPolicy; blockedBy: MessageReason | undefined }) {
  const i18n = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const displayName = recipient.name || recipient.address || i18n.t('recipient.noAddress');
  const fields = recipient.fields.map((f) => i18n.t(`recipient.field.${f}`)).join(', ');
  // Under a message-level blocker the row says why nobody can be reached, not where the mailbox is.
  const firstReason = blockedBy ?? recipient.reasons[0];
  const detailsId = useId();
  return (
    <li className={styles.row} data-recipient={recipient.address} data-verdict={recipient.verdict} data-reasons={recipient.reasons.join(' ')}>
      <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span className={mergeClasses(styles.dot, styles[recipient.verdict])} aria-hidden="true" />
        <span className={styles.who}>
          <span className={styles.name}>{displayName}</span>
          {recipient.name && recipient.address ? <span className={styles.address}>{recipient.address}</span> : null}
          <span className={styles.summary}>
            {fields}
            {firstReason ? ` · ${i18n.t(`reason.${firstReason}.title`)}` : ''}
          </span>
        </span>
        {open ? <ChevronDown16Regular aria-hidden="true" /> : <ChevronRight16Regular aria-hidden="true" />}
      </button>
      {open ? (
        <ul id={detailsId} className={styles.details} aria-label={i18n.t('recipient.details', { name: displayName })}>
          {recipient.reasons.map((code) => (
            <li key={code}>
              <ReasonText code={code} policy={policy} recipient={recipient} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
});
