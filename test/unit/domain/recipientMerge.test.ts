/**
 * Who the message went to, from Outlook (To and Cc, each cut at the client's cap, never Bcc) and
 * Graph's message (every field, when it gives it): Graph adds and confirms, never removes; a field
 * Graph left out is unknown, not empty (issue #21 item 1; docs/fail-closed.md).
 */
import { parseRecipient, type ParsedRecipient } from '../../../src/domain/address';
import type { RecipientField } from '../../../src/domain/facts';
import { mergeRecipients, recipientListComplete, type RecipientLists } from '../../../src/domain/recipientMerge';

const r = (field: RecipientField, address: string): ParsedRecipient => parseRecipient({ name: '', address, field });
const boris = 'boris.ivanov@contoso.com';
const laura = 'laura.jensen@fabrikam.com';
const finance = 'finance@contoso.com';
const CAP = 3;

/** Graph's lists; a field not named is left out of its answer. */
const graph = (lists: Partial<Record<RecipientField, string[]>>): RecipientLists => ({
  to: lists.to?.map((a) => r('to', a)) ?? null,
  cc: lists.cc?.map((a) => r('cc', a)) ?? null,
  bcc: lists.bcc?.map((a) => r('bcc', a)) ?? null,
});
const shown = (...recipients: ParsedRecipient[]) => ({ recipients, cap: CAP });
const listed = (recipients: readonly ParsedRecipient[]) => recipients.map((p) => `${p.field}:${p.address}`);

describe('mergeRecipients', () => {
  it.each<[string, ParsedRecipient[], RecipientLists | null, string[], RecipientField[], string[]]>([
    [
      'Graph confirms everyone Outlook shows and adds the Bcc',
      [r('to', boris), r('cc', laura)],
      graph({ to: [boris], cc: [laura], bcc: [finance] }),
      [`to:${boris}`, `cc:${laura}`, `bcc:${finance}`],
      [],
      [],
    ],
    ['no Graph message: what Outlook shows; Bcc unknown', [r('to', boris), r('cc', laura)], null, [`to:${boris}`, `cc:${laura}`], ['bcc'], []],
    [
      'no Graph message and a To line as full as the cap: To may be cut',
      [r('to', 'a@contoso.com'), r('to', 'b@contoso.com'), r('to', 'c@contoso.com')],
      null,
      ['to:a@contoso.com', 'to:b@contoso.com', 'to:c@contoso.com'],
      ['to', 'bcc'],
      [],
    ],
    [
      'ccRecipients left out while Outlook shows a Cc: Outlook’s Cc stays, and is complete below the cap',
      [r('to', boris), r('cc', laura)],
      graph({ to: [boris], bcc: [] }),
      [`to:${boris}`, `cc:${laura}`],
      [],
      [],
    ],
    ['bccRecipients left out: Bcc unknown, not empty', [r('to', boris)], graph({ to: [boris], cc: [] }), [`to:${boris}`], ['bcc'], []],
    [
      'toRecipients left out where Outlook’s To is as full as the cap: the rest of To unknown',
      [r('to', 'a@contoso.com'), r('to', 'b@contoso.com'), r('to', 'c@contoso.com')],
      graph({ cc: [], bcc: [] }),
      ['to:a@contoso.com', 'to:b@contoso.com', 'to:c@contoso.com'],
      ['to'],
      [],
    ],
    [
      'Graph gives the whole of a cut To line: everyone beyond the cap is added',
      [r('to', 'a@contoso.com'), r('to', 'b@contoso.com'), r('to', 'c@contoso.com')],
      graph({ to: ['a@contoso.com', 'b@contoso.com', 'c@contoso.com', 'd@contoso.com'], cc: [], bcc: [] }),
      ['to:a@contoso.com', 'to:b@contoso.com', 'to:c@contoso.com', 'to:d@contoso.com'],
      [],
      [],
    ],
    [
      'Graph’s Cc lacks someone Outlook shows: kept (after Graph’s), and unconfirmed',
      [r('to', boris), r('cc', laura)],
      graph({ to: [boris], cc: [], bcc: [] }),
      [`to:${boris}`, `cc:${laura}`],
      [],
      [laura],
    ],
    [
      'another spelling of the same mailbox confirms it (one key)',
      [r('to', 'Boris.Ivanov@CONTOSO.com')],
      graph({ to: [boris], cc: [], bcc: [] }),
      [`to:${boris}`],
      [],
      [],
    ],
    [
      'in another field only is not confirmed in this one',
      [r('to', boris)],
      graph({ to: [], cc: [boris], bcc: [] }),
      [`to:${boris}`, `cc:${boris}`],
      [],
      [boris],
    ],
  ])('%s', (_why, outlook, lists, recipients, unknownFields, unconfirmed) => {
    const merged = mergeRecipients(shown(...outlook), lists);
    expect(listed(merged.recipients)).toEqual(recipients);
    expect(merged.unknownFields).toEqual(unknownFields);
    expect(merged.unconfirmed.map((p) => p.address)).toEqual(unconfirmed);
    expect(recipientListComplete(merged)).toBe(unknownFields.length === 0 && unconfirmed.length === 0);
  });

  it('never removes anyone Outlook shows, whatever Graph’s lists say', () => {
    const outlook = [r('to', boris), r('cc', laura), r('cc', 'not-an-address')];
    for (const lists of [graph({}), graph({ to: [], cc: [], bcc: [] }), graph({ to: [finance] }), graph({ cc: [finance], bcc: [finance] })]) {
      const keys = new Set(mergeRecipients(shown(...outlook), lists).recipients.map((p) => p.parsed.key));
      expect(outlook.filter((p) => !keys.has(p.parsed.key))).toEqual([]);
    }
  });
});
