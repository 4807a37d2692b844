import type { DialogTokenOutcome, DialogTokenSource } from './dialogTokenSource';
import type { GraphScope } from './tokenProvider';

/**
 * The Office dialog fallback, loaded the first time a token is asked of it: the last rung of the
 * sign-in ladder (naaTokenProvider.ts) is rarely reached, so its code stays out of the first
 * render. One source is made and kept; a chunk that fails to load is the dialog being unavailable.
 */
export function lazyDialogTokenSource(load: () => Promise<DialogTokenSource>): DialogTokenSource {
  let source: Promise<DialogTokenSource> | undefined;
  return {
    async getToken(scopes: readonly GraphScope[]): Promise<DialogTokenOutcome> {
      source ??= load();
      try {
        return await (await source).getToken(scopes);
      } catch {
        source = undefined;
        return { ok: false, reason: 'unavailable' };
      }
    },
  };
}
