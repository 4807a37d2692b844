import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { loadConfig, PANE_CONFIG_DEADLINE_MS } from '../../../src/config/loadConfig';
import { parseConfig } from '../../../src/config/parseConfig';
import { EXCHANGE_ONLINE_DEFAULTS, UNREADABLE_POLICY_FALLBACKS, type RecallPolicy } from '../../../src/domain/policy';
import { SAFETY_WINDOW_OFF } from '../../../src/domain/safetyWindow';
import { aMessage, aRecipient, assess } from '../../builders/domain';
import { setupMswForFile } from '../../builders/graph';

const { server, seen } = setupMswForFile();
const CONFIG_URL = 'https://recall.contoso.com/config.json';

describe('defaults are Exchange Online’s', () => {
  it('match Set-OrganizationConfig defaults (recall on, read messages recallable, 365 days, no alerts)', () => {
    expect(EXCHANGE_ONLINE_DEFAULTS).toEqual({
      recallEnabled: true,
      recallReadMessages: true,
      maxRecallableAgeDays: 365,
      alertRecipients: false,
      crossTenantAllowedDomains: [],
      securityContact: null,
      usesPurviewEncryption: false,
    });
  });

  it('an empty config file means the defaults, without problems', () => {
    expect(parseConfig({}).policy).toEqual({ policy: EXCHANGE_ONLINE_DEFAULTS, safetyWindow: SAFETY_WINDOW_OFF, problems: [] });
  });

  it('the config.json shipped in the repo is valid and says exactly the defaults', () => {
    const shipped: unknown = JSON.parse(readFileSync(join(__dirname, '../../../config.json'), 'utf8'));
    expect(parseConfig(shipped).policy).toEqual({ policy: EXCHANGE_ONLINE_DEFAULTS, safetyWindow: SAFETY_WINDOW_OFF, problems: [] });
  });
});

