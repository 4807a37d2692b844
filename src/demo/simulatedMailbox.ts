import { RECALL_REQUEST_CLASS } from '../domain/mailboxEvidence';
import { CLOUD_REPORT_HEADER } from '../graph/reportLists';
import { RECALL_FAILURE_CLASS, RECALL_SUCCESS_CLASS } from '../domain/recallTracking';
import { graphError } from './graphErrors';
import type { Scenario } from './scenario';

/*
 * The simulated mailbox's messages and the OData list semantics Graph documents for them
 * (api-reference/v1.0/api/user-list-messages.md): a default page of 10, `$top` up to 1000,
 * `@odata.nextLink` for the next page, no order unless `$orderby`, and 400 InefficientFilter when
 * the `$orderby` properties do not lead the `$filter`. Messages are stored unrelated-first, so a
 * client that reads one unordered page of a busy mailbox misses the ones that matter — as it
 * would in Exchange, where the order is unspecified.
 */

export interface InnerResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

type Folder = 'inbox' | 'sentitems' | 'junkemail' | 'other';
interface Person {
  readonly name: string;
  readonly address: string;
}

interface MailboxItem {
  readonly id: string;
  readonly folder: Folder;
  readonly messageClass: string;
  readonly subject: string;
  readonly from: Person;
  readonly toRecipients: readonly Person[];
  readonly receivedDateTime: string;
  readonly sentDateTime: string;
  readonly internetMessageHeaders: readonly { readonly name: string; readonly value: string }[];
  readonly body: string;
}

/** What the mailbox remembers beyond the scenario: when the recall was accepted (ms since epoch). */
interface MailboxState {
  readonly recalledAt: number | null;
}

/** The id the simulated host gives the scenario's message (what convertToRestId would return). */
export const SIMULATED_REST_ID = 'AAMkAGI2-simulated-sent-item';

const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';
const DEFAULT_PAGE = 10;
const MAX_PAGE = 1000;

/** Subjects and report words in the mailbox's language (the recipient's mailbox decides; here, the scenario locale). */
function wordsFor(locale: string) {
  return locale.toLowerCase().startsWith('ru')
    ? {
        read: 'Прочитано: ',
        notRead: 'Не прочитано: ',
        recall: 'Отзыв: ',
        success: 'Сообщение отозвано: ',
        failure: 'Не удалось отозвать сообщение: ',
        report: 'Отчет об отзыве: ',
        processed: 'Ваш запрос на отзыв обработан.',
        status: { succeeded: 'Отозвано', failed: 'Не отозвано', pending: 'Ожидание' },
        viewReport: 'Открыть полный отчёт',
      }
    : {
        read: 'Read: ',
        notRead: 'Not read: ',
        recall: 'Recall: ',
        success: 'Message Recall Success: ',
        failure: 'Message Recall Failure: ',
        report: 'Message Recall Report: ',
        processed: 'Your recall request has been processed.',
        status: { succeeded: 'Succeeded', failed: 'Failed', pending: 'Pending' },
        viewReport: 'View the full report',
      };
}

const at = (base: string, seconds: number) => new Date(new Date(base).getTime() + seconds * 1000).toISOString();

