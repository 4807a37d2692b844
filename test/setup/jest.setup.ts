import '@testing-library/jest-dom';
import { webcrypto } from 'node:crypto';
import { configure } from '@testing-library/react';
import { registerCatalog } from '../../src/i18n/catalogs';
import { sealedWritesSettled } from '../../src/usecases/followUp/storedSessions';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';

// `findBy*` and `waitFor` wait for what the user would see, not for a time limit: with two cores
// shared by parallel builds, a render the pane does in 50 ms can take seconds. The default 1 s made
// `npm test` fail on a busy machine; 10 s keeps a real hang a failure (jest's testTimeout, set in
// jest.config.js, is longer still).
configure({ asyncUtilTimeout: 10_000 });

// The browser entries download the active language's catalog before rendering; tests have both.
registerCatalog('en', en);
registerCatalog('ru', ru);

// Fluent UI measures elements; jsdom has no layout engine.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// jsdom has no Web Crypto (crypto.subtle), which the follow-up store seals with; Node's is the
// same standard API the browsers have.
if (globalThis.crypto?.subtle === undefined) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });

// Each test starts with an empty tab: the follow-up sessions a test typed must not reach the next.
// The follow-up store seals in the background: its last writes land first, so none reaches the next test.
afterEach(async () => {
  if (globalThis.sessionStorage === undefined) return;
  await sealedWritesSettled(globalThis.sessionStorage);
  globalThis.sessionStorage.clear();
});
