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