/** Every message of the simulated mailbox that the add-in's lists can see, in storage order. */
export function mailboxItems(scenario: Scenario, state: MailboxState): MailboxItem[] {
  const { message, tenant } = scenario;
  const words = wordsFor(scenario.host.locale);
  const sent = message.sentDateTime;
  const user = { name: scenario.user.name, address: scenario.user.address };
  const domain = tenant.verifiedDomains[0] ?? user.address.split('@')[1] ?? 'contoso.com';
  const exchange = { name: 'Microsoft Outlook', address: `microsoftexchange@${domain}` };
  let n = 0;
  const item = (fields: Partial<MailboxItem> & Pick<MailboxItem, 'folder' | 'messageClass' | 'subject' | 'from' | 'receivedDateTime'>): MailboxItem => ({
    id: `sim-${++n}`,
    toRecipients: [user],
    sentDateTime: fields.receivedDateTime,
    internetMessageHeaders: [],
    body: '',
    ...fields,
  });

  // A busy mailbox: unrelated receipts, recall requests and mail, both before sending and since
  // (between the sending and the messages about ours), stored first.
  const unrelated: MailboxItem[] = [];
  for (let i = 0; i < tenant.busyMailbox; i++) {
    for (const [when, base] of [[10 + i * 0.1, sent] as const, [-86_400 + i, sent] as const]) {
      const other = { name: `Colleague ${i}`, address: `colleague${i}@${domain}` };
      unrelated.push(
        item({
          folder: 'inbox',
          messageClass: 'REPORT.IPM.Note.IPNRN',
          subject: `${words.read}Weekly update ${i}`,
          from: other,
          receivedDateTime: at(base, when),
        }),
        item({ folder: 'sentitems', messageClass: RECALL_REQUEST_CLASS, subject: `${words.recall}Draft ${i}`, from: user, receivedDateTime: at(base, when) }),
        item({ folder: 'inbox', messageClass: 'IPM.Note', subject: `Lunch on Friday? ${i}`, from: other, receivedDateTime: at(base, when) }),
      );
    }
  }

  // The sent message itself where the scenario keeps it (the lists see it: Sent Items by subject),
  // and other messages the user sent with the same subject, a week and a day before.
  const recipients = [...message.to, ...message.cc, ...message.bcc];
  const folder: Folder = message.folder === 'sentitems' || message.folder === 'inbox' ? message.folder : 'other';
  const sentItems = [
    { ...item({ folder, messageClass: message.itemClass, subject: message.subject, from: message.from, receivedDateTime: sent }), id: SIMULATED_REST_ID },
    ...Array.from({ length: tenant.sentWithSameSubject }, (_, i) =>
      item({
        folder: 'sentitems',
        messageClass: message.itemClass,
        subject: message.subject,
        from: message.from,
        receivedDateTime: at(sent, -86_400 * (7 - i)),
      }),
    ),
  ].map((m) => ({ ...m, toRecipients: recipients }));

  const related: MailboxItem[] = [];
  // A read receipt's class is REPORT.<the original's class>.IPNRN (REPORT.IPM.Note.SMIME.IPNRN for
  // signed mail), a non-read report's …IPNNRN (PidTagMessageClass, MAPI reference).
  for (const [addresses, kind, prefix] of [
    [tenant.readReceipts, 'IPNRN', words.read],
    [tenant.nonReadReceipts, 'IPNNRN', words.notRead],
  ] as const) {
    for (const address of addresses) {
      related.push(
        item({
          folder: 'inbox',
          messageClass: `REPORT.${message.itemClass}.${kind}`,
          subject: `${prefix}${message.subject}`,
          from: { name: address, address },
          receivedDateTime: at(sent, 60),
        }),
      );
    }
  }
  if (tenant.alreadyRecalled) {
    // A recall from classic Outlook leaves its request in Sent Items, sent to the original's
    // recipients; one through Graph does not.
    related.push(
      item({
        folder: 'sentitems',
        messageClass: RECALL_REQUEST_CLASS,
        subject: `${words.recall}${message.subject}`,
        from: message.from,
        toRecipients: recipients,
        receivedDateTime: at(sent, 120),
      }),
    );
  }
  related.push(...reportsOf(scenario, state, words, exchange, item));
  related.push(...lookalikeReports(scenario, words, item));
  return [...unrelated, ...sentItems, ...related];
}

