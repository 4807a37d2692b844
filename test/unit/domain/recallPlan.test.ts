import { parseAddress } from '../../../src/domain/address';
import { buildRecallPlan, type FollowUpDecision, type PlanEntry, type RecallPlanInput } from '../../../src/domain/recallPlan';
import type { RecallOutcome } from '../../../src/domain/recallTracking';
import { aMessage, aRecipient, assess, SENDER, type MessageBuilder, type RecipientFactsBuilder } from '../../builders/domain';

/*
 * The plan for the whole job: every recipient has a place, from before the recall to the end, and
 * `open` counts those with neither a recall success nor a follow-up decision. Rows are named by
 * the place they check.
 */

const BORIS = 'boris.ivanov@contoso.com';
const MARIA = 'maria.sokolova@contoso.com';
const DMITRY = 'dmitry.k@gmail.com';
const ATLAS = 'atlas@contoso.com';
const AT = new Date('2026-11-25T09:58:00Z');

const map = <V>(entries: Record<string, V>) => new Map(Object.entries(entries).map(([a, v]) => [parseAddress(a).key, v]));

function plan(message: MessageBuilder, facts: readonly RecipientFactsBuilder[], input: Partial<Omit<RecallPlanInput, 'assessment'>> = {}) {
  return buildRecallPlan({ assessment: assess(message, facts), sender: SENDER, recall: null, outcomes: null, decisions: new Map(), ...input });
}

const place = (p: ReturnType<typeof plan>, address: string) => {
  const e = p.entries.find((x) => x.address === address) as PlanEntry;
  return { targeted: e.targeted, outcome: e.outcome, followUp: e.followUp, open: e.open, nextStep: e.nextStep };
};

const gmailAmongColleagues = () => aMessage().to(BORIS, DMITRY).cc(MARIA);
const colleagues = [aRecipient(BORIS).internal(), aRecipient(MARIA).internal()];
const recalled = { recall: { at: AT, byAddIn: true } } as const;

