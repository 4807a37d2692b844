/**
 * `npm run test:quick`: the jest suite for the edit loop. Every test of one rule, request, screen
 * or journey stays; left out are the sweeps that guard a property across everything (each a few
 * seconds, together about a third of the run) and the suites that test the tooling rather than
 * src/. `npm test` and `npx jest` still run all of them; docs/testing.md says which to run for
 * which change.
 */
const full = require('./jest.config.js');

const LEFT_OUT = [
  // Sweeps: random inputs, every request × every failure, Microsoft's metadata, evidence gaps.
  '<rootDir>/test/unit/fuzz.test.ts',
  '<rootDir>/test/unit/faultMatrix.test.ts',
  '<rootDir>/test/contract/',
  '<rootDir>/test/unit/domain/evidenceGaps.test.ts',
  '<rootDir>/test/unit/domain/properties.test.ts',
  // Tooling: ESLint's rules on probe files, the manifests, the dev server (a webpack build).
  '<rootDir>/test/lint/',
  '<rootDir>/test/manifest/',
  '<rootDir>/test/devserver/',
];

module.exports = { ...full, testPathIgnorePatterns: [...full.testPathIgnorePatterns, ...LEFT_OUT] };