/** Reports that have "arrived" by now, as Exchange would deliver them to the sender's Inbox. */
function reportsOf(
  scenario: Scenario,
  state: MailboxState,
  words: ReturnType<typeof wordsFor>,
  exchange: Person,
  item: (f: Partial<MailboxItem> & Pick<MailboxItem, 'folder' | 'messageClass' | 'subject' | 'from' | 'receivedDateTime'>) => MailboxItem,
): MailboxItem[] {
  if (state.recalledAt === null) return [];
  const { recall, verifiedDomains } = scenario.tenant;
  const elapsed = (Date.now() - state.recalledAt) / 1000;
  const domains = verifiedDomains.map((d) => d.toLowerCase());
  const people = [...scenario.message.to, ...scenario.message.cc, ...scenario.message.bcc];
  const everyone = [...new Map(people.map((p) => [p.address.toLowerCase(), p])).values()];
  const arrived = everyone.flatMap((person) => {
    const address = person.address.toLowerCase();
    const explicit = Object.entries(recall.outcomes).find(([a]) => a.toLowerCase() === address)?.[1];
    const internal = domains.includes(address.split('@')[1] ?? '');
    const entry = explicit ?? (internal ? { outcome: 'succeeded' as const, afterSeconds: recall.defaultAfterSeconds } : undefined);
    return entry !== undefined && elapsed >= entry.afterSeconds
      ? [{ person: { name: person.name, address }, outcome: entry.outcome, afterSeconds: entry.afterSeconds }]
      : [];
  });
  // In scenario time: the recall happens at the scenario's "now", the reports after it.
  const received = (afterSeconds: number) => at(scenario.now, afterSeconds + 1);
  const subject = scenario.message.subject;
  if (recall.reportKind === 'classic') {
    return arrived
      .filter((a) => a.outcome !== 'pending')
      .map((a) =>
        item({
          folder: 'inbox',
          messageClass: a.outcome === 'succeeded' ? RECALL_SUCCESS_CLASS : RECALL_FAILURE_CLASS,
          subject: `${a.outcome === 'succeeded' ? words.success : words.failure}${subject}`,
          from: a.person,
          receivedDateTime: received(a.afterSeconds),
          body: `<p>${a.person.address}</p><p>${subject}</p>`,
        }),
      );
  }
  if (arrived.length === 0) return [];
  const rows = arrived.map((a) => `<tr><td>${a.person.address}</td><td>${words.status[a.outcome]}</td></tr>`).join('');
  return [
    item({
      folder: 'inbox',
      messageClass: 'IPM.Note',
      subject: `${words.report}${subject}`,
      from: exchange,
      receivedDateTime: received(Math.max(...arrived.map((a) => a.afterSeconds))),
      internetMessageHeaders: [{ name: CLOUD_REPORT_HEADER, value: 'true' }],
      body: `<p>${words.processed}</p><table>${rows}</table><p><a href="https://outlook.office.com/mail/recall-report/simulated">${words.viewReport}</a></p>`,
    }),
  ];
}

/**
 * Look-alike reports (`tenant.lookalikeReports`): each claims every recipient was recalled, but
 * lacks Exchange's evidence — one from an outside address, one in Junk Email, one linking to a
 * foreign host — or is about another message: the genuine report of a reply ("…: RE: <subject>"),
 * a genuine report of our subject that names someone the message did not go to, and a colleague's
 * recall request of their own message with our subject that reached the Inbox carrying the report
 * header (as such requests do). None may settle a recipient, prove an earlier recall or be linked to.
 */
