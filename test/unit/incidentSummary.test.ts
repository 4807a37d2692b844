import { incidentWords } from '../../src/app/incident/incidentWords';
import { incidentActions } from '../../src/usecases/incident/incidentSummary';
import { summaryFileName } from '../../src/app/incident/exportSummary';
import { parseAddress } from '../../src/domain/address';
import { planFollowUp } from '../../src/domain/followUp';
import { buildIncidentSummary, incidentSummaryJson, incidentSummaryText, type IncidentAction, type IncidentInput } from '../../src/domain/incidentSummary';
import { buildRecallPlan } from '../../src/domain/recallPlan';
import type { RecallOutcome } from '../../src/domain/recallTracking';
import { createTranslator } from '../../src/i18n/translator';
import { aMessage, aPolicy, aRecipient, assess, NOW } from '../builders/domain';

/*
 * The incident summary: what a security team needs (time, subject, sender, every recipient with
 * verdict, reasons and recall outcome, what was done) as language-neutral JSON and as readable text.
 */

const BORIS = 'boris.ivanov@contoso.com';
const LAURA = 'laura.jensen@fabrikam.com';
const DMITRY = 'dmitry.k@gmail.com';
const SENT = new Date('2026-11-25T09:56:00Z');
const RECALLED = new Date('2026-11-25T09:58:00Z');
const OPENED = new Date('2026-11-25T10:01:00Z');

function input(overrides: Partial<IncidentInput> = {}, outcomes?: Record<string, RecallOutcome>): IncidentInput {
  const assessment = assess(
    aMessage().withSubject('Customer list <Q4>').to({ name: 'Boris Ivanov', address: BORIS }, { name: 'Laura Jensen', address: LAURA }).bcc(DMITRY),
    [aRecipient(BORIS).internal(), aRecipient(LAURA).external()],
  );
  const tracked = outcomes ? new Map(Object.entries(outcomes).map(([a, o]) => [parseAddress(a).key, o])) : undefined;
  const plan = planFollowUp(assessment, tracked ? { outcomes: tracked } : {});
  // The count comes from the recall plan, as the pane builds it (RecallPlanProvider).
  const recallPlan = buildRecallPlan({
    assessment,
    sender: 'alex.morgan@contoso.com',
    recall: tracked ? { at: RECALLED, byAddIn: true } : null,
    outcomes: tracked ?? null,
    decisions: new Map(),
  });
  return {
    generatedAt: NOW,
    subject: 'Customer list <Q4>',
    sentAt: SENT,
    sender: 'alex.morgan@contoso.com',
    assessment,
    plan,
    mayStillHave: recallPlan.mayStillHave,
    actions: [],
    ...overrides,
  };
}

const followUp: IncidentAction = { kind: 'follow-up-opened', at: OPENED, template: 'pleaseDelete', audience: 'external', recipients: 2, part: 0, parts: 1 };

