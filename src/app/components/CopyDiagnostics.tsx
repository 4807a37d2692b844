import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useId, useState } from 'react';
import { diagnosticsText, type DiagnosticsHost } from '../../domain/diagnostics';
import type { HostInfo } from '../../host/outlookHost';
import { useI18n } from '../../i18n/I18nProvider';
import { copyText } from '../incident/exportSummary';
import { useServicesIfAny } from '../services';

const DiagnosticsTextBox = lazy(() => import(/* webpackChunkName: "diagnostics-text" */ './DiagnosticsTextBox'));

const useStyles = makeStyles({
  hint: { margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Only what Office.js says about the client: never the user's address or name. */
function diagnosticsHost(info: HostInfo): DiagnosticsHost {
  return {
    client: info.client,
    accountKind: info.accountKind,
    displayLanguage: info.displayLanguage,
    apiSets: { 'NestedAppAuth 1.1': info.supportsNestedAuth, 'Mailbox 1.6': info.supportsNewMessageForm },
  };
}

/**
 * Where the pane shows a failure or an admin detail: copies what a helpdesk needs to find it
 * (src/domain/diagnostics.ts), with nothing personal in it. Without a clipboard the text is shown
 * selected (DiagnosticsTextBox, loaded only then), so Ctrl+C does it. Absent where the entry keeps no diagnostics (or outside the provider).
 */
export function CopyDiagnostics() {
  const i18n = useI18n();
  const styles = useStyles();
  const services = useServicesIfAny();
  const hintId = useId();
  const [status, setStatus] = useState<{ kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string }>({ kind: 'idle' });
  if (services?.diagnostics === undefined) return null;
  const { diagnostics, host, clock } = services;
  const copy = async () => {
    const text = diagnosticsText(diagnostics, diagnosticsHost(host.info), clock());
    if (await copyText(text)) return setStatus({ kind: 'copied' });
    setStatus({ kind: 'failed', text });
  };
  return (
    <div data-copy-diagnostics="">
      <Button size="small" aria-describedby={hintId} onClick={() => void copy()}>
        {i18n.t('diagnostics.copy')}
      </Button>
      <p id={hintId} className={styles.hint}>
        {i18n.t('diagnostics.hint')}
      </p>
      <div role="status" aria-live="polite">
        {status.kind === 'copied' ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{i18n.t('diagnostics.copied')}</MessageBarBody>
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
          <DiagnosticsTextBox text={status.text} />
        </Suspense>
      ) : null}
    </div>
  );
}
