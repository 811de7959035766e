import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** A call of the codegen's `graphql` with one template literal and nothing interpolated. */
const AANROEP = /\bgraphql\(\s*`((?:[^`$\\]|\$(?!\{))*)`\s*\)/g;
const FRAGMENT = /\bfragment\s+([_A-Za-z]\w*)\s+on\b/g;
/** A spread of a named fragment (not an inline `... on Type`). */
const SPREAD = /\.\.\.\s*(?!on\b)([_A-Za-z]\w*)/g;

const BRON = fileURLToPath(new URL('./src', import.meta.url));

function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) => {
    const pad = join(map, d.name);
    if (d.isDirectory()) return d.name === 'gql' ? [] : bronbestanden(pad);
    return /\.tsx?$/.test(d.name) ? [pad] : [];
  });
}

/** Every named fragment of the client's operations, by name: the text that defines it. */
function fragmentenIn(code: string, register: Map<string, string>): void {
  for (const [, tekst] of code.matchAll(AANROEP))
    for (const [, naam] of tekst!.matchAll(FRAGMENT)) register.set(naam!, tekst!);
}

/** The operation's text with every fragment it spreads but does not define put after it. */
function metFragmenten(tekst: string, register: Map<string, string>): string {
  const delen = [tekst];
  const gedefinieerd = new Set([...tekst.matchAll(FRAGMENT)].map((m) => m[1]!));
  for (let i = 0; i < delen.length; i++)
    for (const [, naam] of delen[i]!.matchAll(SPREAD)) {
      const definitie = register.get(naam!);
      if (gedefinieerd.has(naam!) || !definitie) continue;
      delen.push(definitie);
      for (const [, n] of definitie.matchAll(FRAGMENT)) gedefinieerd.add(n!);
    }
  return delen.join('\n');
}

/**
 * Replaces every `graphql(`…`)` in the client's own files by the operation's text (with the
 * fragments it spreads from other files appended, as the codegen's documents have them), its
 * whitespace collapsed. The codegen's `graphql()` looks the text up in one map that holds
 * every operation of the app (client/src/gql/gql.ts, each operation twice: as key and as
 * syntax tree), so every screen's queries ended up in the first screen's JavaScript. As a plain
 * string each operation lives in the chunk of the screen that uses it; urql parses it (and
 * caches the parse) on first use. Types are unaffected: tsc still sees the typed call. A call
 * this pattern misses keeps working through the map.
 */
export function documentenInline(): Plugin {
  const register = new Map<string, string>();
  return {
    name: 'driehoek-documenten-inline',
    enforce: 'pre',
    buildStart() {
      register.clear();
      for (const pad of bronbestanden(BRON)) fragmentenIn(readFileSync(pad, 'utf8'), register);
    },
    transform(code, id) {
      if (!/\/client\/src\/(?!gql\/).*\.tsx?$/.test(id) || !code.includes('graphql(')) return null;
      fragmentenIn(code, register);
      const nieuw = code.replace(AANROEP, (_, tekst: string) => {
        const geheel = metFragmenten(tekst, register);
        // A `#` comment would swallow the rest once the lines are joined: such text stays whole.
        return JSON.stringify(geheel.includes('#') ? geheel : geheel.replace(/\s+/g, ' ').trim());
      });
      return nieuw === code ? null : { code: nieuw, map: null };
    },
  };
}
