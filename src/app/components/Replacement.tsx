import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { followUpBatches, recallTargets } from '../../domain/followUp';
import { useI18n } from '../../i18n/I18nProvider';
import type { CheckOutcome } from '../../usecases/check/checkMessage';
import { useServices } from '../services';
import { CopyDraftButtons } from './CopyDraft';

/**
 * "Delete and replace": a new message to everyone the recall is aimed at, Bcc kept hidden, starting
 * from the original subject, like Outlook's own replace option.
 */
export function ReplacementButton({ outcome, primary }: { outcome: CheckOutcome; primary: boolean }) {
  const i18n = useI18n();
  const { host } = useServices();
  const [status, setStatus] = useState<'idle' | 'opened' | 'failed'>('idle');
  // Outlook's form takes 100 recipients per field: one message per batch, one button each.
  const batches = followUpBatches(recallTargets(outcome.assessment));
  const subject = outcome.subject.slice(0, 255);
  if (!host.info.supportsNewMessageForm)
    return <CopyDraftButtons drafts={batches.map((b) => ({ to: b.to, bcc: b.bcc, subject, body: '' }))} primary={primary} />;
  const open = async (index: number) => {
    const batch = batches[index];
    if (batch === undefined) return;
    try {
      await host.openNewMessage({ to: batch.to, bcc: batch.bcc, subject, htmlBody: '' });
      setStatus('opened');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <>
      {batches.map((_, index) => (
        <Button key={index} appearance={primary ? 'primary' : 'secondary'} onClick={() => void open(index)}>
          {i18n.t('act.openReplacement')}
          {batches.length > 1 ? ` ${index + 1}/${batches.length}` : ''}
        </Button>
      ))}
      {status !== 'idle' ? (
        <MessageBar intent={status === 'opened' ? 'success' : 'error'} layout="multiline" politeness="polite">
          <MessageBarBody>{status === 'opened' ? i18n.t('alt.opened') : i18n.t('alt.openFailed', { failure: i18n.t('failure.unsupported') })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
