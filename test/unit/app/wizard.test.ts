/**
 * The wizard as a table: (state, event) → next state. Events that make no sense in a state are
 * ignored (the very same state comes back), so a stray click or a late message can't corrupt it.
 */
import { alreadyRecalled, canRecall, canRecallThroughGraph, earlierRecallOf, wizardReducer, type WizardEvent, type WizardState } from '../../../src/app/wizard';
import type { Failure } from '../../../src/domain/failure';
import { alreadyRecalledOutcome, degradedOutcome, keyOf, notRecallableOutcome, partialOutcome } from '../../builders/outcome';

const O = partialOutcome();
const NOT = notRecallableOutcome();
const DEGRADED = degradedOutcome();
/** The same item and check as O, before Graph answered. */
const DEGRADED_FIRST = { ...DEGRADED, key: O.key };
const RECALLED = alreadyRecalledOutcome();
const AT = new Date('2026-11-25T10:01:00Z');
const REFUSED: Failure = { kind: 'forbidden' };

const loading: WizardState = { step: 'context', status: 'loading', attempt: 1 };
const noItem: WizardState = { step: 'context', status: 'no-item' };
const failed: WizardState = { step: 'context', status: 'failed', failure: { kind: 'offline' } };
const check: WizardState = { step: 'check', outcome: O, choice: 'delete', recall: null };
const checkNot: WizardState = { step: 'check', outcome: NOT, choice: 'delete', recall: null };
const EARLIER = { at: null, byAddIn: false };
const checkRecalled: WizardState = { step: 'check', outcome: RECALLED, choice: 'delete', recall: EARLIER };
const trackRecalled: WizardState = { step: 'track', outcome: RECALLED, choice: 'delete', recall: EARLIER };
const choose: WizardState = { step: 'choose', outcome: O, choice: 'delete', recall: null };
const chooseReplace: WizardState = { step: 'choose', outcome: O, choice: 'replace', recall: null };
const chooseDegraded: WizardState = { step: 'choose', outcome: DEGRADED, choice: 'delete', recall: null };
const confirm: WizardState = { step: 'act', outcome: O, choice: 'delete', recall: null, cameFrom: 'choose', act: { mode: 'confirm' } };
const confirmFromPlan: WizardState = { ...confirm, cameFrom: 'check' };
const recalling: WizardState = { step: 'act', outcome: O, choice: 'delete', recall: null, cameFrom: 'choose', act: { mode: 'recalling' } };
const guide: WizardState = { step: 'act', outcome: O, choice: 'delete', recall: null, cameFrom: 'choose', act: { mode: 'guide', refusal: null } };
const guideRefused: WizardState = { step: 'act', outcome: O, choice: 'replace', recall: null, cameFrom: 'choose', act: { mode: 'guide', refusal: REFUSED } };
const track: WizardState = { step: 'track', outcome: O, choice: 'delete', recall: { at: AT, byAddIn: true } };

const ev = {
  loading: { type: 'item-loading', attempt: 1 },
  noItem: { type: 'no-item', attempt: 1 },
  failed: { type: 'check-failed', attempt: 1, failure: { kind: 'offline' } },
  checked: { type: 'checked', outcome: O },
  start: { type: 'start-recall' },
  replace: { type: 'select-choice', choice: 'replace' },
  confirm: { type: 'confirm-choice' },
  started: { type: 'recall-started' },
  accepted: { type: 'recall-accepted', key: O.key, at: AT },
  refused: { type: 'recall-refused', key: O.key, failure: REFUSED },
  native: { type: 'use-native' },
  tracking: { type: 'show-tracking' },
  trackingNow: { type: 'show-tracking', at: AT },
  plan: { type: 'accept-plan' },
  followUp: { type: 'show-follow-up' },
  back: { type: 'back' },
} satisfies Record<string, WizardEvent>;

