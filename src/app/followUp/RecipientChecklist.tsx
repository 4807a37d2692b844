import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useId, useMemo } from 'react';
import { includedByRule, type FollowUpPlan, type PlannedRecipient } from '../../domain/followUp';
import { useI18n } from '../../i18n/I18nProvider';
import { VirtualList } from '../components/VirtualList';

/** A row's height before it is measured: name, address and the reason line. */
const ROW_HEIGHT = 64;

const keyOf = (planned: PlannedRecipient) => planned.recipient.parsed.key;
const attributesOf = (planned: PlannedRecipient) => ({
  'data-follow-up-recipient': planned.recipient.parsed.normalised,
  'data-included': String(planned.included),
  'data-why': planned.why,
});

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXXS}` },
  intro: { color: tokens.colorNeutralForeground2, margin: `0 0 ${tokens.spacingVerticalXS}` },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
  label: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  address: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  why: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * Everyone on the message with the rule's decision and its reason; a tick adds or removes them.
 * The order never changes when a box is ticked, so keyboard focus stays on the same person. A long
 * list renders only the rows in view (VirtualList); every row's data attributes stay in the DOM.
 */
export const RecipientChecklist = memo(function RecipientChecklist({
  plan,
  onChange,
}: {
  plan: FollowUpPlan;
  onChange: (planned: PlannedRecipient, included: boolean) => void;
}) {
  const i18n = useI18n();
  const styles = useStyles();
  const id = useId();
  // Those the rule includes first, then the rest, each in the message's order.
  const ordered = useMemo(() => [...plan.all.filter(includedByRule), ...plan.all.filter((p) => !includedByRule(p))], [plan.all]);
  const heading = i18n.t('alt.who.heading');
  return (
    <section aria-labelledby={`${id}-heading`} data-follow-up-recipients="">
      <h3 id={`${id}-heading`} className={styles.heading}>
        {heading}
      </h3>
      <p className={styles.intro}>{i18n.t('alt.who.intro', { included: plan.included.length, total: plan.all.length })}</p>
      <VirtualList
        items={ordered}
        itemKey={keyOf}
        label={heading}
        estimateSize={ROW_HEIGHT}
        rowClassName={styles.row}
        attributes={attributesOf}
        renderItem={(planned) => <Row planned={planned} onChange={onChange} />}
      />
    </section>
  );
});

function Row({ planned, onChange }: { planned: PlannedRecipient; onChange: (planned: PlannedRecipient, included: boolean) => void }) {
  const i18n = useI18n();
  const styles = useStyles();
  const r = planned.recipient;
  const display = r.name || r.address || i18n.t('recipient.noAddress');
  // Where the mailbox is and any qualifier (a group with outsiders, already read), in the rule's order.
  const reasons = r.reasons.map((code) => i18n.t(`reason.${code}.title`)).join(' · ');
  const changed = planned.why === 'ADDED_BY_USER' || planned.why === 'REMOVED_BY_USER';
  return (
    <Checkbox
      checked={planned.included}
      disabled={planned.ruleWhy === 'MALFORMED' || planned.ruleWhy === 'SENDER'}
      onChange={(_, data) => onChange(planned, data.checked === true)}
      label={
        <span className={styles.label}>
          <span className={styles.name}>{display}</span>
          {r.name && r.address ? <span className={styles.address}>{r.address}</span> : null}
          <span className={styles.why}>
            {reasons ? `${reasons} · ` : ''}
            {i18n.t(`followUp.why.${planned.ruleWhy}`)}
            {changed ? ` · ${i18n.t(`followUp.why.${planned.why}`)}` : ''}
          </span>
        </span>
      }
    />
  );
}
