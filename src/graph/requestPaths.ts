/**
 * Every Graph request the add-in makes, in one place: recallFacts.ts, recall.ts and heldMessages.ts build their
 * URLs from these templates, and the fault-matrix test (test/unit/faultMatrix.test.ts) checks it
 * has a row for each one — a new request path without a row fails that test.
 */
interface GraphRequestPath {
  readonly method: 'GET' | 'POST' | 'PATCH';
  readonly version: 'v1.0' | 'beta';
  /** Relative to the API version; `{id}` is the URL-encoded REST id of the sent item. */
  readonly template: string;
  /** Sent inside a `$batch` (so its faults arrive as inner responses) or as a call of its own. */
  readonly via: 'batch' | 'direct';
}

export const GRAPH_REQUEST_PATHS = {
  batch: { method: 'POST', version: 'v1.0', template: '/$batch', via: 'direct' },
  /**
   * The message by id from the whole mailbox, with its parentFolderId (message-get.md). Not
   * /me/mailFolders/sentitems/messages/{id}: whether that path refuses an item of another folder
   * is undocumented, and its 404 can't tell "elsewhere" from "mailbox unreachable". The same
   * request expands our recall mark (recallMark.ts, singlevaluelegacyextendedproperty-get.md):
   * one entry per (method, template), one mailbox slot in the $batch.
   */
  message: { method: 'GET', version: 'v1.0', template: '/me/messages/{id}', via: 'batch' },
  /** Sent Items by its well-known name (mailfolder.md "Well-known folder names"): its id, to compare. */
  sentItemsFolder: { method: 'GET', version: 'v1.0', template: '/me/mailFolders/sentitems', via: 'batch' },
  organization: { method: 'GET', version: 'v1.0', template: '/organization', via: 'batch' },
  /** Read receipts: the mailbox's messages since sending, filtered on their message class (see messageLists.ts). */
  mailboxMessages: { method: 'GET', version: 'v1.0', template: '/me/messages', via: 'batch' },
  /** Recall requests already sent: Sent Items since sending, filtered on the message class. */
  sentItems: { method: 'GET', version: 'v1.0', template: '/me/mailFolders/sentitems/messages', via: 'batch' },
  /**
   * Recall reports: the Inbox since sending (never Junk Email: a report there is not trusted), by
   * message class (classic) or with headers to check in code (cloud; Graph can't filter on headers).
   */
  inboxMessages: { method: 'GET', version: 'v1.0', template: '/me/mailFolders/inbox/messages', via: 'batch' },
  /** The body of a cloud recall report found in the Inbox (message-get.md: GET /me/mailFolders/{id}/messages/{id}). */
  inboxMessage: { method: 'GET', version: 'v1.0', template: '/me/mailFolders/inbox/messages/{id}', via: 'batch' },
  /**
   * One extended property of a message, written with PATCH (message-update.md): our recall mark on
   * the sent message after a 202 (recallMark.ts, singlevaluelegacyextendedproperty-post-singlevalueextendedproperties.md).
   * Never a held draft: nothing documents what a changed deferred send time does to a submitted message.
   */
  updateMessage: { method: 'PATCH', version: 'v1.0', template: '/me/messages/{id}', via: 'direct' },
  mailTips: { method: 'POST', version: 'v1.0', template: '/me/getMailTips', via: 'batch' },
  recall: { method: 'POST', version: 'beta', template: '/me/mailFolders/sentitems/messages/{id}/recall', via: 'direct' },
  /**
   * The safety window's held messages: Drafts (well-known name) filtered on having
   * PidTagDeferredSendTime, with it expanded, paged by @odata.nextLink (heldMessages.ts;
   * office-js-docs-pr docs/outlook/delay-delivery.md: a scheduled message stays in Drafts until
   * its delivery time).
   */
  heldDrafts: { method: 'GET', version: 'v1.0', template: '/me/mailFolders/drafts/messages', via: 'direct' },
} as const satisfies Record<string, GraphRequestPath>;

export type GraphRequestName = keyof typeof GRAPH_REQUEST_PATHS;

/** The path of a request, `{id}` filled in (encoded) and an optional query appended. */
export function graphPath(name: GraphRequestName, params: { readonly id?: string; readonly query?: string } = {}): string {
  const path = GRAPH_REQUEST_PATHS[name].template.replace('{id}', encodeURIComponent(params.id ?? ''));
  return params.query === undefined ? path : `${path}?${params.query}`;
}
