/**
 * The layer rule (docs/architecture.md, "Layers"): which module may import which. Checked by
 * `npx eslint .`; test/lint/layers.test.ts shows it failing on a deliberate wrong import.
 *
 * typescript-eslint's `no-restricted-imports` (ESLint's core rule plus `allowTypeImports`) is
 * enough for three rules over a few folders, so no eslint-plugin-boundaries: a second module
 * resolver and element taxonomy would cost more to read than these lists.
 *
 * Patterns are gitignore-style and match the import as written ('../../graph/recall'), so
 * each names a folder anywhere in the path ('**' + '/graph/*').
 */

/** Everything outside src/domain, and every package that reaches the outside world. */
const outerLayers = [
  {
    group: ['../*'],
    message: 'src/domain is the pure core: it imports only from src/domain (docs/architecture.md, "Layers").',
  },
  {
    group: ['react', 'react-*', 'react/*', '@fluentui/*', '@azure/*', 'msw', 'msw/*', 'office-*', '@microsoft/*', 'intl-messageformat'],
    message: 'src/domain is the pure core: no React, Fluent UI, Office.js, MSAL, MSW or i18n packages (docs/architecture.md, "Layers").',
  },
];

/**
 * What a React component may not import: the adapters. It gets them from the one provider
 * (src/app/services.tsx, useServices) or through a hook or use case in src/app/.
 *
 * The PORTS, allowed as type-only imports (`import type`): src/host/outlookHost.ts (the host
 * interface and its fact types) and src/auth/tokenProvider.ts (the token interface and scopes).
 * Everything else under src/host, src/graph, src/auth and src/demo is an adapter or its wiring.
 */
const componentAdapterBan = [
  {
    group: ['**/host/outlookHost', '**/auth/tokenProvider'],
    allowTypeImports: true,
    message: 'A component may use a port only as a type (`import type`); the instance comes from useServices() (docs/architecture.md, "Layers").',
  },
  {
    group: ['**/host/*', '!**/host/outlookHost', '**/auth/*', '!**/auth/tokenProvider', '**/graph/*', '**/demo/*', '**/demo/**'],
    message:
      'A component must not import an adapter (host, graph, auth, demo): get it from useServices() or a hook in src/app/ (docs/architecture.md, "Layers").',
  },
  {
    group: ['@azure/*', 'msw', 'msw/*'],
    message: 'A component must not talk to MSAL or MSW: the adapters do (docs/architecture.md, "Layers").',
  },
];

/**
 * What a use case (src/usecases) may not import: it depends on ports, not on adapters, React or
 * the UI. The PORTS, allowed as type-only imports: src/graph/graphPort.ts (the Graph operations
 * and the facts they answer with), src/host/outlookHost.ts and src/auth/tokenProvider.ts. The
 * instances are built in the entries and handed in (the hooks in src/app pass them from
 * useServices()).
 */
const useCaseAdapterBan = [
  {
    group: ['**/graph/graphPort', '**/host/outlookHost', '**/auth/tokenProvider'],
    allowTypeImports: true,
    message: 'A use case may use a port only as a type (`import type`); the instance is handed in (docs/architecture.md, "Layers").',
  },
  {
    group: [
      '**/graph/*',
      '!**/graph/graphPort',
      '**/host/*',
      '!**/host/outlookHost',
      '**/auth/*',
      '!**/auth/tokenProvider',
      '**/demo/*',
      '**/demo/**',
      '**/app/*',
      '**/app/**',
      '**/taskpane/*',
      '**/launchevent/*',
    ],
    message:
      'A use case must not import an adapter (the concrete Graph client or a Graph module, Office.js host, auth, demo) or the UI: it takes ports (docs/architecture.md, "Layers").',
  },
  {
    group: ['react', 'react-*', 'react/*', '@fluentui/*', '@azure/*', 'msw', 'msw/*', 'office-*', '@microsoft/*'],
    message:
      'A use case must not use React, Fluent UI, MSAL, MSW or Office.js: src/app renders, the adapters reach the outside world (docs/architecture.md, "Layers").',
  },
];

export const layerRules = [
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: outerLayers }],
      // No import is needed to reach the outside world from a browser bundle; these are the globals that do.
      'no-restricted-globals': [
        'error',
        ...['fetch', 'Office', 'OfficeRuntime', 'XMLHttpRequest', 'localStorage', 'sessionStorage', 'document', 'navigator'].map((name) => ({
          name,
          message: 'src/domain is the pure core: the adapters reach the outside world and pass facts in (docs/architecture.md, "Layers").',
        })),
      ],
    },
  },
  {
    files: ['src/usecases/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: useCaseAdapterBan }],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'Office', 'OfficeRuntime', 'XMLHttpRequest'].map((name) => ({
          name,
          message: 'A use case reaches Graph and Outlook through its ports, never directly (docs/architecture.md, "Layers").',
        })),
      ],
    },
  },
  {
    files: ['src/app/components/**/*.{ts,tsx}', 'src/app/steps/**/*.{ts,tsx}', 'src/app/followUp/**/*.{ts,tsx}', 'src/app/safetyWindow/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: componentAdapterBan }],
    },
  },
];
