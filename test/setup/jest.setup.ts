import '@testing-library/jest-dom';

// Fluent UI measures elements; jsdom has no layout engine.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// Each test starts with an empty tab: the follow-up sessions a test typed must not reach the next.
afterEach(() => globalThis.sessionStorage?.clear());
