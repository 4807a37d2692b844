/**
 * What one check costs in Graph round trips, and how partial failures inside the `$batch` are
 * confined to what they concern. Success paths run against the simulated tenant (the demo's
 * fake truth); faults are ad-hoc handlers.
 */
import { http, HttpResponse } from 'msw';
import { DemoTokenProvider } from '../../../src/auth/demoTokenProvider';
import { SIMULATED_REST_ID, simulatedTenantHandlers } from '../../../src/demo/simulatedTenant';
import { GRAPH_ORIGIN } from '../../../src/graph/graphClient';
import { collectMailTips, fetchRecallFacts, MAILTIPS_CHUNK } from '../../../src/graph/recallFacts';
import type { MailboxKey } from '../../../src/domain/address';
import { ok } from '../../../src/domain/failure';
import type { MailTip } from '../../../src/domain/scopeEvidence';
import { RECALL_MARK_EXPAND_QUERY, RECALL_MARK_PROPERTY_ID } from '../../../src/graph/recallMark';
import {
  aGraphClient,
  batchEndpoint,
  emptyButValid,
  graphError,
  mailTipsAnswer,
  setupMswForFile,
  type InnerAnswer,
  type InnerRequest,
} from '../../builders/graph';
import { aScenario, builtInScenario } from '../../builders/scenario';
import { keyOf, parsedRecipients } from '../../builders/domain';
import { aMailTip } from '../../builders/mailTips';

const { server, graphRequests, batchCalls } = setupMswForFile();

const colleagues = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `colleague${String(from + i).padStart(4, '0')}@contoso.com`);
const tipsAsked = (requests: InnerRequest[]) =>
  requests.filter((r) => r.url === '/me/getMailTips').map((r) => (r.body as { EmailAddresses: string[] }).EmailAddresses);

