import { initialSession, overridesOf, planDecisions, sessionReducer, type SessionEvent } from '../../src/usecases/followUp/session';
import type { CheckOutcome } from '../../src/usecases/check/checkMessage';
import { wizardReducer, type WizardEvent, type WizardState } from '../../src/app/wizard';
import { aMessage, aRecipient, assess, keyOf } from '../builders/domain';

/*
 * Where the alternatives and the incident path sit in the wizard, and the follow-up session that
 * keeps what the user typed while they move around.
 */

const O = {
  key: { itemId: 'rest:id', attempt: 1 },
  item: { restId: 'id', itemClass: 'IPM.Note', subject: 'S', sentDateTime: null, from: '', recipients: [], recipientCap: 20 },
  subject: 'S',
  sentDateTime: null,
  assessment: assess(aMessage().to('boris@contoso.com'), [aRecipient('boris@contoso.com').internal()]),
  gaps: [],
  roundTrips: 1,
} satisfies CheckOutcome;

const run = (events: WizardEvent[], from: WizardState = { step: 'context', status: 'loading', attempt: 1 }) => events.reduce(wizardReducer, from);
const checked: WizardEvent = { type: 'checked', outcome: O };
const RECALLED_AT = new Date('2026-11-25T09:58:00Z');

describe('wizard: the recall stays with the item through every step', () => {
  const track: WizardState = { step: 'track', outcome: O, choice: 'delete', recall: { at: RECALLED_AT, byAddIn: true } };

  it('track → alternatives → back: the recall travels along, so the plan never forgets it', () => {
    const next = wizardReducer(track, { type: 'show-follow-up' });
    expect(next).toEqual({ step: 'alternatives', outcome: O, choice: 'delete', recall: { at: RECALLED_AT, byAddIn: true }, returnTo: track });
    expect(wizardReducer(next, { type: 'back' })).toBe(track);
  });

  it('before any recall the alternatives carry none', () => {
    expect(run([checked, { type: 'show-follow-up' }])).toMatchObject({ step: 'alternatives', recall: null });
  });
});

describe('wizard: the incident path', () => {
  it('from check, and back to check', () => {
    const incident = run([checked, { type: 'show-incident' }]);
    expect(incident).toMatchObject({ step: 'incident', returnTo: { step: 'check' } });
    expect(wizardReducer(incident, { type: 'back' })).toEqual({ step: 'check', outcome: O, choice: 'delete', recall: null });
  });

  it('from alternatives it keeps the recall; back returns to those alternatives', () => {
    const track: WizardState = { step: 'track', outcome: O, choice: 'delete', recall: { at: RECALLED_AT, byAddIn: false } };
    const followUp = wizardReducer(track, { type: 'show-follow-up' });
    const incident = wizardReducer(followUp, { type: 'show-incident' });
    expect(incident).toMatchObject({ step: 'incident', recall: { at: RECALLED_AT, byAddIn: false } });
    expect(wizardReducer(incident, { type: 'back' })).toBe(followUp);
    // "Ask them to delete it" from the incident path goes to the same follow-up, not a new one.
    expect(wizardReducer(incident, { type: 'show-follow-up' })).toBe(followUp);
  });

  it('check → incident → alternatives: Back skips the incident step (no loop in the history)', () => {
    const followUp = run([checked, { type: 'show-incident' }, { type: 'show-follow-up' }]);
    expect(followUp).toMatchObject({ step: 'alternatives', returnTo: { step: 'check' } });
    expect(wizardReducer(followUp, { type: 'back' })).toEqual({ step: 'check', outcome: O, choice: 'delete', recall: null });
  });

  it.each<[string, WizardState]>([
    ['no verdict yet', { step: 'context', status: 'loading', attempt: 1 }],
    ['while the recall is in flight', { step: 'act', outcome: O, choice: 'delete', recall: null, cameFrom: 'check', act: { mode: 'recalling' } }],
  ])('not from %s', (_name, state) => {
    expect(wizardReducer(state, { type: 'show-incident' })).toBe(state);
  });

  it('incident from incident stays put; a new item resets everything', () => {
    const incident = run([checked, { type: 'show-incident' }]);
    expect(wizardReducer(incident, { type: 'show-incident' })).toBe(incident);
    expect(wizardReducer(incident, { type: 'item-loading', attempt: 2 })).toEqual({ step: 'context', status: 'loading', attempt: 2 });
  });
});