describe('parsePolicy', () => {
  it('takes every valid field the admin set, keeps defaults for the rest', () => {
    const { policy, problems } = parseConfig({
      $schema: './config.schema.json',
      recallReadMessages: false,
      maxRecallableAgeDays: 1,
      crossTenantAllowedDomains: ['Fabrikam.COM', 'пример.рф'],
      securityContact: { name: 'SOC', address: 'soc@contoso.com' },
    }).policy;
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      ...EXCHANGE_ONLINE_DEFAULTS,
      recallReadMessages: false,
      maxRecallableAgeDays: 1,
      crossTenantAllowedDomains: ['fabrikam.com', 'xn--e1afmkfd.xn--p1ai'],
      securityContact: { name: 'SOC', address: 'soc@contoso.com' },
    });
  });

  // Fail closed, field by field: the admin's valid "1 day" and "recall off" next to a mistake are
  // kept; the broken field takes the value that can't make a verdict more hopeful.
  it.each<[string, Record<string, unknown>, string, Partial<RecallPolicy>]>([
    ['recallEnabled as text', { recallEnabled: 'yes' }, 'recallEnabled', { recallEnabled: null }],
    ['recallEnabled as 0', { recallEnabled: 0 }, 'recallEnabled', { recallEnabled: null }],
    ['recallReadMessages as text', { recallReadMessages: 'false' }, 'recallReadMessages', { recallReadMessages: false }],
    ['a negative age', { maxRecallableAgeDays: -1 }, 'maxRecallableAgeDays', { maxRecallableAgeDays: null }],
    ['an age as text', { maxRecallableAgeDays: '1 day' }, 'maxRecallableAgeDays', { maxRecallableAgeDays: null }],
    ['an age beyond ten years', { maxRecallableAgeDays: 4000 }, 'maxRecallableAgeDays', { maxRecallableAgeDays: null }],
    ['an age in PowerShell form', { maxRecallableAgeDays: '365.00:00:00' }, 'maxRecallableAgeDays', { maxRecallableAgeDays: null }],
    ['alertRecipients as null', { alertRecipients: null }, 'alertRecipients', { alertRecipients: true }],
    ['partners as one string', { crossTenantAllowedDomains: 'fabrikam.com' }, 'crossTenantAllowedDomains', { crossTenantAllowedDomains: [] }],
    [
      'a partner that is not a domain (the good one stays)',
      { crossTenantAllowedDomains: ['fabrikam.com', 'not a domain'] },
      'crossTenantAllowedDomains.1',
      { crossTenantAllowedDomains: ['fabrikam.com'] },
    ],
    [
      'a partner that is a number',
      { crossTenantAllowedDomains: [42, 'fabrikam.com'] },
      'crossTenantAllowedDomains.0',
      { crossTenantAllowedDomains: ['fabrikam.com'] },
    ],
    ['a security contact without a valid address', { securityContact: { name: 'SOC', address: 'soc' } }, 'securityContact.address', { securityContact: null }],
    ['usesPurviewEncryption as text', { usesPurviewEncryption: 'yes' }, 'usesPurviewEncryption', { usesPurviewEncryption: false }],
  ])('%s → a problem naming %s; that field fails closed, the admin’s valid fields stay', (_case, raw, field, fallback) => {
    const { policy, problems } = parseConfig({ recallEnabled: false, maxRecallableAgeDays: 1, ...raw }).policy;
    expect(problems).toEqual([{ kind: 'invalid', text: expect.stringMatching(new RegExp(`^${field.replace('.', '\\.')}: `)) }]);
    expect(policy).toEqual({ ...EXCHANGE_ONLINE_DEFAULTS, recallEnabled: false, maxRecallableAgeDays: 1, ...fallback });
  });

  it('a typo elsewhere in the file no longer switches the admin’s recall-off back on (issue #12)', () => {
    const { policy, problems } = parseConfig({ recallEnabled: false, alertRecipents: true }).policy;
    expect(policy.recallEnabled).toBe(false);
    expect(problems).toEqual([{ kind: 'near-miss', key: 'alertRecipents', meant: 'alertRecipients' }]);
    // The misspelt field's real value is unknown: the strict one (recipients are alerted).
    expect(policy.alertRecipients).toBe(true);
  });

  it.each<[string, string, Partial<RecallPolicy>]>([
    ['a typo of recallEnabled', 'recalEnabled', { recallEnabled: null }],
    ['recallEnabled in other case', 'RecallEnabled', { recallEnabled: null }],
    ['the PowerShell name MessageRecallEnabled', 'MessageRecallEnabled', { recallEnabled: null }],
    ['the PowerShell name RecallReadMessagesEnabled', 'RecallReadMessagesEnabled', { recallReadMessages: false }],
    ['the PowerShell name MessageRecallMaxRecallableAge', 'MessageRecallMaxRecallableAge', { maxRecallableAgeDays: null }],
  ])('%s (%s) makes the field it resembles unknown, even next to a correct one', (_case, key, fallback) => {
    const { policy, problems } = parseConfig({ recallEnabled: true, recallReadMessages: true, maxRecallableAgeDays: 365, [key]: false }).policy;
    expect(problems).toEqual([{ kind: 'near-miss', key, meant: Object.keys(fallback)[0] }]);
    expect(policy).toEqual({ ...EXCHANGE_ONLINE_DEFAULTS, ...fallback });
  });

  it('an unknown key that resembles nothing is named and ignored; `$schema` and `auth` are not problems', () => {
    const { policy, problems } = parseConfig({ $schema: './config.schema.json', auth: { clientId: 'x' }, colour: 'blue', recallEnabled: false }).policy;
    expect(problems).toEqual([{ kind: 'unknown-key', key: 'colour' }]);
    expect(policy).toEqual({ ...EXCHANGE_ONLINE_DEFAULTS, recallEnabled: false });
  });

  it.each([[null], ['recallEnabled=false'], [42], [[{ recallEnabled: false }]]])(
    'a file that is not an object (%j): one problem at the root, every setting unknown',
    (raw) => {
      const { policy, problems } = parseConfig(raw).policy;
      expect(policy).toEqual(UNREADABLE_POLICY_FALLBACKS);
      expect(problems).toEqual([{ kind: 'invalid', text: expect.stringMatching(/^\(root\): /) }]);
    },
  );
});

