import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { Checkmark16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { HTML_BODY_LIMIT, htmlBodyBytes, SUBJECT_LIMIT, textToHtml } from '../../domain/draftText';
import type { Audience, FollowUpBatch, FollowUpTemplate, PlannedRecipient } from '../../domain/followUp';
import { useI18n } from '../../i18n/I18nProvider';
import { Actions } from '../components/Actions';
import { CopyDraftButtons } from '../components/CopyDraft';
import { useServices } from '../services';
import type { DraftText } from '../../usecases/followUp/session';

/** How many names the "To:" line spells out before "and N more". */
const NAMES_SHOWN = 3;

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  to: { margin: 0, overflowWrap: 'anywhere' },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  body: { '& textarea': { minHeight: '11em' } },
});

interface DraftCardProps {
  readonly template: FollowUpTemplate;
  readonly audience: Audience;
  /** Whether two cards are on screen (then button names say which audience). */
  readonly bothAudiences: boolean;
  readonly recipients: readonly PlannedRecipient[];
  readonly batches: readonly FollowUpBatch[];
  readonly text: DraftText;
  readonly edited: boolean;
  /** Outsiders at several organisations: everyone in Bcc, so nobody sees the others' addresses. */
  readonly allInBcc: boolean;
  /** Parts (0-based) of this template and audience already opened in Outlook. */
  readonly opened: ReadonlySet<number>;
  readonly onEdit: (text: DraftText) => void;
  readonly onRestore: () => void;
  readonly onOpen: (part: number) => void;
}

/** One follow-up for one audience: who it goes to, its editable text, one button per message. */
export function DraftCard(props: DraftCardProps) {
  const { template, audience, bothAudiences, recipients, batches, text, edited, allInBcc, opened, onEdit, onRestore, onOpen } = props;
  const i18n = useI18n();
  const styles = useStyles();
  const id = useId();
  const { host } = useServices();
  // The "To:" line names only visible recipients: those from Bcc stay unnamed here as in the message.
  const visible = batches.flatMap((b) => b.to);
  const names = visible.slice(0, NAMES_SHOWN).map((r) => r.name || r.address);
  const more = visible.length - names.length;
  const bcc = batches.reduce((n, b) => n + b.bcc.length, 0);
  const tooLong = htmlBodyBytes(textToHtml(text.body)) > HTML_BODY_LIMIT;
  const templateLabel = i18n.t(`alt.${template}.label`);
  const buttonName = (part: number) =>
    batches.length > 1
      ? i18n.t('alt.openPartLabel', { template: templateLabel, part: part + 1, parts: batches.length, audience })
      : bothAudiences
        ? i18n.t('alt.openLabelFor', { template: templateLabel, audience })
        : i18n.t('alt.openLabel', { template: templateLabel });
  return (
    <section className={styles.card} aria-labelledby={`${id}-title`} data-follow-up-draft={audience} data-follow-up-count={recipients.length}>
      <h3 id={`${id}-title`} className={styles.title}>
        {i18n.t('alt.draft.title', { audience, count: recipients.length })}
      </h3>
      {visible.length === 0 ? null : (
        <p className={styles.to}>
          {more > 0 ? i18n.t('alt.draft.toMore', { names: names.join(', '), count: more }) : i18n.t('alt.draft.to', { names: names.join(', ') })}
        </p>
      )}
      {allInBcc ? (
        <p className={styles.note}>{i18n.t('alt.draft.allBcc', { count: bcc })}</p>
      ) : bcc > 0 ? (
        <p className={styles.note}>{i18n.t('alt.draft.bcc', { count: bcc })}</p>
      ) : null}
      {batches.length > 1 ? <p className={styles.note}>{i18n.t('alt.draft.split', { count: batches.length })}</p> : null}
      <Field label={i18n.t('alt.draft.subject')}>
        <Input value={text.subject} maxLength={SUBJECT_LIMIT} onChange={(_, data) => onEdit({ ...text, subject: data.value })} data-draft-subject-input="" />
      </Field>
      <Field
        label={i18n.t('alt.draft.body')}
        {...(tooLong ? { validationState: 'error', validationMessage: i18n.t('alt.draft.tooLong') } : { hint: i18n.t('alt.draft.hint') })}
        className={styles.body}
      >
        <Textarea value={text.body} resize="vertical" rows={9} onChange={(_, data) => onEdit({ ...text, body: data.value })} data-draft-body-input="" />
      </Field>
      <Actions>
        {/* Without Outlook's new-message form (Mailbox 1.6), each message is copied instead. */}
        {!host.info.supportsNewMessageForm ? (
          <CopyDraftButtons drafts={batches.map((b) => ({ to: b.to, bcc: b.bcc, subject: text.subject.trim(), body: text.body }))} primary />
        ) : null}
        {!host.info.supportsNewMessageForm
          ? null
          : batches.map((_, part) => (
              <Button
                key={part}
                appearance={part === 0 || opened.has(part - 1) ? 'primary' : 'secondary'}
                disabled={tooLong}
                {...(opened.has(part) ? { icon: <Checkmark16Regular /> } : {})}
                aria-label={buttonName(part)}
                onClick={() => onOpen(part)}
              >
                {batches.length > 1 ? i18n.t('alt.openPart', { part: part + 1, parts: batches.length }) : i18n.t('alt.open')}
              </Button>
            ))}
        {edited ? (
          <Button appearance="subtle" onClick={onRestore}>
            {i18n.t('alt.draft.restore')}
          </Button>
        ) : null}
      </Actions>
    </section>
  );
}
