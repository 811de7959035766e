import type { Plugin } from 'vite';

/** A call of the codegen's `graphql` with one template literal and nothing interpolated. */
const AANROEP = /\bgraphql\(\s*`((?:[^`$\\]|\$(?!\{))*)`\s*\)/g;

/**
 * Replaces every `graphql(`…`)` in the client's own files by the operation's text, with its
 * whitespace collapsed. The codegen's `graphql()` looks the text up in one map that holds every
 * operation of the app (client/src/gql/gql.ts, with each operation twice: as key and as
 * syntax tree), so every screen's queries ended up in the first screen's JavaScript. As a
 * plain string each operation lives in the chunk of the screen that uses it; urql parses it
 * (and caches the parse) on first use. Types are unaffected: tsc still sees the typed call.
 * A call this pattern misses keeps working through the map.
 */
export function documentenInline(): Plugin {
  return {
    name: 'driehoek-documenten-inline',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/client\/src\/(?!gql\/).*\.tsx?$/.test(id) || !code.includes('graphql(')) return null;
      const nieuw = code.replace(
        AANROEP,
        // A `#` comment would swallow the rest once the lines are joined: such text stays whole.
        (_, tekst: string) =>
          JSON.stringify(tekst.includes('#') ? tekst : tekst.replace(/\s+/g, ' ').trim()),
      );
      return nieuw === code ? null : { code: nieuw, map: null };
    },
  };
}
