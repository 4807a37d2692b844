/**
 * Whether Graph's answer to `GET /me/messages/{id}` is about the message the pane asked for. Only
 * an answer about our message is evidence; one about another is no answer at all (every answer
 * belongs to its message).
 *
 * - The id decides. The request `$select`s `id` (message.md: "id — Unique identifier for the
 *   message"; it is the entity's key), and Graph ids are compared exactly: "identifiers in
 *   Microsoft Graph are case-sensitive" (concepts/outlook-immutable-id.md). No id, or another one:
 *   not our message.
 * - The subject, where both sides have one, must agree too: Office.js' `subject` is "the entire
 *   subject of the item, as sent by the email server" (office.messageread.yml) and Graph's is the
 *   same stored subject (message.md), so a real difference means another message. What may differ
 *   by formatting alone is not counted: runs of white space (line folding), the Unicode form
 *   (NFC), letter case. An empty subject on either side proves nothing (Office.js gives "" when it
 *   has none to give).
 * - The sending time is not compared: Office.js read mode has no sent time, only `dateTimeCreated`
 *   (office.messageread.yml), which for a Sent Items copy can precede or follow the send.
 */
export type MessageIdentity = 'same' | 'no-id' | 'another-id' | 'another-subject';

export interface AskedMessage {
  /** The REST id the request was sent with. */
  readonly restId: string;
  /** The subject Outlook shows; null when the caller has none to compare. */
  readonly subjectShown: string | null;
}

export interface AnsweredMessage {
  readonly id: string | null;
  readonly subject: string | null;
}

export function messageIdentity(asked: AskedMessage, answered: AnsweredMessage): MessageIdentity {
  if (answered.id === null || answered.id === '') return 'no-id';
  if (answered.id !== asked.restId) return 'another-id';
  if (asked.subjectShown === null || answered.subject === null) return 'same';
  const shown = comparableSubject(asked.subjectShown);
  const given = comparableSubject(answered.subject);
  return shown === '' || given === '' || shown === given ? 'same' : 'another-subject';
}

/** The subject with only formatting folded away: white space runs, Unicode form, case. */
function comparableSubject(subject: string): string {
  return subject.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
