// @ts-check
/**
 * How every jest config here compiles: TypeScript through ts-jest, and the one ESM-only library
 * (@handlewithcare/prosemirror-suggest-changes, reached through package.json "imports"), which
 * Node requires as it is but jest's module loader needs as CommonJS.
 */
module.exports = {
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    '/@handlewithcare/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node10' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!@handlewithcare/)'],
};
