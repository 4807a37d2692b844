import { fail, ok, type Result } from '../domain/failure';

/**
 * "Item not found" codes: itemNotFound (concepts/errors.md) and Exchange's ErrorItemNotFound, which
 * Graph's mail API answers in practice but no reference page lists (recorded as such in
 * test/contract/graph-contract.json).
 */
const ITEM_NOT_FOUND_CODES = new Set(['erroritemnotfound', 'itemnotfound']);

/**
 * In Sent Items only when the message's parentFolderId is the id of `GET /me/mailFolders/sentitems`
 * (both asked in the same $batch, so both ids come in the same format); outside when that id
 * differs, or when the item is documented as not found while the same mailbox answered for its
 * Sent Items folder. Everything else — a 404 without a code or with another one (ResourceNotFound,
 * MailboxNotEnabledForRESTAPI …), a folder that can't be read — is "Graph could not say".
 */
export function sentItemsMembership(parentFolderId: Result<string | null>, sentItemsFolderId: Result<string>): Result<boolean> {
  if (!sentItemsFolderId.ok) {
    // The mailbox itself being unreachable is the more useful thing to tell.
    return !parentFolderId.ok && parentFolderId.failure.kind === 'mailbox-unavailable' ? parentFolderId : sentItemsFolderId;
  }
  if (parentFolderId.ok) {
    return parentFolderId.value === null
      ? fail({ kind: 'malformed-response', what: 'message parentFolderId' })
      : ok(parentFolderId.value === sentItemsFolderId.value);
  }
  const failure = parentFolderId.failure;
  if (failure.kind === 'not-found' && failure.code !== undefined && ITEM_NOT_FOUND_CODES.has(failure.code.toLowerCase())) return ok(false);
  return parentFolderId;
}
