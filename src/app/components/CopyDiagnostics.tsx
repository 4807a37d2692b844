import { Component, lazy, Suspense, type ReactNode } from 'react';

const CopyDiagnosticsButton = lazy(() => import(/* webpackChunkName: "copy-diagnostics" */ './CopyDiagnosticsButton'));

/** A chunk that can't load (offline, a new deployment) leaves the button out, never the pane. */
class NothingIfUnloadable extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * "Copy diagnostics" where the pane shows a failure (CopyDiagnosticsButton.tsx), loaded when a
 * failure is shown: on a pane that works it is never needed, so it stays out of the first render.
 */
export function CopyDiagnostics() {
  return (
    <NothingIfUnloadable>
      <Suspense fallback={null}>
        <CopyDiagnosticsButton />
      </Suspense>
    </NothingIfUnloadable>
  );
}