describe('buildIncidentSummary', () => {
  it('every recipient with fields, audience, verdict, reasons, recall status and follow-up decision', () => {
    const summary = buildIncidentSummary(input({ actions: [{ kind: 'recall-requested', at: RECALLED, by: 'add-in' }] }, { [BORIS]: 'succeeded' }));
    expect(summary.recipients).toEqual([
      {
        name: 'Boris Ivanov',
        address: BORIS,
        fields: ['to'],
        audience: 'internal',
        verdict: 'recallable',
        reasons: ['INTERNAL'],
        recall: 'succeeded',
        followUp: { included: false, why: 'RECALLED' },
      },
      {
        name: 'Laura Jensen',
        address: LAURA,
        fields: ['to'],
        audience: 'external',
        verdict: 'not-recallable',
        reasons: ['EXTERNAL'],
        recall: 'not-attempted',
        followUp: { included: true, why: 'NOT_RECALLABLE' },
      },
      {
        name: '',
        address: DMITRY,
        fields: ['bcc'],
        audience: 'external',
        verdict: 'not-recallable',
        reasons: ['CONSUMER_MAILBOX'],
        recall: 'not-attempted',
        followUp: { included: true, why: 'NOT_RECALLABLE' },
      },
    ]);
    expect(summary.counts).toEqual({ recipients: 3, external: 2, mayStillHave: 2 });
    expect(summary.overall).toBe('partial');
  });

  it('a recall requested but not tracked says so for those it aimed at', () => {
    const summary = buildIncidentSummary(input({ actions: [{ kind: 'recall-requested', at: null, by: 'outlook' }] }));
    expect(summary.recipients.map((r) => [r.address, r.recall])).toEqual([
      [BORIS, 'not-tracked'],
      [LAURA, 'not-attempted'],
      [DMITRY, 'not-attempted'],
    ]);
  });

  it('no recall at all: nobody was attempted', () => {
    expect(buildIncidentSummary(input()).recipients.every((r) => r.recall === 'not-attempted')).toBe(true);
  });

  it('may still have it: everyone no recall report says it was removed from, not only those a recall can’t reach (issue #22 item 4)', () => {
    // Two colleagues not recalled yet and one Gmail recipient: all three still have it.
    const assessment = assess(aMessage().to(BORIS, DMITRY).cc('maria.sokolova@contoso.com'), [
      aRecipient(BORIS).internal(),
      aRecipient('maria.sokolova@contoso.com').internal(),
    ]);
    const count = (outcomes: ReadonlyMap<ReturnType<typeof parseAddress>['key'], RecallOutcome> | null) =>
      buildRecallPlan({
        assessment,
        sender: 'alex.morgan@contoso.com',
        recall: outcomes ? { at: RECALLED, byAddIn: true } : null,
        outcomes,
        decisions: new Map(),
      }).mayStillHave;
    const summary = buildIncidentSummary({ ...input(), assessment, plan: planFollowUp(assessment), mayStillHave: count(null) });
    expect(summary.counts.mayStillHave).toBe(3);
    expect(incidentSummaryText(summary, incidentWords(createTranslator('en')))).toContain('may still have the message: 3.');
    // Once the reports say both colleagues' copies are gone, only Gmail's is left.
    expect(
      count(
        new Map([
          [parseAddress(BORIS).key, 'succeeded'],
          [parseAddress('maria.sokolova@contoso.com').key, 'succeeded'],
        ]),
      ),
    ).toBe(1);
    // A recall still running removed nothing yet.
    expect(count(new Map([[parseAddress(BORIS).key, 'pending']]))).toBe(3);
  });
});

describe('incidentSummaryJson: codes, ISO times, stable shape', () => {
  it('round-trips to the documented structure', () => {
    const summary = buildIncidentSummary(
      input({ actions: [{ kind: 'recall-requested', at: RECALLED, by: 'add-in' }, followUp, { kind: 'recall-requested-earlier' }] }),
    );
    const json = JSON.parse(incidentSummaryJson(summary)) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: 'recall-assistant/incident-summary',
      version: 1,
      generatedAt: NOW.toISOString(),
      message: { subject: 'Customer list <Q4>', sentAt: SENT.toISOString(), sender: 'alex.morgan@contoso.com' },
      verdict: { overall: 'partial', messageReasons: [], messageCautions: [] },
      // Nothing recalled yet: Boris, whom a recall can still reach, has it too.
      counts: { recipients: 3, external: 2, mayStillHave: 3 },
    });
    expect(json['actions']).toEqual([
      { kind: 'recall-requested', at: RECALLED.toISOString(), by: 'add-in' },
      { kind: 'follow-up-opened', at: OPENED.toISOString(), template: 'pleaseDelete', audience: 'external', recipients: 2, part: 0, parts: 1 },
      { kind: 'recall-requested-earlier' },
    ]);
    expect((json['recipients'] as unknown[]).length).toBe(3);
  });

  it('evidence missing at the check is part of the record (codes in JSON, words in the text)', () => {
    const assessment = assess(aMessage().to(BORIS), [aRecipient(BORIS).internal()], aPolicy().recallPolicyUnknown());
    const summary = buildIncidentSummary({ ...input(), assessment, plan: planFollowUp(assessment, {}) });
    expect(JSON.parse(incidentSummaryJson(summary))).toMatchObject({
      verdict: { overall: 'uncertain', messageReasons: [], messageCautions: ['RECALL_POLICY_UNKNOWN'] },
    });
    expect(incidentSummaryText(summary, incidentWords(createTranslator('en')))).toContain('Your organisation’s recall setting is unknown');
  });

  it('an unknown sending time is null, not a made-up date', () => {
    const json = JSON.parse(incidentSummaryJson(buildIncidentSummary(input({ sentAt: null })))) as { message: { sentAt: unknown } };
    expect(json.message.sentAt).toBeNull();
  });
});

