import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { visibleAddress, type MailboxKey } from '../../domain/address';
import type { RecipientAssessment } from '../../domain/assessment';
import type { RecipientField } from '../../domain/facts';
import type { RecallPolicy } from '../../domain/policy';
import type { MessageReason, ReasonCode } from '../../domain/reasonCodes';
import type { PlanOutcome } from '../../domain/recallPlan';
import type { Verdict } from '../../domain/verdict';
import { useI18n } from '../../i18n/I18nProvider';
import { ReasonText } from './ReasonText';
import { RecipientSummaryView } from './RecipientSummaryView';
import { AttributeRows, type RowAttributes } from './AttributeRows';
import { prefetchVirtualRows, VIRTUALIZE_FROM, VirtualList } from './VirtualList';

const VERDICT_ORDER: readonly Verdict[] = ['not-recallable', 'uncertain', 'recallable'];

const DOT = { width: '10px', height: '10px', borderRadius: '50%', flexShrink: 0, marginTop: '5px' } as const;
const CHEVRON = {
  width: '6px',
  height: '6px',
  flexShrink: 0,
  marginInlineEnd: '4px',
  borderTop: `1.5px solid ${tokens.colorNeutralForeground2}`,
  borderRight: `1.5px solid ${tokens.colorNeutralForeground2}`,
} as const;

