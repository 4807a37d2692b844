/**
 * An Office.js compose item as the event runtime sees it: `Office.context.mailbox.item` with
 * to/cc/bcc, delayDeliveryTime, notificationMessages and getInitializationContextAsync,
 * plus diagnostics, requirement sets, display language and roaming settings. Only the shapes
 * documented in office-js-docs-reference (office.messagecompose.yml, office.delaydeliverytime.yml)
 * are offered, each answering through an AsyncResult callback as Outlook does.
 */
interface Person {
  readonly name: string;
  readonly address: string;
}

export interface ComposeStandInOptions {
  to?: Person[];
  cc?: Person[];
  bcc?: Person[];
  hostName?: string;
  platform?: string;
  mailbox?: string;
  displayLanguage?: string;
  accountType?: string;
  sender?: string;
  deliveryTime?: Date | 0;
  optedIn?: boolean;
  contextData?: string | null;
  failSetDelivery?: boolean;
  failRecipients?: boolean;
}

type Callback<T> = (result: { status: string; value: T; error?: { name: string } }) => void;

export function composeStandIn(options: ComposeStandInOptions = {}) {
  const calls = { setDelivery: [] as Date[], notifications: [] as { key: string; message: string; type: string }[] };
  let deliveryTime: Date | 0 = options.deliveryTime ?? 0;
  const succeeded = <T>(cb: Callback<T>, value: T) => cb({ status: 'succeeded', value });
  const failed = <T>(cb: Callback<T>, value: T) => cb({ status: 'failed', value, error: { name: 'GenericResponseError' } });
  const recipients = (people: Person[] = []) => ({
    getAsync: (cb: Callback<{ displayName: string; emailAddress: string }[]>) =>
      options.failRecipients ? failed(cb, []) : succeeded(cb, people.map((p) => ({ displayName: p.name, emailAddress: p.address, recipientType: 'other' }))),
  });
  const [major, minor] = (options.mailbox ?? '1.15').split('.').map(Number) as [number, number];
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      diagnostics: { platform: options.platform ?? 'OfficeOnline' },
      requirements: {
        isSetSupported: (name: string, version: string) => {
          if (name !== 'Mailbox') return false;
          const [m, n] = version.split('.').map(Number) as [number, number];
          return m < major || (m === major && n <= minor);
        },
      },
      roamingSettings: { get: (key: string) => (key === 'safetyWindowOptIn' ? (options.optedIn ?? false) : undefined) },
      mailbox: {
        diagnostics: { hostName: options.hostName ?? 'OutlookWebApp' },
        userProfile: { accountType: options.accountType ?? 'office365', emailAddress: options.sender ?? 'alex.morgan@contoso.com', displayName: 'Alex Morgan' },
        item: {
          to: recipients(options.to),
          cc: recipients(options.cc),
          bcc: recipients(options.bcc),
          delayDeliveryTime: {
            getAsync: (cb: Callback<Date | 0>) => succeeded(cb, deliveryTime),
            setAsync: (at: Date, cb: Callback<void>) => {
              if (options.failSetDelivery) return failed(cb, undefined);
              calls.setDelivery.push(at);
              deliveryTime = at;
              succeeded(cb, undefined);
            },
          },
          getInitializationContextAsync: (cb: Callback<string | null>) => succeeded(cb, options.contextData ?? null),
          notificationMessages: {
            replaceAsync: (key: string, message: { type: string; message: string }, cb: Callback<void>) => {
              calls.notifications.push({ key, ...message });
              succeeded(cb, undefined);
            },
          },
        },
      },
    },
  };
  return { office: office as unknown as typeof Office, calls };
}

/** The event object Outlook passes to a handler: records what event.completed received. */
export function aSendEvent() {
  const completed: unknown[] = [];
  return { event: { completed: (options?: unknown) => void completed.push(options) }, completed };
}
