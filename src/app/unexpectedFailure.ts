import type { DiagnosticsLog } from '../domain/diagnostics';
import { newCorrelationId, type Failure } from '../domain/failure';

/**
 * An unexpected failure the pane shows with a reference: the same reference is kept for
 * "Copy diagnostics", so what the user reads to the helpdesk is what the helpdesk gets pasted.
 */
export function unexpectedFailure({ diagnostics }: { readonly diagnostics?: DiagnosticsLog | undefined }): Extract<Failure, { kind: 'unexpected' }> {
  const failure = { kind: 'unexpected', correlationId: newCorrelationId() } as const;
  diagnostics?.record(failure);
  return failure;
}