function lookalikeReports(
  scenario: Scenario,
  words: ReturnType<typeof wordsFor>,
  item: (f: Partial<MailboxItem> & Pick<MailboxItem, 'folder' | 'messageClass' | 'subject' | 'from' | 'receivedDateTime'>) => MailboxItem,
): MailboxItem[] {
  if (!scenario.tenant.lookalikeReports) return [];
  const subject = scenario.message.subject;
  const rows = [...scenario.message.to, ...scenario.message.cc].map((p) => `<tr><td>${p.address}</td><td>${words.status.succeeded}</td></tr>`).join('');
  const body = (host: string) => `<p>${words.processed}</p><table>${rows}</table><p><a href="https://${host}/recall-report">${words.viewReport}</a></p>`;
  const header = [{ name: CLOUD_REPORT_HEADER, value: 'true' }];
  const outsider = { name: 'Microsoft Outlook', address: 'microsoftexchange@contoso-support.example' };
  const domain = scenario.tenant.verifiedDomains[0] ?? 'contoso.com';
  const exchange = { name: 'Microsoft Outlook', address: `microsoftexchange@${domain}` };
  const colleague = { name: 'Dmitry Kozlov', address: `dmitry.kozlov@${domain}` };
  const stranger = `<tr><td>${colleague.address}</td><td>${words.status.succeeded}</td></tr>`;
  const when = at(scenario.message.sentDateTime, 30);
  return [
    item({
      folder: 'inbox',
      messageClass: 'IPM.Note',
      subject: `${words.report}RE: ${subject}`,
      from: exchange,
      receivedDateTime: when,
      internetMessageHeaders: header,
      body: body('outlook.office.com'),
    }),
    item({
      folder: 'inbox',
      messageClass: 'IPM.Note',
      subject: `${words.report}${subject}`,
      from: exchange,
      receivedDateTime: when,
      internetMessageHeaders: header,
      body: body('outlook.office.com').replace('</table>', `${stranger}</table>`),
    }),
    item({
      folder: 'inbox',
      messageClass: RECALL_REQUEST_CLASS,
      subject: `${words.recall}${subject}`,
      from: colleague,
      receivedDateTime: when,
      internetMessageHeaders: header,
      body: `<p>${colleague.name} would like to recall the message, "${subject}".</p>`,
    }),
    item({
      folder: 'inbox',
      messageClass: 'IPM.Note',
      subject: `${words.report}${subject}`,
      from: outsider,
      receivedDateTime: when,
      internetMessageHeaders: header,
      body: body('recall-report.example'),
    }),
    item({
      folder: 'inbox',
      messageClass: RECALL_SUCCESS_CLASS,
      subject: `${words.success}${subject}`,
      from: outsider,
      receivedDateTime: when,
      body: body('recall-report.example'),
    }),
    item({
      folder: 'junkemail',
      messageClass: 'IPM.Note',
      subject: `${words.report}${subject}`,
      from: { name: 'Microsoft Outlook', address: `microsoftexchange@${domain}` },
      receivedDateTime: when,
      internetMessageHeaders: header,
      body: body('outlook.office.com'),
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// OData over the items.

/** Top-level ` and `-separated clauses (lambda bodies and string literals keep theirs). */
function clauses(filter: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quoted = false;
  for (let i = 0; i < filter.length; i++) {
    const c = filter[i];
    // '' inside a literal is an escaped quote: it closes and reopens, which leaves `quoted` as it was.
    if (c === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && filter.slice(i, i + 5).toLowerCase() === ' and ') {
      out.push(filter.slice(start, i).trim());
      start = i + 5;
      i += 4;
    }
  }
  const last = filter.slice(start).trim();
  if (last !== '') out.push(last);
  return out;
}

/** The property a clause restricts: `receivedDateTime ge …` → receivedDateTime; `startswith(subject,…)` → subject. */
function clauseProperty(clause: string): string {
  const fn = /^\w+\(\s*([\w/]+)/.exec(clause);
  return (fn?.[1] ?? /^([\w/]+)/.exec(clause)?.[1] ?? '').split('/')[0]?.toLowerCase() ?? '';
}

type Predicate = (item: MailboxItem) => boolean;

/** One clause as a predicate; null when the simulator does not know it (answered 400, as an unsupported query). */
function predicateOf(clause: string): Predicate | null {
  const time = /^(receivedDateTime|sentDateTime)\s+(ge|gt|le|lt)\s+(\S+)$/i.exec(clause);
  if (time) {
    const bound = new Date(time[3] ?? '').getTime();
    if (Number.isNaN(bound)) return null;
    const field = time[1]?.toLowerCase() === 'receiveddatetime' ? 'receivedDateTime' : 'sentDateTime';
    const op = time[2]?.toLowerCase();
    return (m) => {
      const t = new Date(m[field]).getTime();
      return op === 'ge' ? t >= bound : op === 'gt' ? t > bound : op === 'le' ? t <= bound : t < bound;
    };
  }
  const classEq = /^singleValueExtendedProperties\/any\(\s*ep\s*:\s*ep\/id eq 'String 0x001A' and ep\/value eq '([^']*)'\s*\)$/i.exec(clause);
  if (classEq) return (m) => m.messageClass.toLowerCase() === (classEq[1] ?? '').toLowerCase();
  const classStarts = /^singleValueExtendedProperties\/any\(\s*ep\s*:\s*ep\/id eq 'String 0x001A' and startswith\(ep\/value,\s*'([^']*)'\)\s*\)$/i.exec(clause);
  if (classStarts) return (m) => m.messageClass.toLowerCase().startsWith((classStarts[1] ?? '').toLowerCase());
  const classContains = /^singleValueExtendedProperties\/any\(\s*ep\s*:\s*ep\/id eq 'String 0x001A' and contains\(ep\/value,\s*'([^']*)'\)\s*\)$/i.exec(clause);
  if (classContains) return (m) => m.messageClass.toLowerCase().includes((classContains[1] ?? '').toLowerCase());
  // A string literal doubles its quotes (OData); Exchange compares strings case-insensitively.
  const subjectEq = /^subject eq '((?:[^']|'')*)'$/i.exec(clause);
  if (subjectEq) return (m) => m.subject.toLowerCase() === (subjectEq[1] ?? '').replace(/''/g, "'").toLowerCase();
  const subjectStarts = /^startswith\(subject,\s*'([^']*)'\)$/i.exec(clause);
  if (subjectStarts) return (m) => m.subject.toLowerCase().startsWith((subjectStarts[1] ?? '').toLowerCase());
  return null;
}

