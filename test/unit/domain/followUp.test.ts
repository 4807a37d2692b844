import { FORM_RECIPIENT_LIMIT, followUpBatches, planFollowUp } from '../../../src/domain/followUp';
import { aMessage, assess } from '../../builders/domain';

const people = (n: number, domain: string, prefix = 'p') => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}@${domain}`);

describe('followUpBatches: messages that fit Outlook’s form, Bcc kept in Bcc', () => {
  const followUpFor = (to: string[], cc: string[], bcc: string[]) =>
    planFollowUp(
      assess(
        aMessage()
          .to(...to)
          .cc(...cc)
          .bcc(...bcc),
      ),
    ).included.map((p) => p.recipient);

  it('To and Cc become To; Bcc stays Bcc; addresses are the normalised ones', () => {
    const [batch, ...rest] = followUpBatches(followUpFor(['Dmitry@Gmail.com'], ['laura@fabrikam.com'], ['kim@outlook.com']));
    expect(rest).toEqual([]);
    expect(batch?.to.map((r) => [r.address, r.field])).toEqual([
      ['dmitry@gmail.com', 'to'],
      ['laura@fabrikam.com', 'to'],
    ]);
    expect(batch?.bcc.map((r) => [r.address, r.field])).toEqual([['kim@outlook.com', 'bcc']]);
  });

  it('someone in both To and Bcc is already visible, so goes to To once', () => {
    const [batch] = followUpBatches(followUpFor(['dmitry@gmail.com'], [], ['dmitry@gmail.com']));
    expect(batch?.to.map((r) => r.address)).toEqual(['dmitry@gmail.com']);
    expect(batch?.bcc).toEqual([]);
  });

  it(`at most ${FORM_RECIPIENT_LIMIT} per field per message`, () => {
    const batches = followUpBatches(followUpFor(people(250, 'gmail.com'), [], people(120, 'yahoo.com', 'b')));
    expect(batches.map((b) => [b.to.length, b.bcc.length])).toEqual([
      [100, 100],
      [100, 20],
      [50, 0],
    ]);
    // Every recipient exactly once across the batches.
    const all = batches.flatMap((b) => [...b.to, ...b.bcc].map((r) => r.address));
    expect(new Set(all).size).toBe(370);
    expect(all).toHaveLength(370);
  });

  it('exactly 100 fits in one message; 101 needs two', () => {
    expect(followUpBatches(followUpFor(people(100, 'gmail.com'), [], []))).toHaveLength(1);
    expect(followUpBatches(followUpFor(people(101, 'gmail.com'), [], [])).map((b) => b.to.length)).toEqual([100, 1]);
  });

  it('no recipients, no messages', () => {
    expect(followUpBatches([])).toEqual([]);
  });
});

describe("followUpBatches 'as-sent' (the replacement): each recipient in the field they were in", () => {
  const everyone = (to: string[], cc: string[], bcc: string[]) =>
    assess(
      aMessage()
        .to(...to)
        .cc(...cc)
        .bcc(...bcc),
    ).recipients;

  it('To stays To, Cc stays Cc, Bcc stays Bcc', () => {
    const [batch, ...rest] = followUpBatches(everyone(['boris@contoso.com'], ['chen@contoso.com'], ['maria@contoso.com']), undefined, 'as-sent');
    expect(rest).toEqual([]);
    expect(batch?.to.map((r) => [r.address, r.field])).toEqual([['boris@contoso.com', 'to']]);
    expect(batch?.cc?.map((r) => [r.address, r.field])).toEqual([['chen@contoso.com', 'cc']]);
    expect(batch?.bcc.map((r) => [r.address, r.field])).toEqual([['maria@contoso.com', 'bcc']]);
  });

  it('someone in several fields goes once, in the most visible one', () => {
    const [batch] = followUpBatches(everyone(['boris@contoso.com'], ['boris@contoso.com', 'chen@contoso.com'], ['chen@contoso.com']), undefined, 'as-sent');
    expect(batch?.to.map((r) => r.address)).toEqual(['boris@contoso.com']);
    expect(batch?.cc?.map((r) => r.address)).toEqual(['chen@contoso.com']);
    expect(batch?.bcc).toEqual([]);
  });

  it(`at most ${FORM_RECIPIENT_LIMIT} per field per message, Cc split as To and Bcc are`, () => {
    const batches = followUpBatches(
      everyone(people(150, 'contoso.com', 't'), people(230, 'contoso.com', 'c'), people(40, 'contoso.com', 'b')),
      undefined,
      'as-sent',
    );
    expect(batches.map((b) => [b.to.length, b.cc?.length, b.bcc.length])).toEqual([
      [100, 100, 40],
      [50, 100, 0],
      [0, 30, 0],
    ]);
    const all = batches.flatMap((b) => [...b.to, ...(b.cc ?? []), ...b.bcc].map((r) => r.address));
    expect(new Set(all).size).toBe(420);
    expect(all).toHaveLength(420);
  });

  it('a follow-up note (the default) still shows Cc in To and carries no Cc field', () => {
    const [batch] = followUpBatches(everyone([], ['chen@contoso.com'], []));
    expect(batch?.to.map((r) => r.address)).toEqual(['chen@contoso.com']);
    expect(batch?.cc).toBeUndefined();
  });
});
