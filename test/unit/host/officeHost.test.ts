/**
 * The real Office adapter against the one scripted Office.js stand-in (the same script the
 * production e2e serves in place of office.js): what it reads per client, as the Office.js docs say
 * each client behaves.
 */
import { createOfficeHost } from '../../../src/host/officeHost';
import { NewMessageFormUnavailable } from '../../../src/host/outlookHost';
import { officeStandIn } from '../../support/officeStandIn';

const ALEX = { name: 'Alex Morgan', address: 'alex.morgan@contoso.com' };
const people = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `P${i}`, address: `p${i}@contoso.com` }));
const item = (to: number) => ({ subject: 'Q4', from: ALEX, to: people(to), itemId: 'AAMkAGI2TG93AAA=' });

describe('read-mode recipient caps follow the client in use (office.messageread.yml, to/cc)', () => {
  // A field as full as the cap may have been cut (src/domain/recipientMerge.ts decides with the cap).
  it.each<[string, number, number, Record<string, unknown>]>([
    ['web (collapsed field)', 20, 20, { hostName: 'OutlookWebApp', platform: 'OfficeOnline' }],
    ['new Outlook', 19, 20, { hostName: 'newOutlookWindows', platform: 'PC' }],
    ['classic Mac', 100, 100, { hostName: 'Outlook', platform: 'Mac' }],
    ['iOS', 100, 100, { hostName: 'OutlookIOS', platform: 'iOS' }],
    ['Android', 100, 100, { hostName: 'OutlookAndroid', platform: 'Android' }],
    ['classic Windows, Mailbox 1.15', 500, 500, { hostName: 'Outlook', platform: 'PC', requirementSets: { Mailbox: '1.15', NestedAppAuth: '1.1' } }],
    ['classic Windows, Mailbox 1.16', 1000, 1000, { hostName: 'Outlook', platform: 'PC', requirementSets: { Mailbox: '1.16', NestedAppAuth: '1.1' } }],
  ])('%s: %i recipients shown, cap %i per field', async (_name, shown, cap, client) => {
    const { office } = officeStandIn({ ...client, item: item(shown) });
    const facts = await createOfficeHost(office).currentItem();
    expect(facts?.recipients).toHaveLength(shown);
    expect(facts?.recipientCap).toBe(cap);
  });
});

describe('the item id Graph is asked about', () => {
  it.each([
    ['OutlookIOS', 'iOS'],
    ['OutlookAndroid', 'Android'],
  ])('%s: itemId is already a REST id, used as is (no convertToRestId on mobile)', async (hostName, platform) => {
    const { office, calls } = officeStandIn({ hostName, platform, item: item(2) });
    expect(typeof office.context.mailbox.convertToRestId).toBe('undefined');
    const facts = await createOfficeHost(office).currentItem();
    expect(facts?.restId).toBe('AAMkAGI2TG93AAA=');
    expect(calls.convertToRestId).toEqual([]);
  });

  it('web: the EWS itemId is converted to a REST v2.0 id', async () => {
    const { office, calls } = officeStandIn({ hostName: 'OutlookWebApp', item: item(2) });
    const facts = await createOfficeHost(office).currentItem();
    expect(facts?.restId).toBe('REST-AAMkAGI2TG93AAA-');
    expect(calls.convertToRestId).toEqual([{ itemId: 'AAMkAGI2TG93AAA=', restVersion: 'v2.0' }]);
  });
});

describe('displayNewMessageForm is Mailbox 1.6 (office.mailbox.yml): checked before it is called', () => {
  const draft = { to: [{ name: 'Boris', address: 'boris@contoso.com', field: 'to' as const }], subject: 'Please delete: Q4', htmlBody: '<p>Hi</p>' };

  it('Mailbox 1.5: never called; openNewMessage rejects with NewMessageFormUnavailable, and the host says so up front', async () => {
    const { office, calls } = officeStandIn({ hostName: 'Outlook', platform: 'PC', requirementSets: { Mailbox: '1.5' }, item: item(2) });
    const host = createOfficeHost(office);
    expect(host.info.supportsNewMessageForm).toBe(false);
    await expect(host.openNewMessage(draft)).rejects.toBeInstanceOf(NewMessageFormUnavailable);
    expect(calls.displayNewMessageForm).toEqual([]);
  });

  it('Mailbox 1.6: the form opens with the draft', async () => {
    const { office, calls } = officeStandIn({ hostName: 'Outlook', platform: 'PC', requirementSets: { Mailbox: '1.6' }, item: item(2) });
    const host = createOfficeHost(office);
    expect(host.info.supportsNewMessageForm).toBe(true);
    await host.openNewMessage(draft);
    expect(calls.displayNewMessageForm).toEqual([
      { toRecipients: ['boris@contoso.com'], ccRecipients: [], bccRecipients: [], subject: 'Please delete: Q4', htmlBody: '<p>Hi</p>' },
    ]);
  });
});

describe('the body, read for the replacement: item.body.getAsync (Mailbox 1.3, office.body.yml)', () => {
  const withBody = (body: { type: 'html' | 'text'; content: string }, config: Record<string, unknown> = {}) => ({ ...config, item: { ...item(2), body } });

  it('HTML asked, HTML given as Outlook stores it; nothing is read until asked', async () => {
    const { office, calls } = officeStandIn(withBody({ type: 'html', content: '<p>Figures: <b>1.2M</b></p>' }));
    const host = createOfficeHost(office);
    await host.currentItem();
    expect(calls.bodyGetAsync).toEqual([]);
    expect(await host.readBody('html')).toEqual({ ok: true, value: { type: 'html', content: '<p>Figures: <b>1.2M</b></p>' } });
    expect(calls.bodyGetAsync).toEqual(['html']);
  });

  it('text asked: Office.CoercionType.Text, the text without tags', async () => {
    const { office, calls } = officeStandIn(withBody({ type: 'html', content: '<p>Figures</p><p>below</p>' }));
    expect(await createOfficeHost(office).readBody('text')).toEqual({ ok: true, value: { type: 'text', content: 'Figures\nbelow\n' } });
    expect(calls.bodyGetAsync).toEqual(['text']);
  });

  it('a failed AsyncResult: one `unsupported` failure, never a throw', async () => {
    const { office } = officeStandIn({ item: { ...item(2), failBody: true } });
    expect(await createOfficeHost(office).readBody('html')).toEqual({ ok: false, failure: { kind: 'unsupported', what: 'body.getAsync' } });
  });

  it('Mailbox 1.2 (no body.getAsync yet): not called, the same failure', async () => {
    const { office, calls } = officeStandIn({ ...withBody({ type: 'text', content: 'x' }), requirementSets: { Mailbox: '1.2' } });
    expect(await createOfficeHost(office).readBody('html')).toEqual({ ok: false, failure: { kind: 'unsupported', what: 'body.getAsync' } });
    expect(calls.bodyGetAsync).toEqual([]);
  });

  it('no item selected: the same failure', async () => {
    const { office } = officeStandIn({ item: null });
    expect((await createOfficeHost(office).readBody('html')).ok).toBe(false);
  });
});