describe('an unreadable setting never makes a verdict more hopeful', () => {
  const internal = [aRecipient('boris@contoso.com').internal().hasRead(), aRecipient('maria@contoso.com').internal()];
  const message = aMessage().to('boris@contoso.com', 'maria@contoso.com').sentDaysAgo(2);

  it.each<[string, Record<string, unknown>]>([
    ['recallEnabled', { recallEnabled: 'no' }],
    ['recallReadMessages', { recallReadMessages: 'no' }],
    ['maxRecallableAgeDays', { maxRecallableAgeDays: '1 day' }],
    ['a misspelt recallEnabled', { recallEnable: false }],
  ])('%s unreadable: nobody is promised a recall that some valid value of it would refuse', (_field, broken) => {
    const field = Object.keys(broken)[0] === 'recallEnable' ? 'recallEnabled' : (Object.keys(broken)[0] as string);
    const validValues: unknown[] = field === 'maxRecallableAgeDays' ? [0, 1, 7, 365] : [true, false];
    const loaded = parseConfig(broken).policy;
    const gap = assess(message, internal, loaded.policy);
    const promised = (a: typeof gap) => a.recipients.filter((r) => r.verdict === 'recallable').map((r) => r.address);
    for (const value of validValues) {
      const honest = assess(message, internal, parseConfig({ [field]: value }).policy.policy);
      for (const address of promised(gap)) expect({ value, address, promised: promised(honest).includes(address) }).toEqual({ value, address, promised: true });
      if (gap.overall === 'recallable') expect(honest.overall).toBe('recallable');
    }
    // …and the pane says why: the admin note names the field.
    expect(JSON.stringify(loaded.problems)).toContain(Object.keys(broken)[0]);
  });
});

