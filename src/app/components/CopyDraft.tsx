import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { DraftMessage } from '../../host/outlookHost';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translator } from '../../i18n/translator';
import { CopyOutcome, useCopyToClipboard } from './CopyOutcome';

/** A draft to paste by hand: recipients, subject and the plain text of its body. */
export interface CopyableDraft extends Pick<DraftMessage, 'to' | 'cc' | 'bcc' | 'subject'> {
  readonly body: string;
}

/** The clipboard text: To, Cc and Bcc lines as Outlook's address fields take them, the subject, then the body. */
export function draftClipboardText(draft: CopyableDraft, i18n: Translator): string {
  const addresses = (list: CopyableDraft['to'] | undefined) => (list ?? []).map((r) => r.address).join('; ');
  const lines = [
    ...(draft.to.length > 0 ? [i18n.t('copyDraft.to', { addresses: addresses(draft.to) })] : []),
    ...((draft.cc ?? []).length > 0 ? [i18n.t('copyDraft.cc', { addresses: addresses(draft.cc) })] : []),
    ...((draft.bcc ?? []).length > 0 ? [i18n.t('copyDraft.bcc', { addresses: addresses(draft.bcc) })] : []),
    i18n.t('copyDraft.subject', { subject: draft.subject }),
  ];
  return draft.body.trim() === '' ? lines.join('\n') : `${lines.join('\n')}\n\n${draft.body}`;
}

/**
 * Where Outlook has no new-message form for add-ins (displayNewMessageForm is Mailbox 1.6), each
 * draft is offered to copy instead, and the pane says why and what to do. Without a clipboard the
 * text is shown selected (CopyOutcome), so Ctrl+C does it.
 */
export function CopyDraftButtons({ drafts, primary }: { readonly drafts: readonly CopyableDraft[]; readonly primary: boolean }) {
  const i18n = useI18n();
  const { status, copy } = useCopyToClipboard();
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{i18n.t('copyDraft.unavailable')}</MessageBarBody>
      </MessageBar>
      {drafts.map((draft, index) => (
        <Button
          key={index}
          appearance={primary && index === 0 ? 'primary' : 'secondary'}
          onClick={() => void copy(draftClipboardText(draft, i18n))}
          data-copy-draft={index}
        >
          {drafts.length > 1 ? i18n.t('copyDraft.buttonPart', { part: index + 1, parts: drafts.length }) : i18n.t('copyDraft.button')}
        </Button>
      ))}
      <CopyOutcome status={status} copiedText={i18n.t('copyDraft.copied')} boxLabel={i18n.t('copyDraft.textLabel')} />
    </>
  );
}