describe('transitions', () => {
  it.each<[string, WizardState, WizardEvent, WizardState]>([
    ['a verdict arrives', loading, ev.checked, check],
    ['the item changes (pinned pane): back to loading from anywhere', track, ev.loading, loading],
    ['nothing selected', loading, ev.noItem, noItem],
    ['the check failed', loading, ev.failed, failed],
    ['check → choose when a recall can work', check, ev.start, choose],
    // Issue 22, item 2: reopened after a recall, the pane lands on its status, not on the check.
    ['a verdict that found an earlier recall lands on its status, the recall in the plan', loading, { type: 'checked', outcome: RECALLED }, trackRecalled],
    [
      'the same from a provisional verdict on screen',
      { step: 'check', outcome: { ...RECALLED, key: { ...RECALLED.key, attempt: 1 } }, choice: 'delete', recall: null, provisional: true },
      { type: 'checked', outcome: { ...RECALLED, key: { ...RECALLED.key, attempt: 1 } } },
      { ...trackRecalled, outcome: { ...RECALLED, key: { ...RECALLED.key, attempt: 1 } } },
    ],
    ['check → act (confirm) on the plan’s proposal, deleting unread copies', check, ev.plan, confirmFromPlan],
    [
      'check → act (guide) on the proposal when Graph did not answer',
      { step: 'check', outcome: DEGRADED, choice: 'replace', recall: null },
      ev.plan,
      { step: 'act', outcome: DEGRADED, choice: 'delete', recall: null, cameFrom: 'check', act: { mode: 'guide', refusal: null } },
    ],
    ['act (from the proposal) → back to check', confirmFromPlan, ev.back, check],
    ['check → track when a recall was already requested', checkRecalled, ev.tracking, { step: 'track', outcome: RECALLED, choice: 'delete', recall: EARLIER }],
    ['track → back to check, the recall kept', track, ev.back, { step: 'check', outcome: O, choice: 'delete', recall: { at: AT, byAddIn: true } }],
    ['check → alternatives, remembering where from', check, ev.followUp, { step: 'alternatives', outcome: O, choice: 'delete', recall: null, returnTo: check }],
    ['choose: the choice changes', choose, ev.replace, chooseReplace],
    ['choose → check keeps the choice', chooseReplace, ev.back, { step: 'check', outcome: O, choice: 'replace', recall: null }],
    ['choose → act asks for confirmation when Graph answered', choose, ev.confirm, confirm],
    [
      'choose → act guides to Outlook’s command when Graph did not answer',
      chooseDegraded,
      ev.confirm,
      { step: 'act', outcome: DEGRADED, choice: 'delete', recall: null, cameFrom: 'choose', act: { mode: 'guide', refusal: null } },
    ],
    ['confirm → recalling', confirm, ev.started, recalling],
    ['recalling → track when Exchange accepted', recalling, ev.accepted, track],
    ['recalling → guide, saying why, when Exchange refused', recalling, ev.refused, { ...guide, act: { mode: 'guide', refusal: REFUSED } }],
    ['confirm → guide on "use Outlook’s command instead"', confirm, ev.native, guide],
    [
      'guide → track ("I’ve recalled it in Outlook"): recalled now, by Outlook',
      guide,
      ev.trackingNow,
      { step: 'track', outcome: O, choice: 'delete', recall: { at: AT, byAddIn: false } },
    ],
    ['act (confirm) → choose', confirm, ev.back, choose],
    ['act (guide) → choose, choice kept', guideRefused, ev.back, chooseReplace],
    ['track → alternatives', track, ev.followUp, { step: 'alternatives', outcome: O, choice: 'delete', recall: { at: AT, byAddIn: true }, returnTo: track }],
  ])('%s', (_why, state, event, next) => {
    // toMatchObject: a step may carry more than these tables name (e.g. outcomes tracked so far).
    expect(wizardReducer(state, event)).toMatchObject(next);
  });
});

describe('impossible or late events are ignored (same state back)', () => {
  it.each<[string, WizardState, WizardEvent]>([
    ['start-recall while loading', loading, ev.start],
    ['back while loading', loading, ev.back],
    ['alternatives with no verdict yet', noItem, ev.followUp],
    ['confirm with no verdict yet', failed, ev.confirm],
    ['start-recall when nothing can be recalled', checkNot, ev.start],
    ['start-recall when a recall was already requested', checkRecalled, ev.start],
    ['show-tracking when no recall was requested', check, ev.tracking],
    ['back from check (first step)', check, ev.back],
    ['select-choice outside choose', check, ev.replace],
    ['confirm-choice outside choose', check, ev.confirm],
    ['recall-started outside act', choose, ev.started],
    ['start-recall again from choose', choose, ev.start],
    ['a second click on "Recall now" (already recalling)', recalling, ev.started],
    ['recall-accepted before the recall was started', confirm, ev.accepted],
    ['recall-refused before the recall was started', confirm, ev.refused],
    ['recall-accepted arriving after the user chose the native command', guide, ev.accepted],
    ['use-native while the recall is in flight', recalling, ev.native],
    ['back while the recall is in flight', recalling, ev.back],
    ['alternatives while the recall is in flight', recalling, ev.followUp],
    ['show-tracking before confirming', confirm, ev.tracking],
    ['check-again: the reducer keeps the state (useWizard starts the new check)', check, { type: 'check-again' }],
    ['the proposal when nothing can be recalled', checkNot, ev.plan],
    ['the proposal when a recall was already requested', checkRecalled, ev.plan],
    ['the proposal outside the check step', choose, ev.plan],
  ])('%s', (_why, state, event) => {
    expect(wizardReducer(state, event)).toBe(state);
  });

  it('alternatives from alternatives stays put', () => {
    const followUp = wizardReducer(check, ev.followUp);
    expect(wizardReducer(followUp, ev.followUp)).toBe(followUp);
    expect(wizardReducer(followUp, ev.start)).toBe(followUp);
  });
});

