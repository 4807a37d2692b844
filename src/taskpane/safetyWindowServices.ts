import type { Services } from '../app/services';
import type { SafetyWindowPolicy } from '../domain/safetyWindow';
import { graphHeldMessages } from '../graph/heldMessages';
import type { GraphClient } from '../graph/graphClient';
import { localHeldTimes } from '../host/heldTimesStorage';
import { officeOpenDraft } from '../host/officeDrafts';
import { roamingOptIn } from '../host/roamingOptIn';

type OfficeLike = Parameters<typeof officeOpenDraft>[0] & Parameters<typeof roamingOptIn>[0];

/**
 * The task pane's safety-window services where the admin turned the window on (or allows an
 * opt-in): the Held messages list over Graph, with Outlook opening the draft; the delivery times
 * the Send handler left in this origin's localStorage, which the pane reads with or without Graph;
 * and the user's opt-in flag. Loaded by taskpane/index.tsx only then, in its own chunk: organisations start with
 * the window off, and their pane does not carry it (scripts/size.mjs budget).
 */
export function safetyWindowServices(
  office: OfficeLike,
  graph: GraphClient | null,
  clock: () => Date,
  window: SafetyWindowPolicy,
): Pick<Services, 'heldMessages' | 'heldTimes' | 'safetyWindowOptIn'> {
  return {
    heldTimes: localHeldTimes(),
    ...(graph !== null ? { heldMessages: graphHeldMessages(graph, clock, officeOpenDraft(office)) } : {}),
    ...(window.minutes === 0 && window.optInMinutes > 0 ? { safetyWindowOptIn: roamingOptIn(office, window.optInMinutes) } : {}),
  };
}