describe('incidentSummaryText (words from the catalogs)', () => {
  const en = createTranslator('en');
  const ru = createTranslator('ru');

  it('English: time, subject, sender, verdict, each recipient, actions', () => {
    const summary = buildIncidentSummary(input({ actions: [{ kind: 'recall-requested', at: RECALLED, by: 'add-in' }, followUp] }, { [BORIS]: 'succeeded' }));
    const text = incidentSummaryText(summary, incidentWords(en));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Incident summary: message sent by mistake');
    expect(text).toContain(`Prepared: ${en.dateTime(NOW)}`);
    expect(text).toContain('Subject: Customer list <Q4>');
    expect(text).toContain(`Sent: ${en.dateTime(SENT)}`);
    expect(text).toContain('Sender: alex.morgan@contoso.com');
    expect(text).toContain('Recall verdict: a recall can reach only some recipients');
    expect(text).toContain('3 recipients; outside the organisation or unknown: 2; may still have the message: 2.');
    expect(text).toContain(
      `- Boris Ivanov <${BORIS}> (To): inside the organisation; recallable: In your organisation; recall succeeded; follow-up: no, recalled: the message is gone from their mailbox`,
    );
    expect(text).toContain(
      `- Laura Jensen <${LAURA}> (To): outside the organisation or unknown; not recallable: Outside your organisation; no recall attempted; follow-up: yes, a recall can’t reach them`,
    );
    expect(text).toContain(`- ${DMITRY} (Bcc):`);
    expect(text).toContain(`- ${en.dateTime(RECALLED)}: recall requested through Recall Assistant`);
    expect(text).toContain(`- ${en.dateTime(OPENED)}: “Ask them to delete it” message opened in Outlook for 2 recipients outside the organisation or unknown`);
  });

  it('Russian: the same facts in Russian, with correct plurals', () => {
    const summary = buildIncidentSummary(input({ actions: [followUp, { kind: 'security-report-opened', at: OPENED }] }));
    const text = incidentSummaryText(summary, incidentWords(ru));
    expect(text.split('\n')[0]).toBe('Сводка об инциденте: письмо отправлено по ошибке');
    expect(text).toContain('3 получателя; вне организации или не проверено: 2; письмо может оставаться у 3 получателей.');
    expect(text).toContain('«Попросить удалить письмо» для 2 получателей вне организации');
    expect(text).toContain('открыто сообщение ответственному за безопасность');
    expect(text).toContain('Кому');
    expect(text).toContain('Скрытая копия');
  });

  it('reopened after a recall: no "a recall can’t work", and a recalled colleague is not "not recallable"', () => {
    // Issue 22, item 2: the summary said "a recall can’t work" and "not recallable: … recall succeeded".
    const assessment = assess(aMessage().alreadyRecalled().to({ name: 'Boris Ivanov', address: BORIS }, DMITRY), [aRecipient(BORIS).internal()]);
    const plan = planFollowUp(assessment, { outcomes: new Map([[parseAddress(BORIS).key, 'succeeded']]), recallRequested: true });
    const summary = buildIncidentSummary({ ...input(), assessment, plan, actions: [{ kind: 'recall-requested', at: RECALLED, by: 'add-in' }] });
    for (const translator of [en, ru]) {
      const text = incidentSummaryText(summary, incidentWords(translator));
      expect(text).not.toContain(translator.t('summary.overall.not-recallable'));
      expect(text).not.toContain(`${translator.t('summary.verdictOf', { verdict: 'no' })}: ${translator.t('reason.INTERNAL.title')}`);
      expect(text).toContain(`${translator.t('summary.verdictOf', { verdict: 'recallable' })}: ${translator.t('reason.INTERNAL.title')}`);
    }
    const text = incidentSummaryText(summary, incidentWords(en));
    expect(text).toContain('Recall verdict: Recall already requested');
    expect(text).toContain(`- Boris Ivanov <${BORIS}> (To): inside the organisation; recallable: In your organisation; recall succeeded;`);
    expect(text).toContain(`- ${DMITRY} (To): outside the organisation or unknown; not recallable: Personal mailbox; no recall attempted; follow-up: yes`);
  });

  it('nothing done yet says so', () => {
    expect(incidentSummaryText(buildIncidentSummary(input()), incidentWords(en))).toMatch(/Actions taken\n- none yet$/);
  });

  it('a shortened list keeps those who may still have it first and says how many more', () => {
    const summary = buildIncidentSummary(input({}, { [BORIS]: 'succeeded' }));
    const text = incidentSummaryText(summary, incidentWords(en), { maxRecipients: 1 });
    const listed = text.split('\n').filter((l) => l.startsWith('- ') && l.includes('@'));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain(LAURA);
    expect(text).toContain('… and 2 more');
  });

  it('split follow-ups name the part', () => {
    const summary = buildIncidentSummary(input({ actions: [{ ...followUp, part: 1, parts: 3 }] }));
    expect(incidentSummaryText(summary, incidentWords(en))).toContain('(message 2 of 3)');
  });
});

