import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { diagnosticsText, type DiagnosticsHost } from '../../domain/diagnostics';
import type { HostInfo } from '../../host/outlookHost';
import { useI18n } from '../../i18n/I18nProvider';
import { useServicesIfAny } from '../services';
import { CopyOutcome, useCopyToClipboard } from './CopyOutcome';

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
 * selected (CopyOutcome), so Ctrl+C does it. Absent where the entry keeps no diagnostics (or
 * outside the provider).
 */
export default function CopyDiagnosticsButton() {
  const i18n = useI18n();
  const styles = useStyles();
  const services = useServicesIfAny();
  const hintId = useId();
  const { status, copy } = useCopyToClipboard();
  if (services?.diagnostics === undefined) return null;
  const { diagnostics, host, clock } = services;
  return (
    <div data-copy-diagnostics="">
      <Button size="small" aria-describedby={hintId} onClick={() => void copy(diagnosticsText(diagnostics, diagnosticsHost(host.info), clock()))}>
        {i18n.t('diagnostics.copy')}
      </Button>
      <p id={hintId} className={styles.hint}>
        {i18n.t('diagnostics.hint')}
      </p>
      <CopyOutcome status={status} copiedText={i18n.t('diagnostics.copied')} boxLabel={i18n.t('diagnostics.textLabel')} />
    </div>
  );
}
