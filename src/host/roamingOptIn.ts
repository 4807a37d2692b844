import { fail, ok } from '../domain/failure';
import { OPT_IN_SETTING, type SafetyWindowOptIn } from '../domain/safetyWindow';

type OfficeLike = Pick<typeof Office, 'context' | 'AsyncResultStatus'>;

/**
 * The opt-in flag in Outlook's roaming settings (per add-in, per mailbox, Mailbox 1.1): the one
 * store both the task pane and the event handler can read — the JavaScript-only runtime of
 * classic Outlook has no localStorage (office-js-docs-pr docs/testing/runtimes.md).
 */
export function roamingOptIn(office: OfficeLike, minutes: number): SafetyWindowOptIn {
  const settings = office.context.roamingSettings;
  return {
    minutes,
    get: () => settings.get(OPT_IN_SETTING) === true,
    set: (optedIn) =>
      new Promise((resolve) => {
        settings.set(OPT_IN_SETTING, optedIn);
        settings.saveAsync((result) =>
          resolve(result.status === office.AsyncResultStatus.Succeeded ? ok(undefined) : fail({ kind: 'unsupported', what: 'roamingSettings' })),
        );
      }),
  };
}