describe('loadConfig (HTTP)', () => {
  it('reads the admin’s file next to the pane, without any Authorization header', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.json({ recallEnabled: false })));
    const loaded = (await loadConfig(CONFIG_URL)).policy;
    expect(loaded).toEqual({ policy: { ...EXCHANGE_ONLINE_DEFAULTS, recallEnabled: false }, safetyWindow: SAFETY_WINDOW_OFF, problems: [] });
    expect(seen[0]?.authorization).toBeNull();
  });

  // The build ships a config.json (all defaults), so a missing or broken file is a deployment fault:
  // the admin's real settings are unknown, and may be stricter than Exchange Online's defaults.
  it.each<[string, () => Response, string]>([
    ['no file (404)', () => new HttpResponse('Not found', { status: 404 }), 'config.json: not found (HTTP 404); every setting is treated as unknown'],
    ['a server error', () => new HttpResponse('oops', { status: 500 }), 'config.json: HTTP 500; every setting is treated as unknown'],
    [
      'a file that is not JSON',
      () => new HttpResponse('{ "recallEnabled": false, }', { status: 200 }),
      'config.json: not valid JSON; every setting is treated as unknown',
    ],
  ])('%s: every setting unknown (fail closed), and the admin is told', async (_case, answer, problem) => {
    server.use(http.get(CONFIG_URL, answer));
    expect((await loadConfig(CONFIG_URL)).policy).toEqual({
      policy: UNREADABLE_POLICY_FALLBACKS,
      safetyWindow: null,
      problems: [{ kind: 'invalid', text: problem }],
    });
  });

  it('an invalid field: only that field fails closed, and a problem names it', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.json({ recallEnabled: false, maxRecallableAgeDays: 'one' })));
    const loaded = (await loadConfig(CONFIG_URL)).policy;
    expect(loaded.policy).toEqual({ ...EXCHANGE_ONLINE_DEFAULTS, recallEnabled: false, maxRecallableAgeDays: null });
    expect(loaded.problems).toEqual([{ kind: 'invalid', text: expect.stringMatching(/^maxRecallableAgeDays: /) }]);
  });

  // The safety window holds people's mail: only a block the add-in fully understands turns it on
  // (docs/safety-window.md); the recall settings next to it are read as usual.
  it('an invalid safetyWindow field: the window is unknown (never quietly off), the recall settings stay, and a problem names the field', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.json({ recallEnabled: false, safetyWindow: { minutes: 90, for: 'everyone' } })));
    const loaded = (await loadConfig(CONFIG_URL)).policy;
    expect(loaded.safetyWindow).toBeNull();
    expect(loaded.policy).toEqual({ ...EXCHANGE_ONLINE_DEFAULTS, recallEnabled: false });
    expect(loaded.problems).toEqual([{ kind: 'invalid', text: expect.stringMatching(/^safetyWindow\.minutes: .*; treated as unknown$/) }]);
  });

  it('a valid safetyWindow block is taken as written, without problems', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.json({ safetyWindow: { minutes: 10 } })));
    const loaded = (await loadConfig(CONFIG_URL)).policy;
    expect(loaded.safetyWindow).toEqual({ minutes: 10, for: 'outsiders', optInMinutes: 0, withoutGraph: 'sender-domain' });
    expect(loaded.problems).toEqual([]);
  });

  it('a network error: every setting unknown, and the admin is told it could not be loaded', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.error()));
    expect((await loadConfig(CONFIG_URL)).policy).toEqual({
      policy: UNREADABLE_POLICY_FALLBACKS,
      safetyWindow: null,
      problems: [{ kind: 'invalid', text: 'config.json: could not be loaded; every setting is treated as unknown' }],
    });
  });

  // Issue #21 item 8: a host that never answers blanked the pane (it awaited config.json forever).
  describe('a deadline, on the test clock', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    /** A fetch that never answers; it only records whether it was told to stop. */
    const silentHost = () => {
      const signals: AbortSignal[] = [];
      const fetchImpl = ((_url: RequestInfo | URL, init?: RequestInit) => {
        if (init?.signal) signals.push(init.signal);
        return new Promise<Response>(() => undefined);
      }) as typeof fetch;
      return { fetchImpl, signals };
    };

    it('no answer: at the deadline every setting is unknown, no app registration, the admin is told; the request is aborted', async () => {
      const { fetchImpl, signals } = silentHost();
      let settled: Awaited<ReturnType<typeof loadConfig>> | undefined;
      void loadConfig(CONFIG_URL, fetchImpl).then((loaded) => (settled = loaded));
      await jest.advanceTimersByTimeAsync(PANE_CONFIG_DEADLINE_MS - 1);
      expect(settled).toBeUndefined();
      await jest.advanceTimersByTimeAsync(1);
      expect(settled).toEqual({
        policy: {
          policy: UNREADABLE_POLICY_FALLBACKS,
          safetyWindow: null,
          problems: [{ kind: 'invalid', text: 'config.json: no answer within 5 s; every setting is treated as unknown' }],
        },
        auth: { config: null, problems: [] },
        file: 'unreadable',
      });
      expect(signals.map((s) => s.aborted)).toEqual([true]);
    });

    it('the Send handler’s shorter deadline is the same mechanism', async () => {
      const { fetchImpl } = silentHost();
      let settled: Awaited<ReturnType<typeof loadConfig>> | undefined;
      void loadConfig(CONFIG_URL, fetchImpl, 2000).then((loaded) => (settled = loaded));
      await jest.advanceTimersByTimeAsync(2000);
      expect(settled?.policy.problems).toEqual([{ kind: 'invalid', text: 'config.json: no answer within 2 s; every setting is treated as unknown' }]);
    });

    it('a body that never finishes counts too', async () => {
      const fetchImpl = (async () => ({ ok: true, status: 200, text: () => new Promise<string>(() => undefined) }) as unknown as Response) as typeof fetch;
      let settled: Awaited<ReturnType<typeof loadConfig>> | undefined;
      void loadConfig(CONFIG_URL, fetchImpl).then((loaded) => (settled = loaded));
      await jest.advanceTimersByTimeAsync(PANE_CONFIG_DEADLINE_MS);
      expect(settled?.file).toBe('unreadable');
    });
  });
});
