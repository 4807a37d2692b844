/**
 * Issue #21 item 5: keys that are not ours but look like ours, and keys given twice. Before, each
 * was ignored (or JSON.parse kept the last value) and Exchange Online's defaults stood, so a
 * message older than the admin's real limit, or sent where recall is off, was still promised a
 * recall. Now the setting such a key resembles is unknown (fail closed) and the admin is told
 * which key (the words: test/component/App.test.tsx).
 */
import fc from 'fast-check';
import { meantSetting } from '../../../src/config/configKeys';
import { duplicateKeys } from '../../../src/config/duplicateKeys';
import { parseConfigText } from '../../../src/config/parseConfig';
import { EXCHANGE_ONLINE_DEFAULTS, UNREADABLE_POLICY_FALLBACKS, type RecallPolicy } from '../../../src/domain/policy';
import { SAFETY_WINDOW_OFF } from '../../../src/domain/safetyWindow';
import { sendTimeConfig } from '../../../src/launchevent/sendTimeConfig';
import { aMessage, aRecipient, assess } from '../../builders/domain';

/** A colleague MailTips confirmed, a message sent 3 days ago: recallable under the defaults, not under a 1-day limit or recall off. */
const colleague = [aRecipient('boris@contoso.com').internal()];
const threeDaysOld = aMessage().to('boris@contoso.com').sentDaysAgo(3);
const verdictUnder = (json: string) => assess(threeDaysOld, colleague, parseConfigText(json).policy.policy);

