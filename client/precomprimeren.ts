import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text files worth compressing; images and fonts are compressed already. */
const TEKST = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt', '.map']);
/** Below this a compressed copy saves less than its headers cost. */
const DREMPEL = 1024;

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    return statSync(pad).isDirectory() ? bestanden(pad) : [pad];
  });
}

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, at the
 * highest levels: done once at build time, so the server sends the smallest form without
 * compressing on each request (src/client-app picks the copy the browser accepts).
 */
export function precomprimeren(): Plugin {
  let uitvoer = '';
  return {
    name: 'driehoek-precomprimeren',
    apply: 'build',
    configResolved(config) {
      uitvoer = config.build.outDir;
    },
    closeBundle() {
      for (const pad of bestanden(uitvoer)) {
        if (!TEKST.has(extname(pad))) continue;
        const inhoud = readFileSync(pad);
        if (inhoud.length < DREMPEL) continue;
        writeFileSync(`${pad}.gz`, gzipSync(inhoud, { level: 9 }));
        writeFileSync(
          `${pad}.br`,
          brotliCompressSync(inhoud, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: inhoud.length,
            },
          }),
        );
      }
    },
  };
}
