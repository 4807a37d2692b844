import * as v from 'valibot';
import { describeIssues, type ScenarioProblem } from './scenarioProblems';

/**
 * A demo scenario: the simulated Outlook host and the simulated Microsoft 365 tenant in one JSON
 * document. This schema is the contract in docs/scenarios.md (tests outside the repo rely on it): extend
 * it, never rename or remove a field. Unknown fields are ignored so older loaders stay tolerant.
 */
const person = v.object({ name: v.optional(v.string(), ''), address: v.string() });
const isoDate = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 time such as 2026-11-25T09:30:00Z'));

const mailTip = v.union([
  v.object({
    recipientScope: v.picklist(['none', 'internal', 'external', 'externalPartner', 'externalNonPartner']),
    totalMemberCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    externalMemberCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  v.object({ error: v.string() }),
]);

const graphFault = v.object({
  /** Which request: message, sentItemsFolder, organization, mailTips, readReceipts, recallRequests (inside the $batch), batch (the whole $batch call). */
  target: v.picklist(['message', 'sentItemsFolder', 'organization', 'mailTips', 'readReceipts', 'recallRequests', 'batch']),
  /** HTTP status to answer, or "network" for a connection failure, "timeout" for no answer, "malformed" for broken JSON. */
  status: v.union([v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599)), v.picklist(['network', 'timeout', 'malformed'])]),
  /** How many times the fault happens before requests succeed (absent: always). */
  times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  retryAfterSeconds: v.optional(v.pipe(v.number(), v.minValue(0))),
  /** Graph error code of the answer's body (`error.code`), e.g. MailboxNotEnabledForRESTAPI; absent: the usual code for the status. */
  code: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_.]*$/, 'must be a Graph error code such as ErrorItemNotFound'))),
});

