import type { TestApp } from './test-app';

/** A GET of an /export/ address as a given person: status, type, file name header and bytes. */
export async function download(t: TestApp, pad: string, token: string) {
  const res = await fetch(`${t.baseUrl}${pad}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    naam: res.headers.get('content-disposition') ?? '',
    body: Buffer.from(await res.arrayBuffer()),
  };
}