/** A message as Graph returns it for `$select` (plus id) and an `$expand` of its message class. */
function project(m: MailboxItem, select: readonly string[], expand: string | null): Record<string, unknown> {
  const full: Record<string, unknown> = {
    id: m.id,
    subject: m.subject,
    from: { emailAddress: m.from },
    toRecipients: m.toRecipients.map((p) => ({ emailAddress: p })),
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.sentDateTime,
    internetMessageHeaders: m.internetMessageHeaders,
    body: { contentType: 'html', content: m.body },
  };
  const out: Record<string, unknown> = { id: m.id };
  for (const field of select) if (field in full) out[field] = full[field];
  const wanted = expand === null ? null : /^singleValueExtendedProperties\(\$filter=id eq '([^']+)'\)$/i.exec(expand)?.[1];
  if (wanted !== null && wanted !== undefined) {
    const properties = [{ id: 'String 0x001A', value: m.messageClass }].filter((p) => p.id.toLowerCase() === wanted.toLowerCase());
    if (properties.length > 0) out['singleValueExtendedProperties'] = properties;
  }
  return out;
}

/** GET a message list: filter, InefficientFilter check, order, page. */
export function listMessages(items: readonly MailboxItem[], folder: Folder | 'all', url: URL): InnerResponse {
  const params = url.searchParams;
  const filter = params.get('$filter') ?? '';
  const parts = filter === '' ? [] : clauses(filter);
  const predicates = parts.map(predicateOf);
  if (predicates.some((p) => p === null)) return { status: 400, body: graphError('invalidRequest', 'Invalid filter clause') };
  const orderby = (params.get('$orderby') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      const [property = '', direction = 'asc'] = o.split(/\s+/);
      return { property, descending: direction.toLowerCase() === 'desc' };
    });
  // user-list-messages.md: $orderby properties must also appear in $filter, in the same order, before any others.
  const leading = parts.map(clauseProperty);
  if (orderby.length > 0 && (filter === '' ? false : orderby.some((o, i) => leading[i] !== o.property.toLowerCase()))) {
    return { status: 400, body: graphError('InefficientFilter', 'The restriction or sort order is too complex for this operation.') };
  }
  let matching = items.filter((m) => (folder === 'all' || m.folder === folder) && predicates.every((p) => p !== null && p(m)));
  for (const o of [...orderby].reverse()) {
    const key = o.property.toLowerCase() === 'receiveddatetime' ? 'receivedDateTime' : o.property.toLowerCase() === 'sentdatetime' ? 'sentDateTime' : null;
    if (key === null) return { status: 400, body: graphError('invalidRequest', 'Unsupported $orderby') };
    matching = [...matching].sort((a, b) => (new Date(a[key]).getTime() - new Date(b[key]).getTime()) * (o.descending ? -1 : 1));
  }
  const top = Math.min(Math.max(Number(params.get('$top') ?? DEFAULT_PAGE) || DEFAULT_PAGE, 1), MAX_PAGE);
  const skip = Math.max(Number(params.get('$skip') ?? 0) || 0, 0);
  const select = (params.get('$select') ?? 'subject,from,toRecipients,receivedDateTime,sentDateTime,body').split(',').map((s) => s.trim());
  const page = matching.slice(skip, skip + top).map((m) => project(m, select, params.get('$expand')));
  const body: Record<string, unknown> = { value: page };
  if (skip + top < matching.length) {
    const next = new URLSearchParams(params);
    next.set('$skip', String(skip + top));
    body['@odata.nextLink'] = `${GRAPH_V1}${url.pathname}?${next.toString()}`;
  }
  return { status: 200, body };
}

/** GET one message by id (in `folder`, or anywhere), with `$select`/`$expand`. */
export function getMessage(items: readonly MailboxItem[], folder: Folder | 'all', id: string, url: URL): InnerResponse {
  const found = items.find((m) => m.id === id && (folder === 'all' || m.folder === folder));
  if (found === undefined) return { status: 404, body: graphError('ErrorItemNotFound', 'The specified object was not found in the store.') };
  const select = (url.searchParams.get('$select') ?? 'subject,from,body').split(',').map((s) => s.trim());
  return { status: 200, body: project(found, select, url.searchParams.get('$expand')) };
}
