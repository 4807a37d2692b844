/**
 * The recall mark after a 202 (issue 11 item 6) belongs to the item the recall was sent for: the
 * accepted state comes first and never waits for the mark, and once the confirmation is gone
 * (the pinned pane moved to another item) no mark is written. The real hook and GraphClient,
 * Graph answered over MSW.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { checkMessage } from '../../src/usecases/check/checkMessage';
import { ServicesProvider } from '../../src/app/services';
import { useRecallAction } from '../../src/app/useRecallAction';
import type { WizardEvent, WizardState } from '../../src/app/wizard';
import { RECALL_ACCEPTED_BODY } from '../../src/demo/graphBehaviour';
import { sentItemOf } from '../../src/demo/scenarioHost';
import { simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { GRAPH_ORIGIN } from '../../src/graph/graphClient';
import { setupMswForFile } from '../builders/graph';
import { aScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server, seen } = setupMswForFile();
const scenario = aScenario().to('boris.ivanov@contoso.com').build();

/** The recall answers 202 only when `release` is called. */
function heldRecall() {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.post(`${GRAPH_ORIGIN}/beta/me/mailFolders/sentitems/messages/:id/recall`, async () => {
      await held;
      return new HttpResponse(RECALL_ACCEPTED_BODY, { status: 202, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return () => release();
}

async function confirmation() {
  server.use(...simulatedTenantHandlers(scenario));
  const { services } = servicesFor(scenario);
  const outcome = await checkMessage(services, sentItemOf(scenario));
  const state: Extract<WizardState, { step: 'act' }> = { step: 'act', outcome, choice: 'delete', act: { mode: 'confirm' } } as Extract<
    WizardState,
    { step: 'act' }
  >;
  const events: WizardEvent[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => <ServicesProvider services={services}>{children}</ServicesProvider>;
  const hook = renderHook(() => useRecallAction(state, (e) => void events.push(e)), { wrapper });
  seen.length = 0;
  return { hook, events, outcome };
}

const patches = () => seen.filter((r) => r.method === 'PATCH');

describe('the recall mark after a 202', () => {
  it('is written after the accepted state, for the message the recall was sent for', async () => {
    const { hook, events, outcome } = await confirmation();
    const release = heldRecall();
    const recalling = hook.result.current();
    release();
    await recalling;
    expect(events.map((e) => e.type)).toEqual(['recall-started', 'recall-accepted']);
    expect(events[1]).toMatchObject({ key: outcome.key });
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]?.url).toMatch(new RegExp(`^${GRAPH_ORIGIN}/v1\\.0/me/messages/`));
  });

  it('is not written once the confirmation is gone (another item); the answer still carries its own key', async () => {
    const { hook, events, outcome } = await confirmation();
    const release = heldRecall();
    const recalling = hook.result.current();
    hook.unmount();
    release();
    await recalling;
    // The reducer drops this answer for any other item (by its key); the mark is never sent.
    expect(events[1]).toMatchObject({ type: 'recall-accepted', key: outcome.key });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(patches()).toEqual([]);
  });
});
