/** Unit and component tests. Type checking is done by `tsc`, so swc only strips types here. */
module.exports = {
  testEnvironment: 'jest-fixed-jsdom',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.(t|j)sx?$|^.+\\.mjs$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
  },
  // msw 2 and its helpers, intl-messageformat with its @formatjs parts, and marked (the privacy
  // page's build step) ship ESM only (some as .mjs); let swc transform them.
  transformIgnorePatterns: [
    '/node_modules/(?!(msw|@mswjs|@bundled-es-modules|@open-draft|until-async|until|outvariant|strict-event-emitter|headers-polyfill|is-node-process|rettime|intl-messageformat|@formatjs|marked)/)',
  ],
  // A test's own time limit, far above what any test needs on an idle machine: no wall-clock bar,
  // only a stop for a hang (asyncUtilTimeout in test/setup/jest.setup.ts is 10 s per wait).
  testTimeout: 60_000,
  setupFilesAfterEnv: ['<rootDir>/test/setup/jest.setup.ts'],
  testEnvironmentOptions: { customExportConditions: [''] },
};
