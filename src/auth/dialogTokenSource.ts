import { authDialogUrl, parseDialogMessage, type DialogErrorCode } from './dialogMessages';
import type { GraphScope } from './tokenProvider';

export type DialogTokenOutcome =
  | { readonly ok: true; readonly token: string; readonly expiresOn: number | null }
  | { readonly ok: false; readonly reason: DialogErrorCode | 'unavailable' | 'timeout' };

/** Last rung of the ladder: a token from a sign-in page in an Office dialog window. */
export interface DialogTokenSource {
  getToken(scopes: readonly GraphScope[]): Promise<DialogTokenOutcome>;
}

/** What a dialog hands to DialogMessageReceived / DialogEventReceived handlers. */
export type DialogEventArg = { message: string; origin: string | undefined } | { error: number };

export interface DialogHandle {
  addEventHandler(eventType: 'message' | 'event', handler: (arg: DialogEventArg) => void): void;
  close(): void;
}

/** The slice of `Office.context.ui` the fallback needs; officeDialogApi() adapts the real one. */
export interface DialogApi {
  open(url: string, done: (dialog: DialogHandle | null) => void): void;
}

/** Office's code when the user closed the dialog window (DialogEventReceived). */
const DIALOG_CLOSED_BY_USER = 12006;
/** A sign-in left open this long is abandoned: the pane moves on with the degraded path. */
const DEFAULT_TIMEOUT_MS = 5 * 60_000;

export function officeDialogApi(office: typeof Office): DialogApi {
  return {
    open(url, done) {
      // Sign-in pages refuse to be framed: a real window (displayInIframe false) on the web too.
      office.context.ui.displayDialogAsync(url, { height: 60, width: 30, displayInIframe: false }, (result) => {
        if (result.status !== office.AsyncResultStatus.Succeeded) {
          done(null);
          return;
        }
        const dialog = result.value;
        done({
          addEventHandler(eventType, handler) {
            dialog.addEventHandler(eventType === 'message' ? office.EventType.DialogMessageReceived : office.EventType.DialogEventReceived, handler);
          },
          close: () => dialog.close(),
        });
      });
    },
  };
}

interface OfficeDialogTokenSourceOptions {
  readonly api: DialogApi;
  /** The add-in's own origin (where authdialog.html is served); messages from anywhere else are ignored. */
  readonly origin: string;
  /** Path of the pane's page (or its folder), e.g. "/taskpane.html": the dialog page sits next to it. */
  readonly basePath: string;
  readonly timeoutMs?: number;
}

/**
 * Opens authdialog.html in an Office dialog and waits for its one message. Only a well-formed
 * message whose `origin` is exactly the add-in's origin counts; anything else (another origin,
 * a client that reports no origin, malformed JSON) is ignored, and the wait goes on until the
 * dialog answers properly, is closed, or times out.
 */
export class OfficeDialogTokenSource implements DialogTokenSource {
  private readonly origin: string;

  constructor(private readonly options: OfficeDialogTokenSourceOptions) {
    this.origin = normaliseOrigin(options.origin) ?? options.origin;
  }

  getToken(scopes: readonly GraphScope[]): Promise<DialogTokenOutcome> {
    return new Promise((resolve) => {
      let settled = false;
      let dialog: DialogHandle | null = null;
      const finish = (outcome: DialogTokenOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        try {
          dialog?.close();
        } catch {
          // Already closed by the user; nothing to do.
        }
        resolve(outcome);
      };
      const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);

      try {
        this.options.api.open(authDialogUrl(this.origin, this.options.basePath, scopes), (opened) => {
          if (opened === null) {
            finish({ ok: false, reason: 'unavailable' });
            return;
          }
          if (settled) {
            // Timed out before the window opened: don't leave it behind.
            opened.close();
            return;
          }
          dialog = opened;
          opened.addEventHandler('message', (arg) => {
            if (!('message' in arg) || !this.isOwnOrigin(arg.origin)) return;
            const message = parseDialogMessage(arg.message);
            if (message === null) return;
            finish(message.type === 'token' ? { ok: true, token: message.token, expiresOn: message.expiresOn } : { ok: false, reason: message.code });
          });
          opened.addEventHandler('event', (arg) => {
            if (!('error' in arg)) return;
            finish({ ok: false, reason: arg.error === DIALOG_CLOSED_BY_USER ? 'cancelled' : 'failed' });
          });
        });
      } catch {
        finish({ ok: false, reason: 'unavailable' });
      }
    });
  }

  private isOwnOrigin(origin: string | undefined): boolean {
    return origin !== undefined && normaliseOrigin(origin) === this.origin;
  }
}

function normaliseOrigin(value: string): string | null {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