describe('incidentActions: what was done, in order', () => {
  const outcome = (alreadyRecalled: boolean) => {
    const message = aMessage().to(BORIS);
    const assessment = assess(alreadyRecalled ? message.alreadyRecalled() : message, [aRecipient(BORIS).internal()]);
    return { assessment } as Parameters<typeof incidentActions>[0];
  };

  it.each<[string, boolean, Parameters<typeof incidentActions>[1], IncidentAction[]]>([
    ['nothing tracked, nothing earlier', false, undefined, []],
    [
      'a recall through the add-in',
      false,
      { outcomes: new Map(), recalledAt: RECALLED, byAddIn: true },
      [{ kind: 'recall-requested', at: RECALLED, by: 'add-in' }],
    ],
    [
      'a recall with Outlook’s command (time unknown)',
      false,
      { outcomes: new Map(), recalledAt: null, byAddIn: false },
      [{ kind: 'recall-requested', at: null, by: 'outlook' }],
    ],
    [
      'reopened after the add-in’s own recall: its mark gives the time and who',
      true,
      { outcomes: new Map(), recalledAt: RECALLED, byAddIn: true },
      [{ kind: 'recall-requested', at: RECALLED, by: 'add-in' }],
    ],
    [
      'a recall found in the mailbox wins over tracking',
      true,
      { outcomes: new Map(), recalledAt: null, byAddIn: false },
      [{ kind: 'recall-requested-earlier' }],
    ],
  ])('%s', (_name, already, tracked, expected) => {
    expect(incidentActions(outcome(already), tracked, [])).toEqual(expected);
    expect(incidentActions(outcome(already), tracked, [followUp])).toEqual([...expected, followUp]);
  });
});

describe('summaryFileName', () => {
  it('sortable UTC stamp, nothing personal', () => {
    expect(summaryFileName(new Date('2026-11-25T10:03:59Z'), 'txt')).toBe('incident-summary-20261125-1003.txt');
    expect(summaryFileName(new Date('2026-01-02T03:04:05Z'), 'json')).toBe('incident-summary-20260102-0304.json');
  });
});
