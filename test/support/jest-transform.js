// @ts-check
/**
 * How every jest config here compiles: TypeScript through ts-jest, and the ESM-only libraries
 * (@handlewithcare/prosemirror-suggest-changes, reached through package.json "imports", and
 * pg-boss with its ESM dependencies), which Node requires as they are but jest's module loader
 * needs as CommonJS.
 */
const ESM = '@handlewithcare/|pg-boss/|serialize-error/|non-error/|rrule-temporal/|temporal-spec/';
module.exports = {
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    [`/(${ESM}).+\\.js$`]: [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node10' } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!${ESM})`],
};
