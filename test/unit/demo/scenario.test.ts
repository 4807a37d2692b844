import { parseScenario } from '../../../src/demo/scenario';
import { BUILT_IN_SCENARIOS, findBuiltInScenario } from '../../../src/demo/scenarios';
import { aScenario } from '../../builders/scenario';

const idOf = (s: unknown) => (s as { id: string }).id;

describe('built-in scenarios', () => {
  it('all validate (the problems of any that does not, by id)', () => {
    const problems = BUILT_IN_SCENARIOS.flatMap((raw) => {
      const parsed = parseScenario(raw);
      return parsed.ok ? [] : [{ id: idOf(raw), problems: parsed.problems }];
    });
    expect(problems).toEqual([]);
  });

  it('have unique ids, each found by findBuiltInScenario', () => {
    const ids = BUILT_IN_SCENARIOS.map(idOf);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(idOf(findBuiltInScenario(id))).toBe(id);
    expect(findBuiltInScenario('no-such-scenario')).toBeUndefined();
  });

  it('the default the demo opens (all-internal) is among them', () => {
    expect(findBuiltInScenario('all-internal')).toBeDefined();
  });
});

describe('parseScenario names the bad field', () => {
  it.each<[string, (b: ReturnType<typeof aScenario>) => ReturnType<typeof aScenario>, string]>([
    ['a recipient without an address', (b) => b.to('boris@contoso.com').set('message.to.0', { name: 'Boris' }), 'message.to.0.address'],
    ['a recipient address that is a number', (b) => b.to('boris@contoso.com', 'maria@contoso.com').set('message.to.1.address', 42), 'message.to.1.address'],
    ['a clock that is not an ISO time', (b) => b.set('now', 'yesterday'), 'now'],
    ['no clock at all', (b) => b.without('now'), 'now'],
    ['a sending time that is not an ISO time', (b) => b.set('message.sentDateTime', '25.11.2026 09:56'), 'message.sentDateTime'],
    ['an id with capitals and spaces', (b) => b.set('id', 'My Scenario'), 'id'],
    ['an unknown Outlook host', (b) => b.set('host.hostName', 'Thunderbird'), 'host.hostName'],
    ['an unknown account type', (b) => b.set('host.accountType', 'imap'), 'host.accountType'],
    ['an unknown folder', (b) => b.set('message.folder', 'trash'), 'message.folder'],
    ['an unknown fault target', (b) => b.set('tenant.faults', [{ target: 'calendar', status: 500 }]), 'tenant.faults.0.target'],
    ['a fault status out of range', (b) => b.set('tenant.faults', [{ target: 'mailTips', status: 700 }]), 'tenant.faults.0.status'],
    ['a MailTips scope Graph never answers', (b) => b.mailTip('boris@contoso.com', { recipientScope: 'partner' }), 'tenant.mailTips.boris@contoso.com'],
    ['graph neither available, unavailable nor external', (b) => b.set('tenant.graph', 'slow'), 'tenant.graph'],
    [
      'a fault code that is not a Graph error code',
      (b) => b.set('tenant.faults', [{ target: 'message', status: 404, code: 'not found!' }]),
      'tenant.faults.0.code',
    ],
  ])('%s → %s', (_case, edit, field) => {
    const parsed = parseScenario(edit(aScenario()).raw());
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems.some((p) => p.path === field || p.path.startsWith(`${field}.`))).toBe(true);
  });

  it('a document that is not an object is a problem at the root', () => {
    const parsed = parseScenario('all-internal');
    expect(parsed.ok ? [] : parsed.problems).toEqual([expect.objectContaining({ path: '(root)' })]);
  });

  it('fills the documented defaults, so a minimal scenario runs', () => {
    const parsed = parseScenario({
      id: 'minimal',
      title: 'Minimal',
      now: '2026-11-25T10:00:00Z',
      host: { hostName: 'OutlookWebApp' },
      user: { address: 'alex@contoso.com' },
      message: { sentDateTime: '2026-11-25T09:56:00Z', from: { address: 'alex@contoso.com' } },
    });
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.path).join('; '));
    expect(parsed.scenario.host).toMatchObject({ accountType: 'office365', platform: 'OfficeOnline', locale: 'en-US' });
    expect(parsed.scenario.message).toMatchObject({ itemClass: 'IPM.Note', folder: 'sentitems', to: [], cc: [], bcc: [] });
    expect(parsed.scenario.tenant).toMatchObject({ graph: 'available', latencyMs: 0, verifiedDomains: [], faults: [] });
  });

  it('takes the #11 extensions: graph "external", a fault carrying a Graph error code', () => {
    const parsed = parseScenario(
      aScenario().set('tenant.graph', 'external').fault({ target: 'message', status: 404, code: 'MailboxNotEnabledForRESTAPI' }).raw(),
    );
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    expect(parsed.scenario.tenant.graph).toBe('external');
    expect(parsed.scenario.tenant.faults).toEqual([{ target: 'message', status: 404, code: 'MailboxNotEnabledForRESTAPI' }]);
  });

  it('ignores unknown fields, so older loaders stay tolerant of newer scenarios', () => {
    expect(parseScenario({ ...aScenario().raw(), futureField: { anything: true } }).ok).toBe(true);
  });
});