describe('round trips', () => {
  it('≤ 20 known addresses: everything in one $batch, one HTTP request', async () => {
    const scenario = aScenario()
      .to(...colleagues(15))
      .cc(...colleagues(5, 16))
      .build();
    server.use(...simulatedTenantHandlers(scenario));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(colleagues(20)));
    expect(result.ok && result.value.roundTrips).toBe(1);
    expect(graphRequests()).toHaveLength(1);
    const [first] = await batchCalls();
    expect(first?.map((r) => r.id)).toEqual([
      'message',
      'sentItemsFolder',
      'organization',
      'readReceipts',
      'recallRequests',
      'classicReports',
      'cloudReports',
      'tips-0',
    ]);
    expect(tipsAsked(first ?? [])).toEqual([colleagues(20)]);
  });

  it('asks MailTips for each mailbox once, as the message carries it (unwrapped only): de-duplicated, malformed and disguised ones skipped', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to('boris.ivanov@contoso.com').build()));
    const result = await fetchRecallFacts(
      aGraphClient().client,
      SIMULATED_REST_ID,
      parsedRecipients([
        'Boris.Ivanov@CONTOSO.com',
        '<boris.ivanov@contoso.com>',
        'not-an-address',
        '',
        'пётр@пример.рф',
        'maria@con\u200btoso.com',
        'chen@ｃｏｎｔｏｓｏ.com',
      ]),
    );
    const [first] = await batchCalls();
    expect(tipsAsked(first ?? [])).toEqual([['Boris.Ivanov@CONTOSO.com', 'пётр@пример.рф']]);
    // The answers are still found under our normalised keys.
    expect(result.ok && [...result.value.mailTips.keys()]).toEqual(['boris.ivanov@contoso.com', 'пётр@xn--e1afmkfd.xn--p1ai']);
    expect(result.ok && result.value.mailTips.get(keyOf('boris.ivanov@contoso.com'))).toMatchObject({ kind: 'answered', recipientScope: 'internal' });
  });

  it('a Bcc recipient revealed by the message needs a second round, for that address only', async () => {
    const scenario = aScenario().to('boris.ivanov@contoso.com').bcc('finance@contoso.com').build();
    server.use(...simulatedTenantHandlers(scenario));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(['boris.ivanov@contoso.com']));
    expect(result.ok && result.value.roundTrips).toBe(2);
    const calls = await batchCalls();
    expect(calls).toHaveLength(2);
    expect(tipsAsked(calls[1] ?? [])).toEqual([['finance@contoso.com']]);
    expect(result.ok && result.value.mailTips.get(keyOf('finance@contoso.com'))).toMatchObject({ kind: 'answered', recipientScope: 'internal' });
  });

  it('more than 20 recipients on the web (Office.js shows 20): the rest come in a second round', async () => {
    const scenario = aScenario()
      .onWeb()
      .to(...colleagues(25))
      .build();
    server.use(...simulatedTenantHandlers(scenario));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(colleagues(20)));
    expect(result.ok && result.value.roundTrips).toBe(2);
    const calls = await batchCalls();
    expect(tipsAsked(calls[1] ?? [])).toEqual([colleagues(5, 21)]);
    expect(result.ok && result.value.message.ok && result.value.message.value.recipients.to).toHaveLength(25);
  });

  it(`500 known recipients: one round, ${500 / MAILTIPS_CHUNK} MailTips chunks in the one $batch`, async () => {
    const scenario = builtInScenario('large-list-500');
    server.use(...simulatedTenantHandlers(scenario));
    const addresses = scenario.message.to.map((p) => p.address);
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(addresses));
    expect(result.ok && result.value.roundTrips).toBe(1);
    expect(graphRequests()).toHaveLength(1);
    const [first] = await batchCalls();
    expect(tipsAsked(first ?? []).map((chunk) => chunk.length)).toEqual([100, 100, 100, 100, 100]);
    expect(result.ok && [...result.value.mailTips.values()].filter((t) => t.kind === 'answered')).toHaveLength(500);
  });

  it('beyond what one $batch can carry (20 requests), the overflow goes to a second round', async () => {
    const many = colleagues(1700);
    server.use(batchEndpoint((r) => emptyButValid(r)));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(many));
    const calls = await batchCalls();
    // 17 MailTips chunks beside 7 other requests (6 of them the mailbox's): the first batch takes the
    // 10 that fill its waves completely (6 + 10 = 16 mailbox requests, 4 waves; see waves.test.ts).
    expect(calls.map((c) => c.length)).toEqual([17, 7]);
    expect(result.ok && result.value.roundTrips).toBe(2);
    expect(result.ok && [...result.value.mailTips.values()].every((t) => t.kind === 'answered')).toBe(true);
  });
});

