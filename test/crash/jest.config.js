// @ts-check
/**
 * The crash suite (`npm run test:crash`): the app as a child process, killed at chosen moments
 * of every multi-step command. Kept out of `npm test`, which stays fast.
 */
const { resolve } = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: resolve(__dirname, '..', '..'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/crash/**/*.crash-spec.ts'],
  ...require('../support/jest-transform'),
  globalSetup: '<rootDir>/test/crash/global-setup.ts',
  globalTeardown: '<rootDir>/test/crash/global-teardown.ts',
  testTimeout: 15 * 60_000,
};
