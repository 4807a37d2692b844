import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { newCorrelationId } from '../domain/failure';
import { useI18n } from '../i18n/I18nProvider';
import { CopyDiagnostics } from './components/CopyDiagnostics';
import { useServicesIfAny } from './services';

function Fallback({ correlationId, onRetry }: { correlationId: string; onRetry: () => void }) {
  const i18n = useI18n();
  const services = useServicesIfAny();
  // The reference on screen is the one "Copy diagnostics" gives the helpdesk.
  useEffect(() => services?.diagnostics?.record({ kind: 'unexpected', correlationId }), [services, correlationId]);
  return (
    <main>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{i18n.t('app.error.title')}</MessageBarTitle>
          {i18n.failure({ kind: 'unexpected', correlationId })}
        </MessageBarBody>
      </MessageBar>
      <Button onClick={onRetry}>{i18n.t('app.error.retry')}</Button>
      <CopyDiagnostics />
    </main>
  );
}

/**
 * React 18's production build prints every error a boundary catches with `console.error(error)`:
 * its message and stack, which can carry addresses or message text. While the boundary is
 * mounted in a production build, exactly those calls (a lone Error) are dropped; everything else
 * reaches the console as before. Returns the undo.
 */
export function quietCaughtErrors(target: Pick<Console, 'error'> = console): () => void {
  const original = target.error;
  target.error = (...args: unknown[]) => {
    if (args.length === 1 && args[0] instanceof Error) return;
    original.apply(target, args);
  };
  return () => {
    target.error = original;
  };
}

const PRODUCTION = process.env.NODE_ENV === 'production';

/**
 * A rendering error must never leave a blank pane: show what happened (a reference, never the
 * error's text, which may hold message content) and a way to start again.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { correlationId: string | null }> {
  override state: { correlationId: string | null } = { correlationId: null };
  private restoreConsole: (() => void) | null = null;

  override componentDidMount(): void {
    if (PRODUCTION) this.restoreConsole = quietCaughtErrors();
  }

  override componentWillUnmount(): void {
    this.restoreConsole?.();
    this.restoreConsole = null;
  }

  static getDerivedStateFromError(): { correlationId: string } {
    return { correlationId: newCorrelationId() };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Deliberately not logged: errors can carry addresses or message text.
  }

  override render() {
    if (this.state.correlationId !== null) {
      return <Fallback correlationId={this.state.correlationId} onRetry={() => this.setState({ correlationId: null })} />;
    }
    return this.props.children;
  }
}