describe('faults inside the $batch stay where they are', () => {
  it('an inner 429 on MailTips is retried after its Retry-After (throttled-batch scenario)', async () => {
    const scenario = builtInScenario('throttled-batch');
    server.use(...simulatedTenantHandlers(scenario));
    const { client, waits } = aGraphClient();
    const known = [...scenario.message.to, ...scenario.message.cc].map((p) => p.address);
    const result = await fetchRecallFacts(client, SIMULATED_REST_ID, parsedRecipients(known));
    expect(waits).toEqual([1000]);
    const calls = await batchCalls();
    expect(calls.map((c) => c.map((r) => r.id))).toEqual([
      ['message', 'sentItemsFolder', 'organization', 'readReceipts', 'recallRequests', 'classicReports', 'cloudReports', 'tips-0'],
      ['tips-0'],
    ]);
    expect(result.ok && [...result.value.mailTips.values()].map((t) => t.kind)).toEqual(['answered', 'answered', 'answered']);
    // Retries are not extra round trips of the check itself.
    expect(result.ok && result.value.roundTrips).toBe(1);
  });

  it.each([[424], [500]])('an inner %i on one MailTips chunk fails only the addresses of that chunk', async (status) => {
    const known = colleagues(150);
    server.use(batchEndpoint((r) => (r.id === 'tips-1' ? { status, body: graphError('Failed') } : emptyButValid(r))));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(known));
    if (!result.ok) throw new Error('expected facts');
    const { mailTips } = result.value;
    expect(known.slice(0, 100).every((a) => mailTips.get(keyOf(a))?.kind === 'answered')).toBe(true);
    expect(known.slice(100).every((a) => mailTips.get(keyOf(a))?.kind === 'failed')).toBe(true);
    expect(result.value.message.ok && result.value.verifiedDomains.ok).toBe(true);
  });

  it('a MailTips error for one address fails only that address', async () => {
    const scenario = aScenario()
      .to('boris.ivanov@contoso.com', 'maria.sokolova@contoso.com')
      .mailTip('maria.sokolova@contoso.com', { error: 'ErrorMailTipsUnavailable' })
      .build();
    server.use(...simulatedTenantHandlers(scenario));
    const result = await fetchRecallFacts(
      aGraphClient().client,
      SIMULATED_REST_ID,
      parsedRecipients(['boris.ivanov@contoso.com', 'maria.sokolova@contoso.com']),
    );
    expect(result.ok && result.value.mailTips.get(keyOf('boris.ivanov@contoso.com'))?.kind).toBe('answered');
    expect(result.ok && result.value.mailTips.get(keyOf('maria.sokolova@contoso.com'))?.kind).toBe('failed');
  });

  it('a missing inner response fails only that part', async () => {
    server.use(batchEndpoint((r) => (r.id === 'organization' ? undefined : emptyButValid(r))));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(['boris@contoso.com']));
    expect(result.ok && result.value.verifiedDomains).toEqual({ ok: false, failure: { kind: 'malformed-response', what: '$batch item organization' } });
    expect(result.ok && result.value.message.ok).toBe(true);
    expect(result.ok && result.value.mailTips.get(keyOf('boris@contoso.com'))?.kind).toBe('answered');
  });

  it('a message body that is not what Graph promises is malformed, not a crash', async () => {
    server.use(batchEndpoint((r) => (r.id === 'message' ? { status: 200, body: { toRecipients: 'boris' } } : emptyButValid(r))));
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(['boris@contoso.com']));
    expect(result.ok && result.value.message).toEqual({ ok: false, failure: { kind: 'malformed-response', what: 'message' } });
  });

  it('a failing second round marks the revealed addresses failed and keeps the first round', async () => {
    let calls = 0;
    server.use(
      http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, async ({ request }) => {
        calls += 1;
        if (calls > 1) return HttpResponse.error();
        const { requests } = (await request.json()) as { requests: InnerRequest[] };
        return HttpResponse.json({
          responses: requests.map((r) =>
            r.id === 'message'
              ? {
                  id: r.id,
                  status: 200,
                  body: {
                    id: SIMULATED_REST_ID,
                    subject: 'Q4',
                    toRecipients: [{ emailAddress: { address: 'boris@contoso.com' } }],
                    bccRecipients: [{ emailAddress: { address: 'finance@contoso.com' } }],
                  },
                }
              : { id: r.id, ...(r.url === '/me/getMailTips' ? mailTipsAnswer(r) : emptyButValid(r)) },
          ),
        });
      }),
    );
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(['boris@contoso.com']));
    expect(result.ok && result.value.mailTips.get(keyOf('boris@contoso.com'))?.kind).toBe('answered');
    expect(result.ok && result.value.mailTips.get(keyOf('finance@contoso.com'))?.kind).toBe('failed');
  });

  it('Graph unreachable: the whole fetch fails as "offline"', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to('boris@contoso.com').graphUnavailable().build()));
    expect(await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(['boris@contoso.com']))).toEqual({
      ok: false,
      failure: { kind: 'offline' },
    });
  });

  it('no token: no request leaves the machine', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to('boris@contoso.com').build()));
    const { client } = aGraphClient({ tokens: new DemoTokenProvider({ kind: 'auth-unavailable', reason: { kind: 'not-configured' } }) });
    expect(await fetchRecallFacts(client, SIMULATED_REST_ID, parsedRecipients(['boris@contoso.com']))).toEqual({
      ok: false,
      failure: { kind: 'auth-unavailable', reason: { kind: 'not-configured' } },
    });
    expect(graphRequests()).toEqual([]);
  });
});

