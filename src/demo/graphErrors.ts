/**
 * Error bodies the simulated tenant answers, with codes Microsoft documents, so that the client
 * is tested against real codes and not against invented ones:
 * - concepts/errors.md (microsoft-graph-docs-contrib): the body shape `{ error: { code, message } }`
 *   and the basic codes (invalidRequest, accessDenied, itemNotFound, notSupported,
 *   serviceNotAvailable, generalException …);
 * - concepts/throttling.md: 429 with `TooManyRequests`; throttling-limits.md (Outlook service):
 *   `ApplicationThrottled` for a mailbox over its limits;
 * - KB 4462988 (learn.microsoft.com/exchange/troubleshoot): 404 `MailboxNotEnabledForRESTAPI`;
 * - Exchange's own codes in the mail API's answers (ErrorItemNotFound, ErrorAccessDenied,
 *   ErrorInvalidIdMalformed): seen in Graph's answers, not listed on a reference page.
 * test/contract/graph-contract.json lists them with their sources; a contract test holds the
 * simulator to that list.
 */
export function graphError(code: string, message = code) {
  return { error: { code, message } };
}

/** The code Graph gives a status on a mailbox path (`me/…`) or elsewhere (`organization`, `$batch`). */
export function graphErrorFor(status: number, route: string) {
  const mailbox = route.startsWith('me/');
  if (status === 400) return graphError(mailbox ? 'ErrorInvalidIdMalformed' : 'invalidRequest');
  if (status === 401) return graphError('InvalidAuthenticationToken');
  if (status === 403) return graphError(mailbox ? 'ErrorAccessDenied' : 'accessDenied');
  if (status === 404) return graphError(mailbox ? 'ErrorItemNotFound' : 'itemNotFound');
  if (status === 429) return graphError(mailbox ? 'ApplicationThrottled' : 'TooManyRequests');
  if (status === 501) return graphError('notSupported');
  if (status === 503 || status === 504) return graphError('serviceNotAvailable');
  return graphError('generalException');
}