describe('buildRecallPlan: every recipient has a place', () => {
  it.each<[string, Partial<Omit<RecallPlanInput, 'assessment'>>, string, ReturnType<typeof place>]>([
    [
      'before the recall: a colleague is to recall, nothing to write yet',
      {},
      BORIS,
      { targeted: true, outcome: null, followUp: 'none', open: true, nextStep: null },
    ],
    [
      'before the recall: Gmail is not reachable, a note is proposed',
      {},
      DMITRY,
      { targeted: false, outcome: null, followUp: 'proposed', open: true, nextStep: 'follow-up' },
    ],
    [
      'recall running: the colleague waits for the report, no note',
      { ...recalled, outcomes: map<RecallOutcome>({ [BORIS]: 'pending', [MARIA]: 'pending' }) },
      BORIS,
      { targeted: true, outcome: 'pending', followUp: 'waiting', open: true, nextStep: null },
    ],
    [
      'recalled: done for them',
      { ...recalled, outcomes: map<RecallOutcome>({ [BORIS]: 'succeeded', [MARIA]: 'succeeded' }) },
      BORIS,
      { targeted: true, outcome: 'recalled', followUp: 'none', open: false, nextStep: null },
    ],
    [
      'recall failed: a note is proposed',
      { ...recalled, outcomes: map<RecallOutcome>({ [BORIS]: 'succeeded', [MARIA]: 'failed' }) },
      MARIA,
      { targeted: true, outcome: 'failed', followUp: 'proposed', open: true, nextStep: 'follow-up' },
    ],
    [
      'a report read that does not name them: a note is proposed',
      { ...recalled, outcomes: map<RecallOutcome>({ [BORIS]: 'unknown' }) },
      BORIS,
      { targeted: true, outcome: 'unknown', followUp: 'proposed', open: true, nextStep: 'follow-up' },
    ],
    [
      'no report can be read (Outlook’s command, no Graph): the user decides, nothing pre-ticked',
      { recall: { at: AT, byAddIn: false } },
      BORIS,
      { targeted: true, outcome: 'unknown', followUp: 'undecided', open: true, nextStep: 'follow-up' },
    ],
    [
      'after the recall, Gmail is not targeted and still needs a note',
      { ...recalled, outcomes: map<RecallOutcome>({ [BORIS]: 'succeeded' }) },
      DMITRY,
      { targeted: false, outcome: 'not-targeted', followUp: 'proposed', open: true, nextStep: 'follow-up' },
    ],
    [
      'a note opened for Gmail closes their place',
      { ...recalled, outcomes: map<RecallOutcome>({}), decisions: map<FollowUpDecision>({ [DMITRY]: 'opened' }) },
      DMITRY,
      { targeted: false, outcome: 'not-targeted', followUp: 'opened', open: false, nextStep: null },
    ],
    [
      'the user’s "no note needed" closes it too',
      { ...recalled, decisions: map<FollowUpDecision>({ [BORIS]: 'skipped' }) },
      BORIS,
      { targeted: true, outcome: 'unknown', followUp: 'skipped', open: false, nextStep: null },
    ],
  ])('%s', (_name, input, address, expected) => {
    expect(place(plan(gmailAmongColleagues(), colleagues, input), address)).toEqual(expected);
  });

  it('recalled, but they had read it first: a note is still proposed, in its own words, and their place stays open until decided', () => {
    // Issue 22, item 5: a reader counted as done once recalled ("everyone is taken care of").
    const readers = [aRecipient(BORIS).internal().hasRead(), aRecipient(MARIA).internal()];
    const reported = plan(gmailAmongColleagues(), readers, { ...recalled, outcomes: map<RecallOutcome>({ [BORIS]: 'succeeded', [MARIA]: 'succeeded' }) });
    expect(place(reported, BORIS)).toEqual({ targeted: true, outcome: 'recalled', followUp: 'proposed', open: true, nextStep: 'follow-up' });
    expect(reported.entries.find((e) => e.address === BORIS)?.recalledButRead).toBe(true);
    // Maria never read it: recalled is done for her.
    expect(place(reported, MARIA)).toMatchObject({ followUp: 'none', open: false });
    expect(reported.entries.find((e) => e.address === MARIA)?.recalledButRead).toBe(false);
    expect(reported.toWrite.map((e) => e.address)).toEqual([BORIS, DMITRY]);
    const told = plan(gmailAmongColleagues(), readers, {
      ...recalled,
      outcomes: map<RecallOutcome>({ [BORIS]: 'succeeded', [MARIA]: 'succeeded' }),
      decisions: map<FollowUpDecision>({ [BORIS]: 'opened', [DMITRY]: 'skipped' }),
    });
    expect(told.open).toBe(0);
  });

  it('read, recall still running: they wait for the report like everyone else', () => {
    const p = plan(gmailAmongColleagues(), [aRecipient(BORIS).internal().hasRead(), aRecipient(MARIA).internal()], {
      ...recalled,
      outcomes: map<RecallOutcome>({ [BORIS]: 'pending', [MARIA]: 'pending' }),
    });
    expect(place(p, BORIS)).toEqual({ targeted: true, outcome: 'pending', followUp: 'waiting', open: true, nextStep: null });
  });

  it('a group with outside members: recalled for its colleagues, its outsiders still need a note', () => {
    const p = plan(aMessage().to(ATLAS), [aRecipient(ATLAS).internal().groupOf(10, 3)], {
      ...recalled,
      outcomes: map<RecallOutcome>({ [ATLAS]: 'succeeded' }),
    });
    expect(place(p, ATLAS)).toEqual({ targeted: true, outcome: 'recalled', followUp: 'proposed', open: true, nextStep: 'follow-up' });
  });

  it('a group whose outside members MailTips did not count: the same, it may have some (fail closed)', () => {
    const p = plan(aMessage().to(ATLAS), [aRecipient(ATLAS).internal().groupWithUncountedExternals(10)], {
      ...recalled,
      outcomes: map<RecallOutcome>({ [ATLAS]: 'succeeded' }),
    });
    expect(place(p, ATLAS)).toEqual({ targeted: true, outcome: 'recalled', followUp: 'proposed', open: true, nextStep: 'follow-up' });
    expect(p.entries[0]?.audience).toBe('external');
  });

  it('the sender’s own copy needs nothing and never counts as open', () => {
    const p = plan(aMessage().to(SENDER, DMITRY), [aRecipient(SENDER).internal()]);
    expect(place(p, SENDER)).toMatchObject({ followUp: 'none', open: false, nextStep: null });
    expect(p.open).toBe(1);
  });

  it('the signed-in user’s own address needs nothing either, even when someone else sent it (issue #22 item 6)', () => {
    const p = plan(aMessage().to(SENDER, DMITRY), [aRecipient(SENDER).internal()], { sender: BORIS, user: SENDER });
    expect(place(p, SENDER)).toMatchObject({ followUp: 'none', open: false, nextStep: null });
    expect(p.entries.find((e) => e.address === SENDER)?.mayStillHave).toBe(false);
  });

  it('a received message (not in Sent Items, someone else sent it): nothing is the user’s to do, done at once', () => {
    const received = aMessage().from(BORIS).notInSentItems().to(SENDER, MARIA);
    const p = plan(received, [aRecipient(SENDER).internal(), aRecipient(MARIA).internal()], { sender: BORIS, user: SENDER });
    expect(p.received).toBe(true);
    expect(p.open).toBe(0);
    expect(p.toWrite).toEqual([]);
    expect(p.entries.every((e) => e.nextStep === null)).toBe(true);
    // Their own message moved out of Sent Items is still theirs: Maria still waits for their decision.
    const moved = plan(aMessage().notInSentItems().to(MARIA), [aRecipient(MARIA).internal()], { user: SENDER });
    expect(moved.received).toBe(false);
    expect(moved.open).toBe(1);
  });

  it('an unreadable address can only be skipped: it waits for the user’s decision', () => {
    const p = plan(aMessage().to('not-an-address'), []);
    expect(place(p, 'not-an-address')).toMatchObject({ targeted: false, followUp: 'undecided', open: true, nextStep: 'follow-up' });
  });
});