describe('a key that looks like one of ours makes that setting unknown', () => {
  it.each<[string, string, keyof RecallPolicy]>([
    ['the age without its unit', '{ "maxRecallableAge": 1 }', 'maxRecallableAgeDays'],
    ['full-width letters (NFKC)', '{ "ｍessageRecallEnabled": false }', 'recallEnabled'],
    ['a suffix', '{ "recallEnabledForAllUsers": false }', 'recallEnabled'],
    ['a nested object whose path joins to ours', '{ "recall": { "enabled": false } }', 'recallEnabled'],
    ['deeper nesting under a prefix', '{ "org": { "recall": { "enabled": false } } }', 'recallEnabled'],
    ['separators and a prefix', '{ "org_recall_enabled": false }', 'recallEnabled'],
    ['the Set-OrganizationConfig parameter as typed', '{ "-MessageRecallEnabled": "$false" }', 'recallEnabled'],
    ['the PowerShell age name', '{ "MessageRecallMaxRecallableAge": "1.00:00:00" }', 'maxRecallableAgeDays'],
    ['a prefix on the age', '{ "defaultMaxRecallableAgeDays": 1 }', 'maxRecallableAgeDays'],
    ['a zero-width space inside', '{ "recall\\u200bEnabled": false }', 'recallEnabled'],
    ['a Cyrillic е in place of e', '{ "rеcallEnabled": false }', 'recallEnabled'],
    ['a typo', '{ "recalEnabled": false }', 'recallEnabled'],
  ])('%s (%s): %s unknown, the correct key next to it notwithstanding; an old message is no longer promised a recall', (_case, json, field) => {
    // The correct keys say "on, 365 days": the look-alike may be the admin's real value.
    const withCorrect = json.replace(/^\{/, '{ "recallEnabled": true, "maxRecallableAgeDays": 365,');
    const loaded = parseConfigText(withCorrect).policy;
    expect(loaded.policy).toEqual({ ...EXCHANGE_ONLINE_DEFAULTS, [field]: UNREADABLE_POLICY_FALLBACKS[field] });
    expect(loaded.problems).toEqual([expect.objectContaining({ kind: 'near-miss', meant: field })]);
    expect(verdictUnder(withCorrect).overall).toBe('uncertain');
    expect(verdictUnder('{ "recallEnabled": true, "maxRecallableAgeDays": 365 }').overall).toBe('recallable');
  });

  it.each<[string, keyof RecallPolicy, RecallPolicy[keyof RecallPolicy]]>([
    ['RecallReadMessagesEnabled', 'recallReadMessages', false],
    ['MessageRecallAlertRecipientsEnabled', 'alertRecipients', true],
    ['MessageRecallAlertRecipientsReadMessagesOnlyEnabled', 'alertRecipients', true],
    ['AllowedSenderTenantIds', 'crossTenantAllowedDomains', []],
    ['security_contact', 'securityContact', null],
  ])('%s → %s takes its strictest value (%j)', (key, field, strictest) => {
    expect(parseConfigText(JSON.stringify({ [key]: true })).policy.policy[field]).toEqual(strictest);
  });

  it.each(['colour', 'notes', '$comment', 'author', 'format', 'version', 'recall', 'enabled'])(
    '%s resembles nothing: named, ignored, defaults stand',
    (key) => {
      const loaded = parseConfigText(JSON.stringify({ [key]: 'x' })).policy;
      expect(loaded.policy).toEqual(EXCHANGE_ONLINE_DEFAULTS);
      expect(loaded.problems).toEqual([{ kind: 'unknown-key', key }]);
    },
  );

  it('the longest of our names a key holds wins, and our own keys are never look-alikes', () => {
    expect(meantSetting('MessageRecallAlertRecipientsEnabled')).toBe('alertRecipients');
    expect(meantSetting('RecallEnabled')).toBe('recallEnabled');
    expect(parseConfigText(JSON.stringify(EXCHANGE_ONLINE_DEFAULTS)).policy.problems).toEqual([]);
  });
});

describe('a key given twice with different values is unknown (JSON.parse would keep the last)', () => {
  it('recallEnabled false, then true: unknown, not "on"', () => {
    const json = '{ "recallEnabled": false, "maxRecallableAgeDays": 365, "recallEnabled": true }';
    const loaded = parseConfigText(json).policy;
    expect(loaded.policy.recallEnabled).toBeNull();
    expect(loaded.problems).toEqual([{ kind: 'duplicate', key: 'recallEnabled' }]);
    expect(verdictUnder(json).overall).toBe('uncertain');
  });

  it('the same value twice (spelt differently) is no conflict', () => {
    const loaded = parseConfigText('{ "maxRecallableAgeDays": 1, "maxRecallableAgeDays": 1.0 }').policy;
    expect(loaded).toEqual({ policy: { ...EXCHANGE_ONLINE_DEFAULTS, maxRecallableAgeDays: 1 }, safetyWindow: SAFETY_WINDOW_OFF, problems: [] });
  });

  it('inside the safety window: the window is unknown, and the Send check asks rather than letting mail through', () => {
    const loaded = parseConfigText('{ "safetyWindow": { "minutes": 10, "minutes": 0 } }');
    expect(loaded.policy.safetyWindow).toBeNull();
    expect(loaded.policy.problems).toEqual([{ kind: 'duplicate', key: 'safetyWindow.minutes' }]);
    expect(() => sendTimeConfig({ ...loaded, file: 'read' })).toThrow();
  });

  it('inside auth: no app registration (the pane runs on Office.js facts, never more hopeful)', () => {
    const loaded = parseConfigText('{ "auth": { "clientId": "11111111-1111-1111-1111-111111111111", "clientId": "22222222-2222-2222-2222-222222222222" } }');
    expect(loaded.auth.config).toBeNull();
    expect(loaded.auth.problems).toHaveLength(1);
    expect(loaded.policy.problems).toEqual([{ kind: 'duplicate', key: 'auth.clientId' }]);
  });
});

describe('the safety window and auth: near their keys', () => {
  it.each([
    ['a key inside the block we don\u2019t know (enabled)', '{ "safetyWindow": { "minutes": 10, "enabled": true } }'],
    ['the block under another case', '{ "SafetyWindow": { "minutes": 10 } }'],
    ['the block nested under another name', '{ "safety": { "window": { "minutes": 10 } } }'],
    ['a window field at the top', '{ "safetyWindowMinutes": 10 }'],
  ])('%s: unknown, never quietly off; the Send check asks', (_case, json) => {
    const loaded = parseConfigText(json);
    expect(loaded.policy.safetyWindow).toBeNull();
    expect(loaded.policy.problems).toEqual([expect.objectContaining({ kind: 'near-miss', meant: 'safetyWindow' })]);
    expect(() => sendTimeConfig({ ...loaded, file: 'read' })).toThrow();
  });

  it.each([
    ['clientId at the top', '{ "clientId": "11111111-1111-1111-1111-111111111111" }'],
    ['Auth in other case next to auth', '{ "auth": { "clientId": "11111111-1111-1111-1111-111111111111" }, "Auth": { "clientId": "x" } }'],
    ['a look-alike inside auth', '{ "auth": { "clientId": "11111111-1111-1111-1111-111111111111", "ClientID": "x" } }'],
  ])('%s: no app registration, and the sign-in gap names config.json', (_case, json) => {
    const loaded = parseConfigText(json);
    expect(loaded.auth.config).toBeNull();
    expect(loaded.auth.problems).toHaveLength(1);
    expect(loaded.policy.problems).toEqual([expect.objectContaining({ kind: 'near-miss', meant: 'auth' })]);
  });

  it('a key inside auth that resembles nothing is named; the registration stands', () => {
    const loaded = parseConfigText('{ "auth": { "clientId": "11111111-1111-1111-1111-111111111111", "redirectUri": "https://x" } }');
    expect(loaded.auth.config?.clientId).toBe('11111111-1111-1111-1111-111111111111');
    expect(loaded.policy.problems).toEqual([{ kind: 'unknown-key', key: 'auth.redirectUri' }]);
  });
});

describe('duplicateKeys (the scan of the raw text)', () => {
  it.each<[string, string, string[]]>([
    ['a top-level key', '{"a":1,"b":2,"a":2}', ['a']],
    ['a nested key', '{"s":{"m":1,"m":2}}', ['s.m']],
    ['in an array', '{"l":[{"x":true,"x":false}]}', ['l.0.x']],
    ['quotes, braces and escapes inside strings', '{"a":"}\\"{,","b":"\\u0061","a":"}\\"{,"}', []],
    ['equal values spelt differently', '{"a":"\\u0061","a":"a","n":1e0,"n":1,"o":{"x":1,"y":2},"o":{"y":2,"x":1}}', []],
    ['objects that differ', '{"o":{"x":1},"o":{"x":1,"y":2}}', ['o']],
    ['whitespace everywhere', ' { "a" : [ 1 , 2 ] ,\n\t"a" : [ 1 , 3 ] } ', ['a']],
    ['a scalar file', '42', []],
  ])('%s', (_case, json, expected) => {
    JSON.parse(json);
    expect(duplicateKeys(json)).toEqual(expected);
  });

  it('finds nothing in any JSON written without duplicates', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => duplicateKeys(JSON.stringify(value, null, 1)).length === 0));
  });
});
