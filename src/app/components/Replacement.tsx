import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { followUpBatches, recallTargets } from '../../domain/followUp';
import { useI18n } from '../../i18n/I18nProvider';
import type { CheckOutcome } from '../checkMessage';
import { useServices } from '../services';

/**
 * "Delete and replace": a new message to everyone the recall is aimed at, Bcc kept hidden, starting
 * from the original subject, like Outlook's own replace option.
 */
export function ReplacementButton({ outcome, primary }: { outcome: CheckOutcome; primary: boolean }) {
  const i18n = useI18n();
  const { host } = useServices();
  const [status, setStatus] = useState<'idle' | 'opened' | 'failed'>('idle');
  const open = async () => {
    const [batch] = followUpBatches(recallTargets(outcome.assessment));
    try {
      await host.openNewMessage({ to: batch?.to ?? [], bcc: batch?.bcc ?? [], subject: outcome.subject.slice(0, 255), htmlBody: '' });
      setStatus('opened');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <>
      <Button appearance={primary ? 'primary' : 'secondary'} onClick={() => void open()}>
        {i18n.t('act.openReplacement')}
      </Button>
      {status !== 'idle' ? (
        <MessageBar intent={status === 'opened' ? 'success' : 'error'} politeness="polite">
          <MessageBarBody>{status === 'opened' ? i18n.t('alt.opened') : i18n.t('alt.openFailed', { failure: i18n.t('failure.unsupported') })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
