// @ts-check
/**
 * Browser tests (npm run test:browser): the whole app with the demo on a random port, the built
 * web client, and Debian's Chromium driven by playwright-core. Kept out of `npm test`, which must
 * run on a machine without a browser.
 */
const compileren = require('../support/jest-transform');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  displayName: 'browser',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  ...compileren,
  testTimeout: 180_000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/test/browser/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