describe('every answer belongs to its message (item and check attempt)', () => {
  /** Message B, selected in the pinned pane while A's answers are still on their way. */
  const B = partialOutcome({ restId: 'rest-id-B', attempt: 2 });
  const checkB: WizardState = { step: 'check', outcome: B, choice: 'delete', recall: null };
  const recallingB: WizardState = { step: 'act', outcome: B, choice: 'delete', recall: null, cameFrom: 'check', act: { mode: 'recalling' } };
  const loadingB: WizardState = { step: 'context', status: 'loading', attempt: 2 };

  it.each<[string, WizardState, WizardEvent]>([
    ['A’s verdict arriving while B is being checked', loadingB, ev.checked],
    ['A’s verdict arriving on B’s verdict', checkB, ev.checked],
    ['A’s "nothing selected" arriving while B is being checked', loadingB, ev.noItem],
    ['A’s failed check arriving while B is being checked', loadingB, ev.failed],
    ['A’s recall accepted while B’s own recall is in flight', recallingB, ev.accepted],
    ['A’s recall refused while B’s own recall is in flight', recallingB, ev.refused],
    ['a late Graph answer for A on B’s check step', checkB, { type: 'check-refined', outcome: O }],
    ['the recall answer of an earlier check of the same message', { ...recalling, outcome: partialOutcome({ attempt: 2 }) }, ev.accepted],
  ])('%s: dropped', (_why, state, event) => {
    expect(wizardReducer(state, event)).toBe(state);
  });

  it('B’s own answers land on B', () => {
    expect(wizardReducer(loadingB, { type: 'checked', outcome: B })).toEqual(checkB);
    expect(wizardReducer(recallingB, { type: 'recall-accepted', key: keyOf(B), at: AT })).toMatchObject({
      step: 'track',
      outcome: B,
      recall: { at: AT, byAddIn: true },
    });
    expect(wizardReducer(recallingB, { type: 'recall-refused', key: keyOf(B), failure: REFUSED })).toMatchObject({
      step: 'act',
      act: { mode: 'guide', refusal: REFUSED },
    });
  });

  it('a late Graph answer refines the same check while nothing was acted on yet', () => {
    const refined = partialOutcome({ attempt: 1, gaps: [] });
    const provisional: WizardState = { step: 'check', outcome: DEGRADED_FIRST, choice: 'delete', recall: null };
    expect(wizardReducer(provisional, { type: 'check-refined', outcome: refined })).toEqual({
      step: 'check',
      outcome: refined,
      choice: 'delete',
      recall: null,
    });
    const acting: WizardState = {
      step: 'act',
      outcome: DEGRADED_FIRST,
      choice: 'delete',
      recall: null,
      cameFrom: 'check',
      act: { mode: 'guide', refusal: null },
    };
    expect(wizardReducer(acting, { type: 'check-refined', outcome: refined })).toBe(acting);
  });

  it('a late Graph answer keeps the recall already in the plan, or brings the one it found in the mailbox', () => {
    const refined = partialOutcome({ attempt: 1, gaps: [] });
    const inOutlook = { at: AT, byAddIn: false };
    const backFromTrack: WizardState = { step: 'check', outcome: DEGRADED_FIRST, choice: 'delete', recall: inOutlook };
    expect(wizardReducer(backFromTrack, { type: 'check-refined', outcome: { ...refined, earlierRecall: { at: null, byAddIn: false } } })).toEqual({
      ...backFromTrack,
      outcome: { ...refined, earlierRecall: { at: null, byAddIn: false } },
    });
    // The check at its deadline did not know; the late answer finds the recall: on to its status,
    // as a check that answered in time would have landed.
    const atDeadline: WizardState = { step: 'check', outcome: DEGRADED_FIRST, choice: 'delete', recall: null };
    const found = { ...refined, earlierRecall: { at: AT, byAddIn: true } };
    expect(wizardReducer(atDeadline, { type: 'check-refined', outcome: found })).toEqual({
      step: 'track',
      outcome: found,
      choice: 'delete',
      recall: { at: AT, byAddIn: true },
    });
    // On the recall options the user stays where they are; the recall joins the plan.
    const choosing: WizardState = { step: 'choose', outcome: DEGRADED_FIRST, choice: 'replace', recall: null };
    expect(wizardReducer(choosing, { type: 'check-refined', outcome: found })).toEqual({ ...choosing, outcome: found, recall: { at: AT, byAddIn: true } });
  });
});

