import { canonicalJson, sha256 } from './canonical';

describe('canonicalJson', () => {
  it('gives the same text whatever the order of keys', () => {
    const a = { b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'tekst' } };
    const b = { a: { c: 'tekst', d: [1, { x: 1, y: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"tekst","d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('keeps array order, writes dates as ISO text and leaves out undefined', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson({ t: new Date(Date.UTC(2026, 11, 15)), weg: undefined })).toBe(
      '{"t":"2026-12-15T00:00:00.000Z"}',
    );
  });

  it('hashes with SHA-256 in hex', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