export const scenarioSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')),
  title: v.union([v.string(), v.object({ en: v.string(), ru: v.string() })]),
  description: v.optional(v.union([v.string(), v.object({ en: v.string(), ru: v.string() })])),
  now: isoDate,
  host: v.object({
    hostName: v.picklist(['Outlook', 'newOutlookWindows', 'OutlookWebApp', 'OutlookIOS', 'OutlookAndroid']),
    accountType: v.optional(v.picklist(['enterprise', 'office365', 'outlookCom', 'gmail']), 'office365'),
    platform: v.optional(v.picklist(['PC', 'Mac', 'OfficeOnline', 'iOS', 'Android']), 'OfficeOnline'),
    locale: v.optional(v.string(), 'en-US'),
    theme: v.optional(v.picklist(['light', 'dark']), 'light'),
    requirementSets: v.optional(v.record(v.string(), v.string()), { Mailbox: '1.14', NestedAppAuth: '1.1' }),
  }),
  user: person,
  message: v.object({
    itemClass: v.optional(v.string(), 'IPM.Note'),
    folder: v.optional(v.picklist(['sentitems', 'inbox', 'drafts', 'other']), 'sentitems'),
    subject: v.optional(v.string(), ''),
    sentDateTime: isoDate,
    from: person,
    to: v.optional(v.array(person), []),
    cc: v.optional(v.array(person), []),
    bcc: v.optional(v.array(person), []),
    isReadReceiptRequested: v.optional(v.boolean(), false),
    /**
     * The message's body as Office.js `item.body.getAsync` gives it: `{ type: "html" | "text",
     * content }`, or a string (plain text). Read only to prefill the replacement ("Delete and replace").
     */
    body: v.optional(v.union([v.string(), v.object({ type: v.picklist(['html', 'text']), content: v.string() })]), ''),
    /**
     * `compose`: the message is being written, not sent: the demo shows a simulated compose
     * window whose Send runs the safety window's OnMessageSend handler (docs/safety-window.md).
     * To/Cc/Bcc and subject are the compose item's; sentDateTime and folder are ignored.
     */
    mode: v.optional(v.picklist(['read', 'compose']), 'read'),
  }),
  tenant: v.optional(
    v.object({
      /** available: the simulated tenant answers; unavailable: network errors; external: nothing in the page answers, requests go to graph.microsoft.com. */
      graph: v.optional(v.picklist(['available', 'unavailable', 'external']), 'available'),
      /** Per round of a request: a $batch's mailbox requests run 4 at a time, so 9 of them take 3 × latencyMs. */
      latencyMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10_000)), 0),
      /** How long the first token of each scope set takes to acquire (later ones come from the cache). */
      tokenAcquisitionMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(60_000)), 0),
      /**
       * granted: sign-in gives the add-in its Graph token; missing: nobody consented to the add-in's
       * Graph permissions and users may not (admin consent required), so sign-in gives no token.
       */
      consent: v.optional(v.picklist(['granted', 'missing']), 'granted'),
      verifiedDomains: v.optional(v.array(v.string()), []),
      mailTips: v.optional(v.record(v.string(), mailTip), {}),
      /** Addresses whose read receipt for the message is in the mailbox (class REPORT.<message.itemClass>.IPNRN). */
      readReceipts: v.optional(v.array(v.string()), []),
      /** Addresses whose non-read report (REPORT.<message.itemClass>.IPNNRN: deleted unread) is in the mailbox. */
      nonReadReceipts: v.optional(v.array(v.string()), []),
      /** How many other messages in Sent Items have the message's subject (sent earlier): reports can't tell them apart. */
      sentWithSameSubject: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)), 0),
      /** A recall request for the message is already in Sent Items. */
      alreadyRecalled: v.optional(v.boolean(), false),
      faults: v.optional(v.array(graphFault), []),
      /**
       * A busy mailbox: this many unrelated read receipts, recall requests and Inbox messages,
       * before sending and between the sending and the messages about ours (default 0).
       */
      busyMailbox: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)), 0),
      /**
       * Look-alike recall reports claiming success: from outside, in Junk Email, linking off
       * Microsoft; a reply's report ("…: RE: <subject>"), a report naming someone the message did
       * not go to, a colleague's recall request with the message's subject.
       */
      lookalikeReports: v.optional(v.boolean(), false),
      /** How the recall endpoint answers and which reports then arrive, and when. */
      recall: v.optional(
        v.object({
          /** Status of POST …/recall: 202 accepts; "network" drops the connection. */
          status: v.optional(v.union([v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599)), v.literal('network')]), 202),
          /** Answer `status` this many times, then 202 (absent: always `status`). */
          times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
          retryAfterSeconds: v.optional(v.pipe(v.number(), v.minValue(0))),
          reportKind: v.optional(v.picklist(['cloud', 'classic']), 'cloud'),
          /** Per address: the outcome its report states and how many seconds after the recall it arrives. */
          outcomes: v.optional(
            v.record(
              v.string(),
              v.object({ outcome: v.picklist(['succeeded', 'failed', 'pending']), afterSeconds: v.optional(v.pipe(v.number(), v.minValue(0)), 3) }),
            ),
            {},
          ),
          /** Seconds until internal recipients without an entry in `outcomes` are reported recalled. */
          defaultAfterSeconds: v.optional(v.pipe(v.number(), v.minValue(0)), 3),
        }),
        {},
      ),
    }),
    {},
  ),
  policy: v.optional(v.unknown(), {}),
});

export type Scenario = v.InferOutput<typeof scenarioSchema>;
export type ScenarioPerson = v.InferOutput<typeof person>;
export type GraphFault = v.InferOutput<typeof graphFault>;

type ScenarioParse = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/** Validates a scenario; each problem names the field (e.g. `message.to.2.address`). */
export function parseScenario(raw: unknown): ScenarioParse {
  const result = v.safeParse(scenarioSchema, raw);
  if (result.success) return { ok: true, scenario: result.output };
  return { ok: false, problems: describeIssues(result.issues) };
}

export function localized(text: Scenario['title'], lang: 'en' | 'ru'): string {
  return typeof text === 'string' ? text : text[lang];
}
