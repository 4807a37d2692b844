import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { loadPolicy, parsePolicy } from '../../../src/config/loadPolicy';
import { EXCHANGE_ONLINE_DEFAULTS } from '../../../src/domain/policy';
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
    expect(parsePolicy({})).toEqual({ policy: EXCHANGE_ONLINE_DEFAULTS, problems: [] });
  });

  it('the config.json shipped in the repo is valid and says exactly the defaults', () => {
    const shipped: unknown = JSON.parse(readFileSync(join(__dirname, '../../../config.json'), 'utf8'));
    expect(parsePolicy(shipped)).toEqual({ policy: EXCHANGE_ONLINE_DEFAULTS, problems: [] });
  });
});

describe('parsePolicy', () => {
  it('takes every valid field the admin set, keeps defaults for the rest', () => {
    const { policy, problems } = parsePolicy({
      $schema: './config.schema.json',
      recallReadMessages: false,
      maxRecallableAgeDays: 1,
      crossTenantAllowedDomains: ['Fabrikam.COM', 'пример.рф'],
      securityContact: { name: 'SOC', address: 'soc@contoso.com' },
    });
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      ...EXCHANGE_ONLINE_DEFAULTS,
      recallReadMessages: false,
      maxRecallableAgeDays: 1,
      crossTenantAllowedDomains: ['fabrikam.com', 'xn--e1afmkfd.xn--p1ai'],
      securityContact: { name: 'SOC', address: 'soc@contoso.com' },
    });
  });

  it.each<[string, unknown, string]>([
    ['a boolean given as text', { recallEnabled: 'yes' }, 'recallEnabled'],
    ['a negative age', { maxRecallableAgeDays: -1 }, 'maxRecallableAgeDays'],
    ['an age as text', { maxRecallableAgeDays: '1 day' }, 'maxRecallableAgeDays'],
    ['an age beyond ten years', { maxRecallableAgeDays: 4000 }, 'maxRecallableAgeDays'],
    ['a partner that is not a domain', { crossTenantAllowedDomains: ['fabrikam.com', 'not a domain'] }, 'crossTenantAllowedDomains.1'],
    ['partners as one string', { crossTenantAllowedDomains: 'fabrikam.com' }, 'crossTenantAllowedDomains'],
    ['a security contact without a valid address', { securityContact: { name: 'SOC', address: 'soc' } }, 'securityContact.address'],
    ['a misspelt field', { recalEnabled: false }, 'recalEnabled'],
  ])('%s → a problem naming %s, and the full defaults', (_case, raw, field) => {
    const { policy, problems } = parsePolicy({ maxRecallableAgeDays: 1, ...(raw as object) });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.startsWith(`${field}:`))).toBe(true);
    // Never half a policy: the valid "1 day" next to the mistake is not applied either.
    expect(policy).toEqual(EXCHANGE_ONLINE_DEFAULTS);
  });

  it.each([[null], ['recallEnabled=false'], [42]])('a file that is not an object (%j) is one problem at the root', (raw) => {
    const { policy, problems } = parsePolicy(raw);
    expect(policy).toEqual(EXCHANGE_ONLINE_DEFAULTS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\(root\): /);
  });
});

describe('loadPolicy (HTTP)', () => {
  it('reads the admin’s file next to the pane, without any Authorization header', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.json({ recallEnabled: false })));
    const loaded = await loadPolicy(CONFIG_URL);
    expect(loaded).toEqual({ policy: { ...EXCHANGE_ONLINE_DEFAULTS, recallEnabled: false }, problems: [] });
    expect(seen[0]?.authorization).toBeNull();
  });

  it('no file (404): the defaults, silently', async () => {
    server.use(http.get(CONFIG_URL, () => new HttpResponse('Not found', { status: 404 })));
    expect(await loadPolicy(CONFIG_URL)).toEqual({ policy: EXCHANGE_ONLINE_DEFAULTS, problems: [] });
  });

  it('a server error: the defaults, and the admin is told the status', async () => {
    server.use(http.get(CONFIG_URL, () => new HttpResponse('oops', { status: 500 })));
    expect(await loadPolicy(CONFIG_URL)).toEqual({ policy: EXCHANGE_ONLINE_DEFAULTS, problems: ['config.json: HTTP 500'] });
  });

  it('a file that is not JSON: the defaults, and the admin is told', async () => {
    server.use(http.get(CONFIG_URL, () => new HttpResponse('{ "recallEnabled": false, }', { status: 200 })));
    expect(await loadPolicy(CONFIG_URL)).toEqual({ policy: EXCHANGE_ONLINE_DEFAULTS, problems: ['config.json: not valid JSON'] });
  });

  it('an invalid field: the defaults, and a problem naming the field', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.json({ maxRecallableAgeDays: 'one' })));
    const loaded = await loadPolicy(CONFIG_URL);
    expect(loaded.policy).toEqual(EXCHANGE_ONLINE_DEFAULTS);
    expect(loaded.problems).toEqual([expect.stringMatching(/^maxRecallableAgeDays: /)]);
  });

  it('a network error: the defaults, and the admin is told it could not be loaded', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.error()));
    expect(await loadPolicy(CONFIG_URL)).toEqual({ policy: EXCHANGE_ONLINE_DEFAULTS, problems: ['config.json: could not be loaded'] });
  });
});
