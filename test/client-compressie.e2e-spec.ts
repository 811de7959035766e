import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from './support/test-app';

/** A GET as a browser sends it, with the body as it came over the wire (not decoded). */
function haal(
  url: string,
  headers: Record<string, string>,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const delen: Buffer[] = [];
      res.on('data', (d: Buffer) => delen.push(d));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(delen) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

/**
 * The built client over HTTP through the whole app (helmet and the other middleware included):
 * a build's precompressed copies are sent as the browser accepts them, with Vary.
 */
describe('the web client compressed', () => {
  const script = `console.log(${JSON.stringify('Driehoek '.repeat(500))});`;
  const map = mkdtempSync(join(tmpdir(), 'client-compressie-'));
  let t: TestApp;
  const vorige = process.env.CLIENT_DIR;

  beforeAll(async () => {
    mkdirSync(join(map, 'assets'));
    writeFileSync(join(map, 'index.html'), '<!doctype html><title>Driehoek</title>');
    writeFileSync(join(map, 'assets', 'app-1.js'), script);
    writeFileSync(join(map, 'assets', 'app-1.js.gz'), gzipSync(script));
    writeFileSync(join(map, 'assets', 'app-1.js.br'), brotliCompressSync(script));
    process.env.CLIENT_DIR = map;
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
    process.env.CLIENT_DIR = vorige;
    rmSync(map, { recursive: true, force: true });
  });

  it('brotli when accepted, else gzip, else as is; always Vary: Accept-Encoding', async () => {
    const url = `${t.baseUrl}/assets/app-1.js`;
    const br = await haal(url, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toMatch(/immutable/);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);

    const gzip = await haal(url, { 'accept-encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const ruw = await haal(url, {});
    expect(ruw.headers['content-encoding']).toBeUndefined();
    expect(ruw.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(ruw.body.toString()).toBe(script);
  });

  it('leaves the API uncompressed by this middleware', async () => {
    const health = await haal(`${t.baseUrl}/health`, { 'accept-encoding': 'br, gzip' });
    expect(health.status).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});
