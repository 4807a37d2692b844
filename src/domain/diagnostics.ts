import type { Failure, FailureKind } from './failure';

/**
 * "Copy diagnostics": what a helpdesk needs to find a failure in Microsoft's logs and ours, and
 * nothing personal. An entry holds only the failure's kind, its time and identifiers the add-in
 * or Graph made up (our correlation id, Graph's `request-id` / `client-request-id` headers), a
 * status and a Graph error code; never an address, a name, a subject, a body, a token or a URL
 * (a URL can carry a message id). The text is a fixed, language-neutral format, like a log line,
 * so support reads it the same whatever the pane's language; the words around it are in the catalogs.
 */
export interface DiagnosticEntry {
  readonly at: Date;
  readonly kind: FailureKind;
  /** Ours: the reference an `unexpected` failure shows on screen. */
  readonly correlationId?: string;
  /** Graph's `request-id` response header (concepts/errors.md: "include the request-id … when reporting"). */
  readonly requestId?: string;
  /** Graph's `client-request-id` response header. */
  readonly clientRequestId?: string;
  /** The HTTP status of a server error. */
  readonly status?: number;
  /** Graph's error code (e.g. MailboxNotEnabledForRESTAPI), or why sign-in is unavailable (e.g. not-configured). */
  readonly code?: string;
}

export interface GraphRequestIds {
  readonly requestId?: string;
  readonly clientRequestId?: string;
}

/** Office.js facts about where the pane runs: the client and the API sets the add-in checks. */
export interface DiagnosticsHost {
  readonly client: string;
  readonly accountKind: string;
  readonly displayLanguage: string;
  /** e.g. { 'NestedAppAuth 1.1': true, 'Mailbox 1.6': false } */
  readonly apiSets: Readonly<Record<string, boolean>>;
}

/** Failures kept for the page: the last few are what a helpdesk asks about. */
export const DIAGNOSTICS_KEPT = 10;

/** The failures of this page, newest last, at most DIAGNOSTICS_KEPT. */
export class DiagnosticsLog {
  private readonly kept: DiagnosticEntry[] = [];

  /** `clock`: the pane's own (the demo's is its scenario's), so every time in the text is on one clock. */
  constructor(
    readonly addInVersion: string,
    private readonly clock: () => Date,
  ) {}

  record(failure: Failure, ids: GraphRequestIds = {}): void {
    this.kept.push({ at: this.clock(), kind: failure.kind, ...detailsOf(failure), ...ids });
    if (this.kept.length > DIAGNOSTICS_KEPT) this.kept.shift();
  }

  entries(): readonly DiagnosticEntry[] {
    return [...this.kept];
  }
}

/** Only identifiers and codes: a `what` or the config problems could one day name more than code. */
function detailsOf(failure: Failure): Pick<DiagnosticEntry, 'correlationId' | 'status' | 'code'> {
  switch (failure.kind) {
    case 'unexpected':
      return { correlationId: failure.correlationId };
    case 'server-error':
      return { status: failure.status };
    case 'mailbox-unavailable':
      return { code: failure.code };
    case 'not-found':
      return failure.code === undefined ? {} : { code: failure.code };
    case 'auth-unavailable':
      return { code: failure.reason.kind };
    default:
      return {};
  }
}

/** The text copied for support. */
export function diagnosticsText(log: DiagnosticsLog, host: DiagnosticsHost, now: Date): string {
  const apiSets = Object.entries(host.apiSets).map(([set, supported]) => `${set} ${supported ? 'yes' : 'no'}`);
  const failures = log.entries().map((entry) => {
    const fields: [string, string | number | undefined][] = [
      ['correlation-id', entry.correlationId],
      ['status', entry.status],
      ['code', entry.code],
      ['request-id', entry.requestId],
      ['client-request-id', entry.clientRequestId],
    ];
    return `- ${entry.at.toISOString()} ${entry.kind}${fields.map(([name, value]) => (value === undefined ? '' : ` ${name}=${value}`)).join('')}`;
  });
  return [
    'Recall Assistant diagnostics',
    `time: ${now.toISOString()}`,
    `add-in version: ${log.addInVersion}`,
    `client: ${host.client}`,
    `account: ${host.accountKind}`,
    `Outlook language: ${host.displayLanguage}`,
    `API sets: ${apiSets.join(', ')}`,
    `failures (last ${DIAGNOSTICS_KEPT}, oldest first): ${failures.length === 0 ? 'none' : ''}`.trimEnd(),
    ...failures,
  ].join('\n');
}
