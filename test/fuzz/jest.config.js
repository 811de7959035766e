// @ts-check
/**
 * Fuzz suite (npm run test:fuzz): property-based tests with fast-check against the whole app with
 * the demo, on embedded PGlite or, with DATABASE_URL, on PostgreSQL. Kept out of `npm test`
 * because it runs for about a minute; FUZZ_SEED replays a run, FUZZ_RUNS scales it, FUZZ_GEVAL
 * replays one saved case (herhaal.fuzz-spec.ts).
 */
const compileren = require('../support/jest-transform');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  displayName: 'fuzz',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/fuzz/**/*.fuzz-spec.ts'],
  ...compileren,
  testTimeout: 600_000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