describe('the whole job, gmail among colleagues', () => {
  it('open counts down to 0: recall, reports, a note to Dmitry', () => {
    const before = plan(gmailAmongColleagues(), colleagues);
    expect(before.toRecall.map((e) => e.address)).toEqual([BORIS, MARIA]);
    expect(before.toWrite.map((e) => e.address)).toEqual([DMITRY]);
    expect(before.open).toBe(3);

    const running = plan(gmailAmongColleagues(), colleagues, { ...recalled, outcomes: map<RecallOutcome>({ [BORIS]: 'pending', [MARIA]: 'pending' }) });
    expect(running.open).toBe(3);
    expect(running.counts).toEqual({ recalled: 0, failed: 0, pending: 2, unknown: 0, 'not-targeted': 1 });

    const reported = plan(gmailAmongColleagues(), colleagues, { ...recalled, outcomes: map<RecallOutcome>({ [BORIS]: 'succeeded', [MARIA]: 'succeeded' }) });
    expect(reported.open).toBe(1);
    expect(reported.entries.filter((e) => e.nextStep === 'follow-up').map((e) => e.address)).toEqual([DMITRY]);

    const done = plan(gmailAmongColleagues(), colleagues, {
      ...recalled,
      outcomes: map<RecallOutcome>({ [BORIS]: 'succeeded', [MARIA]: 'succeeded' }),
      decisions: map<FollowUpDecision>({ [DMITRY]: 'opened' }),
    });
    expect(done.open).toBe(0);
    expect(done.entries.filter((e) => e.nextStep !== null)).toEqual([]);
  });

  it('may still have it: everyone no report says it was removed from, a note or not (the incident summary’s count)', () => {
    expect(plan(gmailAmongColleagues(), colleagues).mayStillHave).toBe(3);
    const running = plan(gmailAmongColleagues(), colleagues, { ...recalled, outcomes: map<RecallOutcome>({ [BORIS]: 'pending', [MARIA]: 'succeeded' }) });
    expect(running.mayStillHave).toBe(2);
    const done = plan(gmailAmongColleagues(), colleagues, {
      ...recalled,
      outcomes: map<RecallOutcome>({ [BORIS]: 'succeeded', [MARIA]: 'succeeded' }),
      decisions: map<FollowUpDecision>({ [DMITRY]: 'opened' }),
    });
    // Asked to delete it is not deleted: Dmitry still may have it while his place is closed.
    expect(done.open).toBe(0);
    expect(done.mayStillHave).toBe(1);
  });

  it('reopened after the recall (time unknown): recalled colleagues are not proposed for a note', () => {
    const reopened = buildRecallPlan({
      assessment: assess(gmailAmongColleagues().alreadyRecalled(), colleagues),
      sender: SENDER,
      recall: { at: null, byAddIn: false },
      outcomes: map<RecallOutcome>({ [BORIS]: 'succeeded', [MARIA]: 'succeeded' }),
      decisions: new Map(),
    });
    expect(reopened.toWrite.map((e) => e.address)).toEqual([DMITRY]);
    expect(reopened.counts.recalled).toBe(2);
  });
});
