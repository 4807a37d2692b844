import { fail, ok, type Result } from '../domain/failure';

type OfficeLike = Pick<typeof Office, 'context' | 'MailboxEnums'>;

/**
 * Opens a held draft in Outlook. Graph gives REST ids; displayMessageForm (Mailbox 1.0) wants an
 * EWS id, converted with convertToEwsId (Mailbox 1.3). Where the form can't be shown, the pane
 * says so (the user can still open Drafts themselves).
 */
export function officeOpenDraft(office: OfficeLike): (restId: string) => Promise<Result<void>> {
  return async (restId) => {
    try {
      const mailbox = office.context.mailbox;
      mailbox.displayMessageForm(mailbox.convertToEwsId(restId, office.MailboxEnums.RestVersion.v2_0));
      return ok(undefined);
    } catch {
      return fail({ kind: 'unsupported', what: 'displayMessageForm' });
    }
  };
}
