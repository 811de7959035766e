import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { clientMiddleware, isApi } from './client-app.module';

function map(): string {
  const dir = mkdtempSync(join(tmpdir(), 'client-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Driehoek</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app-123.js'), 'console.log(1)');
  return dir;
}

/** Runs the middleware; resolves with what it sent, or 'next' when it passed the request on. */
function vraag(
  dir: string,
  url: string,
  opties: { method?: string; accept?: string } = {},
): Promise<{ next: boolean; body: string; headers: Record<string, string> }> {
  return new Promise((resolve) => {
    const req = {
      url,
      method: opties.method ?? 'GET',
      headers: { accept: opties.accept ?? 'text/html' },
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
    for (const pad of ['/graphql', '/health', '/export/overeenkomsten/x.docx', '/collab/abc'])
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
});
