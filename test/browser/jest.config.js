// @ts-check
/**
 * Browser tests (npm run test:browser): the whole app with the demo on a random port, the built
 * web client, and Debian's Chromium driven by playwright-core. Kept out of `npm test`, which must
 * run on a machine without a browser.
 */
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  // ESM-only, reached through package.json "imports" (as in ../../jest.config.js).
  '/@handlewithcare/.+\\.js$': [
    'ts-jest',
    { tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node10' } },
  ],
};

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  displayName: 'browser',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  transform,
  transformIgnorePatterns: ['/node_modules/(?!@handlewithcare/)'],
  testTimeout: 180_000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/test/browser/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