const useStyles = makeStyles({
  groups: { marginTop: tokens.spacingVerticalXL },
  group: { marginBottom: tokens.spacingVerticalM },
  groupTitle: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
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
  // The verdict dot: one class per verdict, so a row needs no class merging.
  recallable: { ...DOT, backgroundColor: tokens.colorPaletteGreenForeground1 },
  uncertain: { ...DOT, backgroundColor: tokens.colorPaletteMarigoldBorderActive },
  'not-recallable': { ...DOT, backgroundColor: tokens.colorPaletteRedForeground1 },
  // After a recall the dot tells its outcome; still running is neither good nor bad yet.
  pending: { ...DOT, backgroundColor: tokens.colorNeutralForeground3 },
  recalledWord: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  failedWord: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  waitingWord: { color: tokens.colorNeutralForeground2 },
  // A chevron drawn with two borders: › when closed, rotated to point down when open.
  chevron: { ...CHEVRON, marginTop: '6px', transform: 'rotate(45deg)' },
  chevronOpen: { ...CHEVRON, marginTop: '4px', transform: 'rotate(135deg)' },
  details: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} 28px`, margin: 0 },
});

/** The words every row repeats, worked out once per list rather than once per row. */
function useRowText() {
  const i18n = useI18n();
  return useMemo(() => {
    const cache = new Map<string, string>();
    const memo = (key: string, make: () => string) => {
      let value = cache.get(key);
      if (value === undefined) {
        value = make();
        cache.set(key, value);
      }
      return value;
    };
    return {
      fields: (fields: readonly RecipientField[]) => memo(`f:${fields.join()}`, () => fields.map((f) => i18n.t(`recipient.field.${f}`)).join(', ')),
      reasonTitle: (code: ReasonCode) => memo(`r:${code}`, () => i18n.t(`reason.${code}.title`)),
      outcome: (outcome: PlanOutcome) => memo(`o:${outcome}`, () => i18n.t(`plan.outcome.${outcome}`)),
      noAddress: i18n.t('recipient.noAddress'),
    };
  }, [i18n]);
}

type RowText = ReturnType<typeof useRowText>;
type RowClasses = ReturnType<typeof useStyles>;

/** From this many recipients the list opens with a summary and keeps the recallable ones folded. */
export const SUMMARY_FROM = 20;
/**
 * A rendered row's height before it is measured: name, address and summary lines, padding and
 * the border, as measured in a 350 px pane (en and ru). A long list's rows in view are rendered
 * once: a guess that matches their measured height needs no second render to move them.
 */
const ROW_HEIGHT = 77;

/**
 * A row's DOM contract (docs/scenarios.md): the address as sent, its verdict and its own reasons,
 * and once a recall was requested what it did for them (`data-recall`, the track step's outcome).
 */
export function verdictAttributes(r: RecipientAssessment, recall?: PlanOutcome | null): RowAttributes {
  const row = { 'data-recipient': r.address, 'data-verdict': r.verdict, 'data-reasons': r.reasons.join(' ') };
  return recall ? { ...row, 'data-recall': recall } : row;
}
const contractOf = (r: RecipientAssessment) => verdictAttributes(r);
const keyOf = (r: RecipientAssessment) => r.parsed.key;

/** After a recall a row's dot says what it did for them: done, running, or not (or not known). */
const OUTCOME_DOT: Readonly<Record<PlanOutcome, Verdict | 'pending'>> = {
  recalled: 'recallable',
  pending: 'pending',
  unknown: 'uncertain',
  failed: 'not-recallable',
  'not-targeted': 'not-recallable',
};
/** The outcome's word on the row; none where the group's title says it already ("The recall can't reach"). */
const OUTCOME_WORD: Readonly<Record<PlanOutcome, 'recalledWord' | 'failedWord' | 'waitingWord' | null>> = {
  recalled: 'recalledWord',
  pending: 'waitingWord',
  unknown: 'waitingWord',
  failed: 'failedWord',
  'not-targeted': null,
};

/**
 * Recipients grouped by verdict (worst first), each row expandable to its reasons. Long lists
 * open with a summary by organisation and by reason, fold the recallable group (the ones that
 * need nothing from the sender), and render only the rows in view (VirtualList): every
 * recipient's DOM contract attributes stay readable, on its row or on a hidden attribute row.
 * `blockedBy`: the message-level reason that overrides every row's own verdict, if any;
 * `cappedBy`: the message-level caution that keeps a row's own "recallable" at uncertain, if any.
 * `contract={false}` (a provisional verdict) leaves the contract attributes out altogether.
 * `recall`: once a recall was requested, what it did for each recipient (the plan's outcome): the
 * groups then say whom it was requested for, and each row its outcome (and `data-recall`).
 */
export function RecipientList({
  recipients,
  policy,
  blockedBy,
  cappedBy,
  contract = true,
  recall,
}: {
  recipients: readonly RecipientAssessment[];
  policy: RecallPolicy;
  blockedBy?: MessageReason | undefined;
  cappedBy?: MessageReason | undefined;
  contract?: boolean;
  recall?: ReadonlyMap<MailboxKey, PlanOutcome> | undefined;
}) {
  const i18n = useI18n();
  const styles = useStyles();
  const text = useRowText();
  const large = recipients.length > SUMMARY_FROM;
  const [unfolded, setUnfolded] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<MailboxKey>>(() => new Set());
  const toggleRow = useCallback((key: MailboxKey) => setOpen((now) => toggled(now, key)), []);
  const groups = useMemo(() => VERDICT_ORDER.map((verdict) => ({ verdict, rows: recipients.filter((r) => r.verdict === verdict) })), [recipients]);
  const attributes = useMemo(
    () => (!contract ? undefined : recall === undefined ? contractOf : (r: RecipientAssessment) => verdictAttributes(r, recall.get(r.parsed.key))),
    [contract, recall],
  );
  // A row capped by a caution names it, as a blocked row names its blocker.
  const rowBlocker = (r: RecipientAssessment) => blockedBy ?? (r.verdict !== r.recipientVerdict ? cappedBy : undefined);
  const longFoldedGroup = large && (groups.find((g) => g.verdict === 'recallable')?.rows.length ?? 0) > VIRTUALIZE_FROM;
  useEffect(() => {
    if (longFoldedGroup) prefetchVirtualRows();
  }, [longFoldedGroup]);
  return (
    <div className={styles.groups} data-recipient-list="">
      {large ? <RecipientSummaryView recipients={recipients} blockedBy={blockedBy} cappedBy={cappedBy} /> : null}
      {groups.map(({ verdict, rows }) => {
        if (rows.length === 0) return null;
        const titleId = `group-${verdict}`;
        const title = i18n.t(recall === undefined ? `group.${verdict}` : `group.afterRecall.${verdict}`, { count: rows.length });
        const foldable = large && verdict === 'recallable';
        const folded = foldable && !unfolded;
        return (
          <section key={verdict} className={styles.group} aria-labelledby={titleId} data-group={verdict}>
            <h3 id={titleId} className={styles.groupTitle}>
              {title}
            </h3>
            {foldable ? (
              <Button appearance="subtle" size="small" aria-expanded={!folded} onClick={() => setUnfolded(folded)} data-fold={folded ? 'folded' : 'open'}>
                {folded ? i18n.t('list.showGroup', { count: rows.length }) : i18n.t('list.hideGroup')}
              </Button>
            ) : null}
            {folded ? (
              attributes ? (
                <AttributeRows items={rows} attributes={attributes} />
              ) : null
            ) : (
              <VirtualList
                items={rows}
                itemKey={keyOf}
                label={title}
                estimateSize={ROW_HEIGHT}
                rowClassName={styles.row}
                attributes={attributes}
                renderItem={(r) => (
                  <RecipientRow
                    recipient={r}
                    policy={policy}
                    blockedBy={rowBlocker(r)}
                    outcome={recall?.get(keyOf(r))}
                    styles={styles}
                    text={text}
                    open={open.has(keyOf(r))}
                    onToggle={toggleRow}
                  />
                )}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

interface RowProps {
  readonly recipient: RecipientAssessment;
  readonly open: boolean;
  readonly onToggle: (key: MailboxKey) => void;
  readonly policy: RecallPolicy;
  /** The message-level code that decided this row's verdict instead of its own reasons. */
  readonly blockedBy: MessageReason | undefined;
  /** What the recall requested for this message did for them; undefined before any recall. */
  readonly outcome: PlanOutcome | undefined;
  readonly styles: RowClasses;
  readonly text: RowText;
}

/** A row's content; its `<li>` (and the contract attributes on it) belongs to VirtualList. */
const RecipientRow = memo(function RecipientRow({ recipient, policy, blockedBy, outcome, styles, text, open, onToggle }: RowProps) {
  // A disguised address is shown with its invisible characters spelt out (data-recipient keeps it as sent).
  const shownAddress = visibleAddress(recipient.address);
  const displayName = recipient.name || shownAddress || text.noAddress;
  // Under a message-level blocker the row says why nobody can be reached, not where the mailbox is.
  const firstReason = blockedBy ?? recipient.decisiveReason;
  const detailsId = useId();
  return (
    <>
      <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={detailsId} onClick={() => onToggle(recipient.parsed.key)}>
        <span className={styles[outcome === undefined ? recipient.verdict : OUTCOME_DOT[outcome]]} aria-hidden="true" />
        <span className={styles.who}>
          <span className={styles.name}>{displayName}</span>
          {recipient.name && recipient.address ? <span className={styles.address}>{shownAddress}</span> : null}
          <span className={styles.summary}>
            {text.fields(recipient.fields)}
            {firstReason ? ` · ${text.reasonTitle(firstReason)}` : ''}
            {outcome === undefined || OUTCOME_WORD[outcome] === null ? null : (
              <>
                {' · '}
                <span className={styles[OUTCOME_WORD[outcome]]}>{text.outcome(outcome)}</span>
              </>
            )}
          </span>
        </span>
        <span className={open ? styles.chevronOpen : styles.chevron} aria-hidden="true" />
      </button>
      {open ? <RowDetails id={detailsId} recipient={recipient} policy={policy} name={displayName} className={styles.details} /> : null}
    </>
  );
});

function RowDetails({
  id,
  recipient,
  policy,
  name,
  className,
}: {
  id: string;
  recipient: RecipientAssessment;
  policy: RecallPolicy;
  name: string;
  className: string;
}) {
  const i18n = useI18n();
  return (
    <ul id={id} className={className} aria-label={i18n.t('recipient.details', { name })}>
      {recipient.reasons.map((code) => (
        <li key={code}>
          <ReasonText code={code} policy={policy} recipient={recipient} />
        </li>
      ))}
    </ul>
  );
}