/**
 * #11 item 1: a 404 is not proof that the message is elsewhere. Mailboxes Graph cannot serve answer
 * 404 too (MailboxNotEnabledForRESTAPI, KB 4462988), so membership is decided from the message's
 * parentFolderId against the Sent Items folder's id, both read in the first $batch.
 */
describe('Sent Items membership, decided from positive answers', () => {
  const answering = (message: InnerAnswer, folder: InnerAnswer = { status: 200, body: { id: 'folder-sentitems' } }) =>
    batchEndpoint((r) => (r.id === 'message' ? message : r.id === 'sentItemsFolder' ? folder : emptyButValid(r)));
  const facts = async () => {
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(['boris@contoso.com']));
    if (!result.ok) throw new Error('expected facts');
    return result.value;
  };

  it('asks for the message by id from the whole mailbox with its parentFolderId, and for Sent Items by its well-known name', async () => {
    server.use(...simulatedTenantHandlers(aScenario().to('boris@contoso.com').build()));
    await facts();
    const [first] = await batchCalls();
    // Our recall mark comes expanded on the same request (recallMark.ts): one mailbox slot.
    expect(first?.find((r) => r.id === 'message')?.url).toBe(
      `/me/messages/${SIMULATED_REST_ID}?$select=id,subject,sentDateTime,from,toRecipients,ccRecipients,bccRecipients,parentFolderId&${RECALL_MARK_EXPAND_QUERY}`,
    );
    expect(first?.find((r) => r.id === 'sentItemsFolder')?.url).toBe('/me/mailFolders/sentitems?$select=id');
  });

  it.each([
    ['sentitems', true],
    ['inbox', false],
    ['drafts', false],
  ] as const)('the message in %s (simulated tenant): inSentItems %s, and the message is still read', async (folder, expected) => {
    server.use(...simulatedTenantHandlers(aScenario().set('message.folder', folder).to('boris@contoso.com').build()));
    const { inSentItems, message } = await facts();
    expect(inSentItems).toEqual({ ok: true, value: expected });
    expect(message.ok).toBe(true);
  });

  it('a documented "item not found" while the same mailbox answers for Sent Items: not in Sent Items', async () => {
    server.use(answering({ status: 404, body: graphError('ErrorItemNotFound') }));
    expect((await facts()).inSentItems).toEqual({ ok: true, value: false });
  });

  it.each([
    ['MailboxNotEnabledForRESTAPI', { kind: 'mailbox-unavailable', code: 'MailboxNotEnabledForRESTAPI' }],
    ['MailboxNotSupportedForRESTAPI', { kind: 'mailbox-unavailable', code: 'MailboxNotSupportedForRESTAPI' }],
    ['ResourceNotFound', { kind: 'not-found', code: 'ResourceNotFound' }],
  ])('a 404 with %s proves nothing: Sent Items stays unknown, with that failure', async (code, failure) => {
    server.use(answering({ status: 404, body: graphError(code) }, { status: 404, body: graphError(code) }));
    const { inSentItems, message } = await facts();
    expect(inSentItems).toEqual({ ok: false, failure });
    expect(message).toEqual({ ok: false, failure });
  });

  it('MailboxNotEnabledForRESTAPI as the inner code of a 403 ErrorAccessDenied: the mailbox is what is wrong (errors.md: use the most detailed code)', async () => {
    const body = { error: { code: 'ErrorAccessDenied', message: 'Access is denied.', innerError: { code: 'MailboxNotEnabledForRESTAPI' } } };
    server.use(answering({ status: 403, body }, { status: 403, body }));
    expect((await facts()).inSentItems).toEqual({ ok: false, failure: { kind: 'mailbox-unavailable', code: 'MailboxNotEnabledForRESTAPI' } });
  });

  it('a 404 without any error code is not "item not found" either', async () => {
    server.use(answering({ status: 404, body: null }));
    expect((await facts()).inSentItems).toEqual({ ok: false, failure: { kind: 'not-found' } });
  });

  it('"item not found" but the Sent Items folder could not be read: unknown, not "elsewhere"', async () => {
    server.use(answering({ status: 404, body: graphError('ErrorItemNotFound') }, { status: 500, body: graphError('generalException') }));
    expect((await facts()).inSentItems).toEqual({ ok: false, failure: { kind: 'server-error', status: 500 } });
  });

  it('a message without parentFolderId can not be placed: malformed, not "elsewhere"', async () => {
    server.use(answering({ status: 200, body: { id: SIMULATED_REST_ID, subject: 'Q4' } }));
    expect((await facts()).inSentItems).toEqual({ ok: false, failure: { kind: 'malformed-response', what: 'message parentFolderId' } });
  });

  it('an on-premises mailbox (accountType enterprise): the simulated tenant answers as Graph does, 404 MailboxNotEnabledForRESTAPI', async () => {
    server.use(...simulatedTenantHandlers(aScenario().account('enterprise').to('boris@contoso.com').build()));
    const { inSentItems, message, verifiedDomains } = await facts();
    expect(message).toEqual({ ok: false, failure: { kind: 'mailbox-unavailable', code: 'MailboxNotEnabledForRESTAPI' } });
    expect(inSentItems.ok).toBe(false);
    // The directory is not the mailbox: it still answers.
    expect(verifiedDomains.ok).toBe(true);
  });
});