describe('back from alternatives returns to the step it came from, choice kept', () => {
  it.each<[string, WizardState]>([
    ['check', check],
    ['choose with "replace" chosen', chooseReplace],
    ['act (confirm)', confirm],
    ['act (guide, after a refusal)', guideRefused],
    ['track', track],
  ])('%s', (_from, state) => {
    const there = wizardReducer(state, ev.followUp);
    expect(there.step).toBe('alternatives');
    expect(wizardReducer(there, ev.back)).toEqual(state);
  });

  it('the whole path: check → choose (replace) → act → alternatives → back → act → back → choose (replace)', () => {
    const events: WizardEvent[] = [ev.checked, ev.start, ev.replace, ev.confirm, ev.native, ev.followUp, ev.back];
    const atAct = events.reduce(wizardReducer, loading);
    expect(atAct).toEqual({ step: 'act', outcome: O, choice: 'replace', recall: null, cameFrom: 'choose', act: { mode: 'guide', refusal: null } });
    expect(wizardReducer(atAct, ev.back)).toEqual(chooseReplace);
  });
});

describe('the incident path starts with the recall and comes back to it (issue #22 item 4)', () => {
  const incident = wizardReducer(check, { type: 'show-incident' });

  it('its recall confirms, is accepted, and lands on the incident steps with the recall in the plan', () => {
    const atAct = wizardReducer(incident, ev.plan);
    expect(atAct).toMatchObject({ step: 'act', cameFrom: 'incident', incident, act: { mode: 'confirm' } });
    // Back before recalling: the incident steps as they were.
    expect(wizardReducer(atAct, ev.back)).toBe(incident);
    const back = [ev.started, ev.accepted].reduce(wizardReducer, atAct);
    const recall = { at: AT, byAddIn: true };
    expect(back).toEqual({ step: 'incident', outcome: O, choice: 'delete', recall, returnTo: { step: 'track', outcome: O, choice: 'delete', recall } });
    // Back from there leads to the recall's status, never to a step that offers the recall again.
    expect(wizardReducer(back, ev.back)).toEqual({ step: 'track', outcome: O, choice: 'delete', recall });
    expect(wizardReducer(back, ev.plan)).toBe(back);
  });

  it('without Graph, Outlook’s own command: the user’s word brings them back, recall recorded as by Outlook', () => {
    const degraded = wizardReducer({ step: 'check', outcome: DEGRADED, choice: 'delete', recall: null }, { type: 'show-incident' });
    const atGuide = wizardReducer(degraded, ev.plan);
    expect(atGuide).toMatchObject({ step: 'act', cameFrom: 'incident', act: { mode: 'guide', refusal: null } });
    expect(wizardReducer(atGuide, ev.trackingNow)).toMatchObject({ step: 'incident', recall: { at: AT, byAddIn: false }, returnTo: { step: 'track' } });
  });

  it('the track step’s row opens the writer for one audience', () => {
    expect(wizardReducer(track, { type: 'show-follow-up', audience: 'external' })).toEqual({
      step: 'alternatives',
      outcome: O,
      choice: 'delete',
      recall: { at: AT, byAddIn: true },
      returnTo: track,
      audience: 'external',
    });
  });
});

describe('guards', () => {
  it.each([
    ['partial', O, true],
    ['not-recallable', NOT, false],
    ['already recalled (blocker)', RECALLED, false],
  ])('canRecall: %s → %s', (_case, outcome, expected) => {
    expect(canRecall(outcome)).toBe(expected);
  });

  it('canRecallThroughGraph only when Graph answered for this item', () => {
    expect(canRecallThroughGraph(O)).toBe(true);
    expect(canRecallThroughGraph(DEGRADED)).toBe(false);
    expect(canRecallThroughGraph(partialOutcome({ restId: null }))).toBe(false);
  });

  it('earlierRecallOf: the check’s own fact first, else the ALREADY_RECALLED blocker (time and author unknown)', () => {
    expect(earlierRecallOf(O)).toBeNull();
    expect(earlierRecallOf(RECALLED)).toEqual({ at: null, byAddIn: false });
    expect(earlierRecallOf({ ...RECALLED, earlierRecall: { at: AT, byAddIn: true } })).toEqual({ at: AT, byAddIn: true });
  });

  it('alreadyRecalled reads the ALREADY_RECALLED blocker', () => {
    expect(alreadyRecalled(RECALLED)).toBe(true);
    expect(alreadyRecalled(O)).toBe(false);
  });
});
