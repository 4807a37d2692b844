import type { ParsedRecipient } from '../domain/address';
import type { Result } from '../domain/failure';
import type { FoundReports } from '../domain/recallTracking';
import type { ReportedMessage } from './recall';
import type { GraphRecallFacts, RecallFactsOptions } from './recallFacts';

/*
 * The facts the port answers with are defined next to the code that reads them from Graph's
 * answers (recallFacts.ts, verifiedDomainsCache.ts); they are re-exported here so that a use case
 * needs this one file.
 */
export type { GraphRecallFacts } from './recallFacts';
export type { ReportedMessage } from './recall';
export type { VerifiedDomainsCache } from './verifiedDomainsCache';

/**
 * What the use cases (src/usecases) ask of Microsoft Graph: the one Graph port. The use cases
 * import it as a type only; the entries (src/taskpane, src/demo) build it on the one GraphClient
 * (graphAdapter.ts) and hand it in through the services. Every call runs under the client's one
 * retry policy (graphClient.ts: throttling, 5xx, time-outs, within a total budget) and answers a
 * Result: a failure is an answer, never a throw.
 */
export interface GraphPort {
  /**
   * Everything Graph tells about the sent item for the check (recallFacts.ts), every request and
   * retry wait of it within `budgetMs`.
   */
  recallFacts(
    restId: string,
    knownRecipients: readonly ParsedRecipient[],
    options: RecallFactsOptions & { readonly budgetMs: number },
  ): Promise<Result<GraphRecallFacts>>;
  /** Asks Exchange Online to recall the message (recall.ts; within its own, longer budget). */
  requestRecall(restId: string): Promise<Result<'accepted'>>;
  /** Records on the sent message that our recall was accepted at `at` (recallMark.ts). */
  setRecallMark(restId: string, at: Date): Promise<Result<'marked'>>;
  /**
   * The recall reports in the Inbox since the message was sent, with what judges them (recall.ts):
   * the tenant's domains, and whether the user sent another message with `about`'s subject. One
   * budget for the whole read.
   */
  recallReports(sentAt: Date | null, about: ReportedMessage): Promise<Result<FoundReports>>;
}
