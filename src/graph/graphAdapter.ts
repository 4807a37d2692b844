import type { GraphClient } from './graphClient';
import type { GraphPort } from './graphPort';
import { fetchRecallReports, requestRecall } from './recall';
import { fetchRecallFacts } from './recallFacts';
import { setRecallMark } from './recallMark';

/**
 * The Graph port on the one client: each operation is the module that makes its requests, under
 * the client's one retry policy and one budget per operation (docs/reliability.md): the check's
 * rounds share the budget it gives, a recall has its own 15 s (recall.ts), and one tracking read
 * (report lists, their pages and the report bodies) shares the client's default budget.
 */
export function graphAdapter(client: GraphClient): GraphPort {
  return {
    recallFacts: (restId, knownRecipients, { budgetMs, ...options }) =>
      fetchRecallFacts(client.withBudget(client.budget(budgetMs)), restId, knownRecipients, options),
    requestRecall: (restId) => requestRecall(client, restId),
    setRecallMark: (restId, at) => setRecallMark(client, restId, at),
    recallReports: (sentAt, about) => fetchRecallReports(client.withBudget(client.budget()), sentAt, about),
  };
}
