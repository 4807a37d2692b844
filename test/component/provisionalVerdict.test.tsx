/**
 * The progressive verdict: what Outlook shows is on screen, marked provisional, while Graph is
 * asked; the final verdict (one $batch) replaces it. Nothing can be done from the provisional one,
 * and it never carries the DOM contract, so harnesses that wait for the verdict get the final one.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { Root } from '../../src/app/Root';
import { wizardReducer, type WizardState } from '../../src/app/wizard';
import { simulatedTenantHandlers } from '../../src/demo/simulatedTenant';
import { GRAPH_ORIGIN } from '../../src/graph/graphClient';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import type { Lang } from '../../src/i18n/translator';
import { partialOutcome } from '../builders/outcome';
import { setupMswForFile } from '../builders/graph';
import { aScenario, builtInScenario } from '../builders/scenario';
import { servicesFor } from '../builders/services';

const { server, graphRequests } = setupMswForFile();

/** Holds every $batch until `release()`, then lets the simulated tenant answer it. */
function heldBatches() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let seen = 0;
  const handler = http.post(`${GRAPH_ORIGIN}/v1.0/$batch`, async () => {
    seen += 1;
    await gate;
    return undefined;
  });
  return { handler, release: () => release(), seen: () => seen };
}

function renderHeld(lang: Lang, scenario = builtInScenario('gmail-among-internal')) {
  const held = heldBatches();
  server.use(...simulatedTenantHandlers(scenario));
  server.use(held.handler);
  const { services } = servicesFor(scenario);
  render(<Root services={services} lang={lang} dark={false} />);
  return held;
}

describe('the pane while Graph is asked', () => {
  it.each([
    ['en', 'Checking…', /^Provisional: /, 'Check'],
    ['ru', 'Проверяем…', /^Предварительно: /, 'Проверка'],
  ] as const)(
    '%s: a provisional verdict from Outlook, no contract attributes and no actions, then the final one',
    async (lang, heading, title, finalHeading) => {
      // The check step's recall options (beside the plan's proposal): absent while provisional.
      const recallButton = (lang === 'en' ? en : ru)['nav.choose'];
      const held = renderHeld(lang);
      expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
      await waitFor(() => expect(held.seen()).toBe(1));

      const provisional = document.querySelector('[data-provisional-verdict]');
      expect(provisional?.textContent).toMatch(title);
      // Everyone Outlook shows is listed, without the DOM contract; nothing to act on yet.
      expect(screen.getByText('dmitry.k@gmail.com')).toBeInTheDocument();
      expect(document.querySelector('[data-overall-verdict]')).toBeNull();
      expect(document.querySelectorAll('[data-recipient]')).toHaveLength(0);
      expect(document.querySelector('main')).toHaveAttribute('data-step', 'context');
      expect(screen.queryByRole('button', { name: recallButton })).toBeNull();

      held.release();
      expect(await screen.findByRole('heading', { level: 2, name: finalHeading })).toBeInTheDocument();
      expect(document.querySelector('[data-provisional-verdict]')).toBeNull();
      expect(document.querySelector('[data-overall-verdict]')).toHaveAttribute('data-overall-verdict', 'partial');
      expect(document.querySelectorAll('[data-recipient]')).toHaveLength(3);
      expect(document.querySelector('main')).toHaveAttribute('data-step', 'check');
      // Still one Graph round trip for the final verdict.
      expect(screen.getByRole('button', { name: recallButton })).toBeInTheDocument();
      expect(graphRequests()).toHaveLength(1);
    },
  );

  it('no provisional verdict when Graph will not be asked (personal account): the final one comes at once', async () => {
    const scenario = builtInScenario('personal-outlook-com');
    server.use(...simulatedTenantHandlers(scenario));
    const { services } = servicesFor(scenario);
    const provisionalSeen: boolean[] = [];
    const observer = new MutationObserver(() => provisionalSeen.push(document.querySelector('[data-provisional-verdict]') !== null));
    observer.observe(document.body, { childList: true, subtree: true });
    render(<Root services={services} lang="en" dark={false} />);
    await waitFor(() => expect(document.querySelector('[data-overall-verdict]')).not.toBeNull());
    observer.disconnect();
    expect(provisionalSeen.filter(Boolean)).toEqual([]);
  });

  it('colleagues judged by the sender’s domain only are not called recallable before MailTips answers', async () => {
    const held = renderHeld('en', aScenario().to('boris@contoso.com').build());
    await screen.findByRole('heading', { level: 2, name: 'Checking…' });
    expect(document.querySelector('[data-provisional-verdict]')).not.toHaveAttribute('data-provisional-verdict', 'recallable');
    held.release();
  });
});

describe('wizard: the provisional event', () => {
  const O = partialOutcome();
  const provisional: WizardState = { step: 'check', outcome: O, choice: 'delete', recall: null, provisional: true };

  it('moves a loading pane to a provisional check, and only a loading one (of its own check)', () => {
    const loading: WizardState = { step: 'context', status: 'loading', attempt: O.key.attempt };
    expect(wizardReducer(loading, { type: 'provisional', outcome: O })).toEqual(provisional);
    // Another check's provisional verdict (an older attempt) is dropped.
    const later: WizardState = { step: 'context', status: 'loading', attempt: O.key.attempt + 1 };
    expect(wizardReducer(later, { type: 'provisional', outcome: O })).toBe(later);
    const final: WizardState = { step: 'check', outcome: O, choice: 'delete', recall: null };
    expect(wizardReducer(final, { type: 'provisional', outcome: O })).toBe(final);
  });

  it.each([{ type: 'start-recall' }, { type: 'show-follow-up' }, { type: 'show-incident' }, { type: 'back' }] as const)(
    'ignores %o while provisional',
    (event) => {
      expect(wizardReducer(provisional, event)).toBe(provisional);
    },
  );

  it('the final verdict replaces it', () => {
    expect(wizardReducer(provisional, { type: 'checked', outcome: O })).toEqual({ step: 'check', outcome: O, choice: 'delete', recall: null });
  });
});

describe('wizard: the provisional verdict and the check’s deadline', () => {
  const O = partialOutcome();
  const provisional: WizardState = { step: 'check', outcome: O, choice: 'delete', recall: null, provisional: true };

  it('the deadline’s verdict (same check) replaces it; a failure of the same check too; another check’s answer does not', () => {
    expect(wizardReducer(provisional, { type: 'checked', outcome: { ...O, gaps: [{ kind: 'stillWaiting' }] } })).toEqual({
      step: 'check',
      outcome: { ...O, gaps: [{ kind: 'stillWaiting' }] },
      choice: 'delete',
      recall: null,
    });
    expect(wizardReducer(provisional, { type: 'check-failed', attempt: O.key.attempt, failure: { kind: 'offline' } })).toEqual({
      step: 'context',
      status: 'failed',
      failure: { kind: 'offline' },
    });
    const older = { ...O, key: { ...O.key, attempt: O.key.attempt - 1 } };
    expect(wizardReducer(provisional, { type: 'checked', outcome: older })).toBe(provisional);
  });
});
