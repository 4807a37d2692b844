import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { Checkmark16Regular } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { ReplacementStatus } from '../../domain/replacement';
import type { CheckOutcome } from '../../usecases/check/checkMessage';
import { useFollowUpSession } from '../followUp/FollowUpSession';
import { usePlan } from '../RecallPlanProvider';
import { useServices } from '../services';
import { useReplacement, type ReplacementActions } from '../useReplacement';
import { Actions } from './Actions';
import { CopyOutcome, useCopyToClipboard } from './CopyOutcome';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalM} 0`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  text: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * "Delete and replace", after the recall: the replacement is the next step, prefilled from the
 * original (subject, text with a marker, each recipient in their field), until it is opened or the
 * user decides none is needed. Nothing when no replacement was chosen. Its state is the DOM's
 * `data-replacement="due|opened|skipped|by-outlook"`.
 */
export function ReplacementCard({ outcome }: { outcome: CheckOutcome }) {
  const { plan } = usePlan();
  const status = plan.replacement;
  return status === null ? null : <ReplacementStatusCard outcome={outcome} status={status} />;
}

function ReplacementStatusCard({ outcome, status }: { outcome: CheckOutcome; status: ReplacementStatus }) {
  const i18n = useI18n();
  const styles = useStyles();
  const id = useId();
  const replacement = useReplacement(outcome);
  const recipients = replacement.batches.reduce((n, b) => n + b.to.length + (b.cc ?? []).length + b.bcc.length, 0);
  return (
    <section className={styles.card} aria-labelledby={`${id}-title`} data-replacement={status}>
      <h3 id={`${id}-title`} className={styles.title}>
        {i18n.t(`replace.title.${status}`)}
      </h3>
      {status === 'by-outlook' ? <p className={styles.text}>{i18n.t('replace.byOutlook')}</p> : null}
      {status === 'due' ? (
        <>
          <p className={styles.text}>{i18n.t('replace.intro', { count: recipients, marker: i18n.t('replace.marker') })}</p>
          <p className={styles.note}>{i18n.t('replace.notCopied')}</p>
          {/* Without Graph, read mode gives no Bcc (and some clients cut long lists): say who may be missing. */}
          {outcome.gaps.some((g) => g.kind === 'bcc' || g.kind === 'truncated') ? <p className={styles.note}>{i18n.t('replace.unseen')}</p> : null}
        </>
      ) : null}
      {status === 'due' || status === 'opened' ? <OpenButtons replacement={replacement} due={status === 'due'} /> : null}
      {status === 'skipped' ? (
        <Actions>
          <Button onClick={() => replacement.skip(false)}>{i18n.t('plan.undo')}</Button>
        </Actions>
      ) : null}
    </section>
  );
}

/** One button per part (Outlook's form takes 100 recipients a field), and "Don't send a replacement" while it is due. */
function OpenButtons({ replacement, due }: { replacement: ReplacementActions; due: boolean }) {
  const i18n = useI18n();
  const { host } = useServices();
  // Which parts were opened is the session's (it survives a reload); the first one left leads.
  const opened = new Set(useFollowUpSession().session.replacement?.opened ?? []);
  const { batches, result, busy } = replacement;
  const parts = batches.length;
  const next = batches.findIndex((_, part) => !opened.has(part));
  const label = (part: number, copy: boolean) =>
    parts > 1 ? i18n.t(copy ? 'replace.copyPart' : 'replace.openPart', { part: part + 1, parts }) : i18n.t(copy ? 'replace.copy' : 'replace.open');
  const skip = due ? <Button onClick={() => replacement.skip(true)}>{i18n.t('replace.skip')}</Button> : null;
  if (!host.info.supportsNewMessageForm)
    return <CopyButtons replacement={replacement} label={(part) => label(part, true)} lead={due ? next : -1} skip={skip} />;
  return (
    <>
      <Actions>
        {batches.map((_, part) => (
          <Button
            key={part}
            appearance={due && part === next ? 'primary' : 'secondary'}
            disabled={busy}
            {...(opened.has(part) ? { icon: <Checkmark16Regular /> } : {})}
            onClick={() => void replacement.open(part)}
          >
            {label(part, false)}
          </Button>
        ))}
        {skip}
      </Actions>
      <div role="status" aria-live="polite">
        {result?.kind === 'opened' ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{parts > 1 ? i18n.t('replace.openedPart', { part: result.part + 1, parts }) : i18n.t('replace.opened')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {result?.kind === 'opened' && result.copied !== 'whole' ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{i18n.t(`replace.body.${result.copied}`)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {result?.kind === 'failed' ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{i18n.t('alt.openFailed', { failure: i18n.t('failure.unsupported') })}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </>
  );
}

/**
 * Where Outlook can't open a prefilled form (displayNewMessageForm is Mailbox 1.6): each part is
 * copied (recipients by field, subject, marker and the original's text) to paste into a new message.
 */
function CopyButtons({ replacement, label, lead, skip }: { replacement: ReplacementActions; label: (part: number) => string; lead: number; skip: ReactNode }) {
  const i18n = useI18n();
  const { status, copy } = useCopyToClipboard();
  const copyPart = async (part: number) => {
    const text = await replacement.clipboardText(part);
    if (text === null) return;
    await copy(text);
    replacement.markOpened(part);
  };
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{i18n.t('copyDraft.unavailable')}</MessageBarBody>
      </MessageBar>
      <Actions>
        {replacement.batches.map((_, part) => (
          <Button key={part} appearance={part === lead ? 'primary' : 'secondary'} onClick={() => void copyPart(part)} data-copy-draft={part}>
            {label(part)}
          </Button>
        ))}
        {skip}
      </Actions>
      <CopyOutcome status={status} copiedText={i18n.t('copyDraft.copied')} boxLabel={i18n.t('copyDraft.textLabel')} />
    </>
  );
}
