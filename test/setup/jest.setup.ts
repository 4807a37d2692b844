import '@testing-library/jest-dom';
import { registerCatalog } from '../../src/i18n/catalogs';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';

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

// Each test starts with an empty tab: the follow-up sessions a test typed must not reach the next.
afterEach(() => globalThis.sessionStorage?.clear());
