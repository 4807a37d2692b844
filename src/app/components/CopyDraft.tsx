import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { DraftMessage } from '../../host/outlookHost';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translator } from '../../i18n/translator';
import { copyText } from '../incident/exportSummary';

/** A draft to paste by hand: recipients, subject and the plain text of its body. */
interface CopyableDraft extends Pick<DraftMessage, 'to' | 'bcc' | 'subject'> {
  readonly body: string;
}

/** The clipboard text: To and Bcc lines as Outlook's address fields take them, the subject, then the body. */
export function draftClipboardText(draft: CopyableDraft, i18n: Translator): string {
  const addresses = (list: CopyableDraft['to'] | undefined) => (list ?? []).map((r) => r.address).join('; ');
  const lines = [
    ...(draft.to.length > 0 ? [i18n.t('copyDraft.to', { addresses: addresses(draft.to) })] : []),
    ...((draft.bcc ?? []).length > 0 ? [i18n.t('copyDraft.bcc', { addresses: addresses(draft.bcc) })] : []),
    i18n.t('copyDraft.subject', { subject: draft.subject }),
  ];
  return draft.body.trim() === '' ? lines.join('\n') : `${lines.join('\n')}\n\n${draft.body}`;
}

/**
 * Where Outlook has no new-message form for add-ins (displayNewMessageForm is Mailbox 1.6), each
 * draft is offered to copy instead, and the pane says why and what to do. Without a clipboard the
 * text is shown selected, so Ctrl+C does it.
 */
export function CopyDraftButtons({ drafts, primary }: { readonly drafts: readonly CopyableDraft[]; readonly primary: boolean }) {
  const i18n = useI18n();
  const [status, setStatus] = useState<{ kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string }>({ kind: 'idle' });
  const box = useRef<HTMLTextAreaElement>(null);
  const copy = async (draft: CopyableDraft) => {
    const text = draftClipboardText(draft, i18n);
    if (await copyText(text)) return setStatus({ kind: 'copied' });
    setStatus({ kind: 'failed', text });
    // After React has rendered the box.
    setTimeout(() => {
      box.current?.focus();
      box.current?.select();
    }, 0);
  };
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{i18n.t('copyDraft.unavailable')}</MessageBarBody>
      </MessageBar>
      {drafts.map((draft, index) => (
        <Button key={index} appearance={primary && index === 0 ? 'primary' : 'secondary'} onClick={() => void copy(draft)} data-copy-draft={index}>
          {drafts.length > 1 ? i18n.t('copyDraft.buttonPart', { part: index + 1, parts: drafts.length }) : i18n.t('copyDraft.button')}
        </Button>
      ))}
      <div role="status" aria-live="polite">
        {status.kind === 'copied' ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{i18n.t('copyDraft.copied')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {status.kind === 'failed' ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{i18n.t('copyDraft.copyFailed')}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {status.kind === 'failed' ? (
        <Field label={i18n.t('copyDraft.textLabel')}>
          <Textarea textarea={{ ref: box }} readOnly value={status.text} rows={8} resize="vertical" />
        </Field>
      ) : null}
    </>
  );
}
