/** Unit and component tests. Type checking is done by `tsc`, so swc only strips types here. */
module.exports = {
  testEnvironment: 'jest-fixed-jsdom',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
  },
  // msw 2 and its helpers ship ESM only; let swc transform them.
  transformIgnorePatterns: ['/node_modules/(?!(msw|@mswjs|@bundled-es-modules|until-async|until|outvariant|strict-event-emitter|headers-polyfill|is-node-process|rettime)/)'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/jest.setup.ts'],
  testEnvironmentOptions: { customExportConditions: [''] },
};
