import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { copyText } from '../incident/exportSummary';

const SelectedTextBox = lazy(() => import(/* webpackChunkName: "selected-text" */ './SelectedTextBox'));

type CopyStatus = { readonly kind: 'idle' } | { readonly kind: 'copied' } | { readonly kind: 'failed'; readonly text: string };

/** Copies a text to the clipboard and remembers how it went, for CopyOutcome to say. */
export function useCopyToClipboard(): { readonly status: CopyStatus; readonly copy: (text: string) => Promise<void> } {
  const [status, setStatus] = useState<CopyStatus>({ kind: 'idle' });
  const copy = useCallback(async (text: string) => setStatus((await copyText(text)) ? { kind: 'copied' } : { kind: 'failed', text }), []);
  return { status, copy };
}

/**
 * How a copy went, announced politely: copied (with what to do next), or refused — common in
 * Office webviews — and then the text itself, selected, so Ctrl+C does it.
 */
export function CopyOutcome({ status, copiedText, boxLabel }: { readonly status: CopyStatus; readonly copiedText: string; readonly boxLabel: string }) {
  const i18n = useI18n();
  return (
    <>
      <div role="status" aria-live="polite">
        {status.kind === 'copied' ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{copiedText}</MessageBarBody>
          </MessageBar>
        ) : null}
        {status.kind === 'failed' ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{i18n.t('copyDraft.copyFailed')}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {status.kind === 'failed' ? (
        <Suspense fallback={null}>
          <SelectedTextBox text={status.text} label={boxLabel} />
        </Suspense>
      ) : null}
    </>
  );
}