/**
 * #21 items 1 and 2: an answer is evidence only about what was asked. The message's `id` names it
 * (message.md; `$select` asks for it), a field it leaves out is unknown, and a MailTips entry
 * counts only for an address its own request asked, once.
 */
describe('answers about what was asked, and only that', () => {
  const ours = (body: Record<string, unknown>): InnerAnswer => ({
    status: 200,
    body: { id: SIMULATED_REST_ID, subject: 'Q4', parentFolderId: 'folder-sentitems', ...body },
  });
  const factsWith = async (message: InnerAnswer, subjectShown?: string) => {
    server.use(batchEndpoint((r) => (r.id === 'message' ? message : emptyButValid(r))));
    const result = await fetchRecallFacts(
      aGraphClient().client,
      SIMULATED_REST_ID,
      parsedRecipients(['boris@contoso.com']),
      subjectShown === undefined ? {} : { subjectShown },
    );
    if (!result.ok) throw new Error('expected facts');
    return result.value;
  };
  const addresses = (list: readonly { address: string }[] | null | undefined) => (list === null || list === undefined ? null : list.map((r) => r.address));

  it('a recipient field the answer leaves out (or gives as null) is unknown, not empty', async () => {
    const { message } = await factsWith(ours({ toRecipients: [{ emailAddress: { address: 'boris@contoso.com' } }], ccRecipients: null }));
    if (!message.ok) throw new Error('expected the message');
    expect({ to: addresses(message.value.recipients.to), cc: addresses(message.value.recipients.cc), bcc: addresses(message.value.recipients.bcc) }).toEqual({
      to: ['boris@contoso.com'],
      cc: null,
      bcc: null,
    });
  });

  it.each<[string, InnerAnswer, string | undefined, string]>([
    ['another id', ours({ id: 'AAMkAGI2-another-item' }), undefined, 'message (another-id)'],
    ['no id', { status: 200, body: { subject: 'Q4', parentFolderId: 'folder-sentitems' } }, undefined, 'message (no-id)'],
    ['our id, a subject Outlook does not show', ours({ subject: 'Q3 forecast' }), 'Q4', 'message (another-subject)'],
  ])('an answer about another message (%s): the message, its folder and any mark on it are no evidence', async (_case, answer, subjectShown, what) => {
    const mark = { singleValueExtendedProperties: [{ id: RECALL_MARK_PROPERTY_ID, value: '2026-11-25T09:58:00Z' }] };
    const body = { ...(answer.body as object), ...mark, bccRecipients: [{ emailAddress: { address: 'finance@contoso.com' } }] };
    const facts = await factsWith({ status: 200, body }, subjectShown);
    const failure = { kind: 'malformed-response', what };
    expect({ message: facts.message, inSentItems: facts.inSentItems, recallMark: facts.recallMark }).toEqual({
      message: { ok: false, failure },
      inSentItems: { ok: false, failure },
      recallMark: { ok: false, failure },
    });
    // Its Bcc is not ours to ask MailTips about.
    expect(facts.roundTrips).toBe(1);
  });

  it('the same subject in other spacing and case is our message', async () => {
    const { message } = await factsWith(ours({ subject: ' q4 ' }), 'Q4');
    expect(message.ok).toBe(true);
  });

  const tips = (entries: readonly Record<string, unknown>[]) => ok({ status: 200, retryAfterMs: null, body: { value: entries } });
  const tip = (address: string, recipientScope: string) => aMailTip(address).scope(recipientScope).build();
  const collected = (asked: readonly string[], entries: readonly Record<string, unknown>[], into = new Map<MailboxKey, MailTip>()) => {
    collectMailTips(
      into,
      asked.map((a) => keyOf(a)),
      tips(entries),
    );
    return Object.fromEntries([...into].map(([key, t]) => [key, t.kind === 'answered' ? t.recipientScope : t.kind]));
  };

  it.each<[string, readonly Record<string, unknown>[], Record<string, string>]>([
    [
      'one entry per address',
      [tip('boris@contoso.com', 'internal'), tip('laura@fabrikam.com', 'external')],
      { 'boris@contoso.com': 'internal', 'laura@fabrikam.com': 'external' },
    ],
    [
      'an address we did not ask about is ignored',
      [tip('boris@contoso.com', 'internal'), tip('mallory@contoso.com', 'internal')],
      { 'boris@contoso.com': 'internal', 'laura@fabrikam.com': 'failed' },
    ],
    [
      'the same address twice, external then internal: conflicting',
      [tip('laura@fabrikam.com', 'external'), tip('laura@fabrikam.com', 'internal')],
      { 'boris@contoso.com': 'failed', 'laura@fabrikam.com': 'conflicting' },
    ],
    [
      'a respelling (case, trailing dot) answering otherwise: conflicting',
      [tip('laura@fabrikam.com', 'external'), tip('LAURA@FABRIKAM.COM.', 'internal')],
      { 'boris@contoso.com': 'failed', 'laura@fabrikam.com': 'conflicting' },
    ],
    [
      'the same answer twice: that answer',
      [tip('boris@contoso.com', 'internal'), tip('Boris@Contoso.com', 'internal')],
      { 'boris@contoso.com': 'internal', 'laura@fabrikam.com': 'failed' },
    ],
  ])('collectMailTips: %s', (_case, entries, expected) => {
    expect(collected(['boris@contoso.com', 'laura@fabrikam.com'], entries)).toEqual(expected);
  });

  it('collectMailTips: an entry for an address another request asked leaves that request’s answer alone', () => {
    const into = new Map<MailboxKey, MailTip>();
    collected(['laura@fabrikam.com'], [tip('laura@fabrikam.com', 'external')], into);
    expect(collected(['boris@contoso.com'], [tip('boris@contoso.com', 'internal'), tip('laura@fabrikam.com', 'internal')], into)).toEqual({
      'laura@fabrikam.com': 'external',
      'boris@contoso.com': 'internal',
    });
  });

  it('over HTTP: chunk tips-1 answering for an address of tips-0 does not override tips-0', async () => {
    const known = colleagues(150);
    server.use(
      batchEndpoint((r) => {
        if (r.id !== 'tips-1') return r.url === '/me/getMailTips' ? mailTipsAnswer(r) : emptyButValid(r);
        const answer = mailTipsAnswer(r);
        const value = (answer.body as { value: unknown[] }).value;
        const otherAnswer = aMailTip(known[0] ?? '').external();
        return { ...answer, body: { value: [...value, otherAnswer.build()] } };
      }),
    );
    const result = await fetchRecallFacts(aGraphClient().client, SIMULATED_REST_ID, parsedRecipients(known));
    expect(result.ok && result.value.mailTips.get(keyOf(known[0] ?? ''))).toMatchObject({ kind: 'answered', recipientScope: 'internal' });
  });
});
