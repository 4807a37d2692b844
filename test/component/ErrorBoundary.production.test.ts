/* eslint-disable @typescript-eslint/no-require-imports, no-console -- React's production build is loaded afresh with require() inside jest.isolateModules, and the console is what is under test. */
/**
 * The error boundary in a production build: React 18's production bundle prints each caught error
 * with console.error(error) — message and stack, which may hold an address or a subject. The
 * pane must print nothing. React, the JSX runtime and our modules are loaded afresh with
 * NODE_ENV=production, so this is React's real production code path (no JSX in this file for
 * that reason: it would bind the development runtime at import time).
 */
import type { ReactNode } from 'react';

type Loaded = {
  createElement: typeof import('react').createElement;
  createRoot: typeof import('react-dom/client').createRoot;
  flushSync: typeof import('react-dom').flushSync;
  ErrorBoundary: typeof import('../../src/app/ErrorBoundary').ErrorBoundary;
  I18nProvider: typeof import('../../src/i18n/I18nProvider').I18nProvider;
};

function loadInProduction(): Loaded {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    let loaded: Loaded | undefined;
    jest.isolateModules(() => {
      // The isolated registry has its own (empty) catalog store: register English as the entries' loadLanguage would.
      (require('../../src/i18n/catalogs') as typeof import('../../src/i18n/catalogs')).registerCatalog(
        'en',
        (require('../../src/i18n/en') as typeof import('../../src/i18n/en')).en,
      );
      loaded = {
        createElement: (require('react') as typeof import('react')).createElement,
        createRoot: (require('react-dom/client') as typeof import('react-dom/client')).createRoot,
        flushSync: (require('react-dom') as typeof import('react-dom')).flushSync,
        ErrorBoundary: (require('../../src/app/ErrorBoundary') as typeof import('../../src/app/ErrorBoundary')).ErrorBoundary,
        I18nProvider: (require('../../src/i18n/I18nProvider') as typeof import('../../src/i18n/I18nProvider')).I18nProvider,
      };
    });
    if (loaded === undefined) throw new Error('modules not loaded');
    return loaded;
  } finally {
    process.env.NODE_ENV = before;
  }
}

const SECRET = 'boris.ivanov@contoso.com';

function Exploding(): ReactNode {
  throw new Error(`render failed for ${SECRET}`);
}

describe('ErrorBoundary in a production build', () => {
  afterEach(() => jest.restoreAllMocks());

  it('a caught render error: the fallback is shown and nothing reaches the console', () => {
    const { createElement, createRoot, flushSync, ErrorBoundary, I18nProvider } = loadInProduction();
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    flushSync(() => root.render(createElement(I18nProvider, { lang: 'en', children: createElement(ErrorBoundary, null, createElement(Exploding)) })));
    expect(container.textContent).toContain('Something went wrong');
    expect(container.textContent).not.toContain(SECRET);
    // (Griffel, Fluent's styling engine, may warn about its class cache here: modules loaded twice.)
    const printed = consoleError.mock.calls.flat();
    expect(printed.filter((arg) => arg instanceof Error)).toEqual([]);
    expect(printed.map(String).filter((text) => text.includes(SECRET) || /\n\s+at /.test(text))).toEqual([]);
    flushSync(() => root.unmount());
    container.remove();
  });

  it('other console output still gets through while the boundary is mounted, and the console is restored after', () => {
    const { createElement, createRoot, flushSync, ErrorBoundary, I18nProvider } = loadInProduction();
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    flushSync(() => root.render(createElement(I18nProvider, { lang: 'en', children: createElement(ErrorBoundary, null, 'fine') })));
    console.error('a library warning');
    expect(consoleError).toHaveBeenCalledWith('a library warning');
    flushSync(() => root.unmount());
    console.error(new Error('after unmount'));
    expect(consoleError).toHaveBeenCalledTimes(2);
    container.remove();
  });
});
