import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { Logger, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';

/** Paths of the API that the web client never answers, not even with its index page. */
const API_PADEN = ['/graphql', '/health', '/export', '/collab'];

const SOORTEN: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The built client: dist/client beside the compiled server (dist/src/client-app), also when the
 * app runs from source (ts-jest); CLIENT_DIR points elsewhere (the browser tests' own build).
 */
export function clientMap(): string | null {
  const root = resolve(__dirname, '..', '..');
  const kandidaten = [
    process.env.CLIENT_DIR,
    basename(root) === 'dist' ? join(root, 'client') : join(root, 'dist', 'client'),
  ].filter((p): p is string => !!p);
  return kandidaten.find((p) => existsSync(join(p, 'index.html'))) ?? null;
}

/** Whether a path belongs to the API (never answered with the client's page). */
export function isApi(pad: string): boolean {
  return (
    API_PADEN.some(
      (api) => pad === api || pad.startsWith(`${api}/`) || pad.startsWith(`${api}.`),
    ) ||
    // A publication's logos have no extension (PNG or JPEG), unlike its other files.
    /^\/publicatie\/[^/]+\/logo\//.test(pad)
  );
}

/**
 * Serves the web client at / with a fallback to index.html for the client's own routes
 * (/overeenkomsten/…, /uitnodiging/<token>). GraphQL, the co-editor, exports and /health are
 * passed on untouched, and so is every request that is not a GET or HEAD for a page.
 */
export function clientMiddleware(map: string) {
  const index = join(map, 'index.html');
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // Express may have cut the mount path off req.url; originalUrl is what the browser asked for.
    const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    let pad: string;
    try {
      pad = decodeURIComponent(new URL(url, 'http://localhost').pathname);
    } catch {
      return next();
    }
    if (isApi(pad)) return next();
    const bestand = normalize(join(map, pad));
    if (bestand.startsWith(map + sep) && existsSync(bestand) && statSync(bestand).isFile()) {
      // Vite puts a content hash in every asset name: those never change.
      const cache = pad.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return stuur(req, res, bestand, cache);
    }
    // A file that is not there (an old asset, a typo) is a 404, not the page.
    if (extname(pad) !== '') return next();
    const accept = req.headers.accept ?? '';
    if (!accept.includes('text/html') && !accept.includes('*/*')) return next();
    stuur(req, res, index, 'no-cache');
  };
}

/** The encodings we precompress at build time (client/precomprimeren.ts), best first. */
const CODERINGEN = [
  { naam: 'br', extensie: '.br' },
  { naam: 'gzip', extensie: '.gz' },
] as const;

/**
 * The encodings the browser accepts (Accept-Encoding), without those it refuses with q=0.
 * `*` accepts every encoding not named.
 */
export function aanvaardeCoderingen(acceptEncoding: string | undefined): Set<string> {
  const aanvaard = new Set<string>();
  const geweigerd = new Set<string>();
  let alles = false;
  for (const deel of (acceptEncoding ?? '').split(',')) {
    const [naam = '', ...parameters] = deel.split(';').map((x) => x.trim().toLowerCase());
    if (!naam) continue;
    const q = parameters.find((p) => p.startsWith('q='));
    const nul = q !== undefined && Number(q.slice(2)) === 0;
    if (naam === '*') alles = !nul;
    else (nul ? geweigerd : aanvaard).add(naam);
  }
  if (alles) for (const { naam } of CODERINGEN) if (!geweigerd.has(naam)) aanvaard.add(naam);
  return aanvaard;
}

/**
 * Sends a file, or its precompressed copy when there is one the browser accepts. Whenever a
 * copy exists the answer says `Vary: Accept-Encoding`, so a cache between never hands brotli to
 * a browser that did not ask for it.
 */
function stuur(req: IncomingMessage, res: ServerResponse, bestand: string, cache: string): void {
  res.setHeader('content-type', SOORTEN[extname(bestand)] ?? 'application/octet-stream');
  res.setHeader('cache-control', cache);
  const kopieen = CODERINGEN.filter((c) => existsSync(bestand + c.extensie));
  let pad = bestand;
  if (kopieen.length > 0) {
    res.setHeader('vary', 'Accept-Encoding');
    const aanvaard = aanvaardeCoderingen(req.headers['accept-encoding']);
    const keuze = kopieen.find((c) => aanvaard.has(c.naam));
    if (keuze) {
      res.setHeader('content-encoding', keuze.naam);
      pad = bestand + keuze.extensie;
    }
  }
  res.setHeader('content-length', String(statSync(pad).size));
  if (req.method === 'HEAD') return void res.end();
  createReadStream(pad).pipe(res);
}

@Module({})
export class ClientAppModule implements NestModule {
  private readonly logger = new Logger('Client');

  configure(consumer: MiddlewareConsumer): void {
    const map = clientMap();
    if (!map) {
      this.logger.warn('Geen gebouwde webclient gevonden (npm run build); alleen de API draait.');
      return;
    }
    consumer.apply(clientMiddleware(map)).forRoutes('{*pad}');
  }
}
