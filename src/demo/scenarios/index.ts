import allInternal from './all-internal.json';
import gmailAmongInternal from './gmail-among-internal.json';
import graphUnavailable from './graph-unavailable.json';
import consentMissing from './consent-missing.json';
import groupWithExternals from './group-with-externals.json';
import meetingRequest from './meeting-request.json';
import notInSentItems from './not-in-sent-items.json';
import onPremisesMailbox from './on-premises-mailbox.json';
import oddAddresses from './odd-addresses.json';
import onlyExternal from './only-external.json';
import partnerTenant from './partner-tenant.json';
import personalOutlookCom from './personal-outlook-com.json';
import recallDisabled from './recall-disabled.json';
import throttledBatch from './throttled-batch.json';
import throttledWait from './throttled-wait.json';
import tooOld from './too-old.json';
import alreadyRecalled from './already-recalled.json';
import newOutlookRu from './new-outlook-ru.json';
import readByOne from './read-by-one.json';
import readNotRecallable from './read-not-recallable.json';
import recallClassicReports from './recall-classic-reports.json';
import recallPartialFailure from './recall-partial-failure.json';
import recallRefused from './recall-refused.json';
import recallThrottled from './recall-throttled.json';
import composeColleaguesOnly from './compose-colleagues-only.json';
import composeGmailAndColleagues from './compose-gmail-and-colleagues.json';
import composeGraphUnavailable from './compose-graph-unavailable.json';
import { largeListScenario } from './largeList';

/** Built-in scenarios, in the order the picker lists them. Each is validated when loaded. */
export const BUILT_IN_SCENARIOS: readonly unknown[] = [
  allInternal,
  gmailAmongInternal,
  onlyExternal,
  personalOutlookCom,
  notInSentItems,
  graphUnavailable,
  onPremisesMailbox,
  consentMissing,
  tooOld,
  recallDisabled,
  meetingRequest,
  groupWithExternals,
  partnerTenant,
  throttledBatch,
  throttledWait,
  oddAddresses,
  readByOne,
  readNotRecallable,
  alreadyRecalled,
  newOutlookRu,
  recallPartialFailure,
  recallRefused,
  recallThrottled,
  recallClassicReports,
  composeGmailAndColleagues,
  composeColleaguesOnly,
  composeGraphUnavailable,
  largeListScenario(500),
];

/** `large-list-<n>` for any n up to this makes a generated list of that size (benchmarks, tests). */
export const LARGE_LIST_MAX = 5000;

export function findBuiltInScenario(id: string): unknown {
  const listed = BUILT_IN_SCENARIOS.find((s) => typeof s === 'object' && s !== null && (s as { id?: unknown }).id === id);
  if (listed !== undefined) return listed;
  const size = /^large-list-([1-9]\d{0,3})$/.exec(id)?.[1];
  return size !== undefined && Number(size) <= LARGE_LIST_MAX ? largeListScenario(Number(size)) : undefined;
}
