/**
 * Whether Graph's message answer is about the message asked for (issue #21 item 1): the id decides
 * (message.md `id`; ids are case-sensitive, concepts/outlook-immutable-id.md), and a subject that
 * contradicts Outlook's means another message; formatting alone does not.
 */
import { messageIdentity, type MessageIdentity } from '../../../src/domain/messageIdentity';

const ID = 'AAMkAGI2TG93AAA=';

describe('messageIdentity', () => {
  it.each<[string, string | null, string | null, string | null, MessageIdentity]>([
    ['same id, same subject', ID, 'Q4 budget draft', 'Q4 budget draft', 'same'],
    ['no id in the answer', null, 'Q4 budget draft', 'Q4 budget draft', 'no-id'],
    ['an empty id', '', 'Q4 budget draft', 'Q4 budget draft', 'no-id'],
    ['another id', 'AAMkAGI2TG94AAA=', 'Q4 budget draft', 'Q4 budget draft', 'another-id'],
    ['our id in another case: ids are case-sensitive', ID.toLowerCase(), 'Q4 budget draft', 'Q4 budget draft', 'another-id'],
    ['our id, another subject', ID, 'Q4 budget draft', 'Q3 forecast', 'another-subject'],
    ['our id, a reply’s subject (a prefix is part of the subject)', ID, 'Q4 budget draft', 'RE: Q4 budget draft', 'another-subject'],
    ['our id, the subject in other case and spacing', ID, 'Q4 budget draft', '  q4  BUDGET\r\n draft ', 'same'],
    ['our id, the subject in another Unicode form (NFD é)', ID, 'Résumé', 'Re\u0301sume\u0301', 'same'],
    ['our id, Outlook shows no subject: nothing to compare', ID, '', 'Q3 forecast', 'same'],
    ['our id, Graph gives no subject', ID, 'Q4 budget draft', null, 'same'],
    ['our id, no subject shown to compare with', ID, null, 'Q3 forecast', 'same'],
  ])('%s → %s', (_why, id, subjectShown, subject, expected) => {
    expect(messageIdentity({ restId: ID, subjectShown }, { id, subject })).toBe(expected);
  });
});