describe('follow-up session', () => {
  const play = (events: SessionEvent[]) => events.reduce(sessionReducer, initialSession);

  it('starts on please-delete with nothing changed', () => {
    expect(initialSession).toMatchObject({ template: 'pleaseDelete', actions: [] });
    expect(initialSession.overrides.size).toBe(0);
    expect(initialSession.texts.size).toBe(0);
  });

  it('keeps one edited text per template and audience; restoring drops only that one', () => {
    const s = play([
      { type: 'edit-text', key: 'pleaseDelete:external', text: { subject: 'a', body: 'b' } },
      { type: 'edit-text', key: 'pleaseDelete:internal', text: { subject: 'c', body: 'd' } },
      { type: 'select-template', template: 'apology' },
      { type: 'select-template', template: 'pleaseDelete' },
      { type: 'restore-text', key: 'pleaseDelete:internal' },
    ]);
    expect([...s.texts.entries()]).toEqual([['pleaseDelete:external', { subject: 'a', body: 'b' }]]);
    expect(s.template).toBe('pleaseDelete');
  });

  it('an override that matches the rule is dropped, so later tracking applies again', () => {
    const s = play([
      { type: 'set-included', key: keyOf('boris@contoso.com'), included: true, ruleIncluded: false },
      { type: 'set-included', key: keyOf('laura@fabrikam.com'), included: false, ruleIncluded: true },
    ]);
    expect(overridesOf(s)).toEqual({ add: new Set(['boris@contoso.com']), remove: new Set(['laura@fabrikam.com']) });
    const back = sessionReducer(s, { type: 'set-included', key: keyOf('boris@contoso.com'), included: false, ruleIncluded: false });
    expect(overridesOf(back)).toEqual({ add: new Set(), remove: new Set(['laura@fabrikam.com']) });
  });

  it('records actions in order and never mutates the previous session', () => {
    const at = new Date('2026-11-25T10:00:00Z');
    const before = play([]);
    const after = sessionReducer(before, { type: 'record', action: { kind: 'security-report-opened', at } });
    expect(after.actions).toEqual([{ kind: 'security-report-opened', at }]);
    expect(before.actions).toEqual([]);
  });

  it('follow-up decisions: skipped can be taken back, an opened note stays opened', () => {
    const s = play([
      { type: 'decide', keys: ['dmitry.k@gmail.com', 'boris@contoso.com'].map(keyOf), decision: 'opened' },
      { type: 'decide', keys: ['dmitry.k@gmail.com', 'laura@fabrikam.com'].map(keyOf), decision: 'skipped' },
    ]);
    expect([...s.decisions.entries()]).toEqual([
      ['dmitry.k@gmail.com', 'opened'],
      ['boris@contoso.com', 'opened'],
      ['laura@fabrikam.com', 'skipped'],
    ]);
    const undone = sessionReducer(s, { type: 'decide', keys: ['laura@fabrikam.com'].map(keyOf), decision: null });
    expect(undone.decisions.has(keyOf('laura@fabrikam.com'))).toBe(false);
  });

  it('taking someone out of the writer’s list is a decision for the plan: no note needed (issue #22 item 7)', () => {
    const laura = keyOf('laura@fabrikam.com');
    const out = play([{ type: 'set-included', key: laura, included: false, ruleIncluded: true }]);
    expect(planDecisions(out).get(laura)).toBe('skipped');
    // Ticked again: the decision is gone with it.
    const back = sessionReducer(out, { type: 'set-included', key: laura, included: true, ruleIncluded: true });
    expect(planDecisions(back).has(laura)).toBe(false);
    // A note opened for them stays what the plan knows.
    const opened = play([
      { type: 'decide', keys: [laura], decision: 'opened' },
      { type: 'set-included', key: laura, included: false, ruleIncluded: true },
    ]);
    expect(planDecisions(opened).get(laura)).toBe('opened');
  });

  it('“no note needed” takes them out of the writer’s list, and ticking them there takes it back', () => {
    const laura = keyOf('laura@fabrikam.com');
    const skipped = play([{ type: 'decide', keys: [laura], decision: 'skipped' }]);
    expect(overridesOf(skipped).remove).toEqual(new Set([laura]));
    const ticked = sessionReducer(skipped, { type: 'set-included', key: laura, included: true, ruleIncluded: true });
    expect(ticked.decisions.has(laura)).toBe(false);
    expect(overridesOf(ticked)).toEqual({ add: new Set(), remove: new Set() });
  });

  it('the replacement: chosen with the recall, parts opened once each, skipped and taken back', () => {
    const s = play([
      { type: 'recall-chosen', replaceBy: 'add-in' },
      { type: 'replacement-opened', part: 1 },
      { type: 'replacement-opened', part: 1 },
      { type: 'replacement-skipped', skipped: true },
      { type: 'replacement-skipped', skipped: false },
    ]);
    expect(s.replacement).toEqual({ by: 'add-in', opened: [1], skipped: false });
    // "I've recalled it" clicked again keeps what was opened; another choice starts over.
    expect(sessionReducer(s, { type: 'recall-chosen', replaceBy: 'add-in' }).replacement).toEqual(s.replacement);
    expect(sessionReducer(s, { type: 'recall-chosen', replaceBy: 'outlook' }).replacement).toEqual({ by: 'outlook', opened: [], skipped: false });
  });

  it('the recall chosen with "Delete": no replacement, even where one was chosen before', () => {
    const s = play([
      { type: 'recall-chosen', replaceBy: 'add-in' },
      { type: 'recall-chosen', replaceBy: null },
    ]);
    expect(s.replacement).toBeUndefined();
    // Nothing to open or skip without one.
    expect(sessionReducer(s, { type: 'replacement-opened', part: 0 })).toBe(s);
    expect(sessionReducer(s, { type: 'replacement-skipped', skipped: true })).toBe(s);
  });
});
