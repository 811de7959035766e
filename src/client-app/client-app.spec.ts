import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { aanvaardeCoderingen, clientMiddleware, isApi } from './client-app.module';

function map(): string {
  const dir = mkdtempSync(join(tmpdir(), 'client-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Driehoek</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app-123.js'), 'console.log(1)');
  // A build's precompressed copies (client/precomprimeren.ts); the contents only mark which one.
  writeFileSync(join(dir, 'assets', 'groot-1.js'), 'groot');
  writeFileSync(join(dir, 'assets', 'groot-1.js.br'), 'br-kopie');
  writeFileSync(join(dir, 'assets', 'groot-1.js.gz'), gzipSync('groot'));
  writeFileSync(join(dir, 'index.html.gz'), gzipSync('<!doctype html><title>Driehoek</title>'));
  return dir;
}

/** Runs the middleware; resolves with what it sent, or 'next' when it passed the request on. */
function vraag(
  dir: string,
  url: string,
  opties: { method?: string; accept?: string; acceptEncoding?: string } = {},
): Promise<{ next: boolean; body: string; headers: Record<string, string> }> {
  return new Promise((resolve) => {
    const req = {
      url,
      method: opties.method ?? 'GET',
      headers: { accept: opties.accept ?? 'text/html', 'accept-encoding': opties.acceptEncoding },
    } as unknown as IncomingMessage;
    const headers: Record<string, string> = {};
    const stroom = new PassThrough();
    let body = '';
    stroom.on('data', (d: Buffer) => (body += d.toString()));
    stroom.on('end', () => resolve({ next: false, body, headers }));
    const res = Object.assign(stroom, {
      setHeader: (k: string, v: string) => (headers[k] = v),
    }) as unknown as ServerResponse;
    clientMiddleware(dir)(req, res, () => resolve({ next: true, body: '', headers }));
  });
}

describe('the web client at /', () => {
  const dir = map();

  it('knows the API paths', () => {
    for (const pad of [
      '/graphql',
      '/health',
      '/export/overeenkomsten/x.docx',
      '/collab/abc',
      '/publicatie/gemeente-x/logo/1',
    ])
      expect(isApi(pad)).toBe(true);
    for (const pad of ['/', '/overeenkomsten/1', '/uitnodiging/abc', '/healthy', '/graphqlx'])
      expect(isApi(pad)).toBe(false);
  });

  it('serves files, and index.html for the client routes', async () => {
    const asset = await vraag(dir, '/assets/app-123.js');
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    const pagina = await vraag(dir, '/overeenkomsten/1/onderdelen/2?tab=x');
    expect(pagina.body).toContain('<title>Driehoek</title>');
    expect(pagina.headers['cache-control']).toBe('no-cache');
  });

  it('leaves the API, other methods, missing files, non-HTML requests and escapes alone', async () => {
    expect((await vraag(dir, '/graphql')).next).toBe(true);
    expect((await vraag(dir, '/health', { accept: '*/*' })).next).toBe(true);
    expect((await vraag(dir, '/export/overeenkomsten/1.docx')).next).toBe(true);
    expect((await vraag(dir, '/', { method: 'POST' })).next).toBe(true);
    expect((await vraag(dir, '/assets/weg-456.js')).next).toBe(true);
    expect((await vraag(dir, '/iets', { accept: 'application/json' })).next).toBe(true);
    const ontsnapt = await vraag(dir, '/../../etc/passwd');
    expect(ontsnapt.body).not.toContain('root:');
  });

  it('sends the precompressed copy the browser accepts, brotli first, with Vary', async () => {
    const br = await vraag(dir, '/assets/groot-1.js', {
      acceptEncoding: 'gzip, deflate, br, zstd',
    });
    expect(br.body).toBe('br-kopie');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['content-length']).toBe(String('br-kopie'.length));

    const gzip = await vraag(dir, '/assets/groot-1.js', { acceptEncoding: 'gzip;q=1, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['vary']).toBe('Accept-Encoding');

    const geen = await vraag(dir, '/assets/groot-1.js');
    expect(geen.body).toBe('groot');
    expect(geen.headers['content-encoding']).toBeUndefined();
    expect(geen.headers['vary']).toBe('Accept-Encoding');

    // The client's routes get index.html compressed too; a file without copies stays as it is.
    const pagina = await vraag(dir, '/overeenkomsten/1', { acceptEncoding: 'gzip' });
    expect(pagina.headers['content-encoding']).toBe('gzip');
    const klein = await vraag(dir, '/assets/app-123.js', { acceptEncoding: 'br, gzip' });
    expect(klein.headers['content-encoding']).toBeUndefined();
    expect(klein.headers['vary']).toBeUndefined();
  });

  it('reads Accept-Encoding with q-values and *', () => {
    expect([...aanvaardeCoderingen('gzip, deflate, br')].sort()).toEqual(['br', 'deflate', 'gzip']);
    expect([...aanvaardeCoderingen('br;q=0, gzip;q=0.5')]).toEqual(['gzip']);
    expect([...aanvaardeCoderingen('*')].sort()).toEqual(['br', 'gzip']);
    expect([...aanvaardeCoderingen('*;q=0')]).toEqual([]);
    expect([...aanvaardeCoderingen('identity')]).toEqual(['identity']);
    expect([...aanvaardeCoderingen(undefined)]).toEqual([]);
  });
});
