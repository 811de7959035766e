import { demoLogo } from '../demo/demo-logo';
import { leesLogo } from './logo-bestand';

/** The first bytes of a JPEG: SOI, an APP0 segment, then a baseline SOF0 of 640 × 200. */
function jpegKop(breedte: number, hoogte: number): Buffer {
  const app0 = Buffer.from([
    0xff,
    0xe0,
    0x00,
    0x10,
    ...Buffer.from('JFIF\0'),
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
  ]);
  const sof = Buffer.from([
    0xff, 0xc0, 0x00, 0x11, 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
  ]);
  sof.writeUInt16BE(hoogte, 5);
  sof.writeUInt16BE(breedte, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

const b64 = (b: Buffer) => b.toString('base64');

describe('leesLogo', () => {
  it('reads a PNG’s size from its IHDR', () => {
    expect(leesLogo(b64(demoLogo('huis', [0, 0, 0], 300, 100)), 'input.logo')).toMatchObject({
      soort: 'png',
      breedte: 300,
      hoogte: 100,
    });
  });

  it('reads a JPEG’s size from its start-of-frame segment, past the segments before it', () => {
    expect(leesLogo(b64(jpegKop(640, 200)), 'input.logo')).toMatchObject({
      soort: 'jpg',
      breedte: 640,
      hoogte: 200,
    });
  });

  it.each([
    ['a GIF', Buffer.from('GIF89a\x10\x00\x10\x00', 'latin1'), /geen PNG- of JPEG-afbeelding/],
    [
      'a PNG signature without IHDR',
      Buffer.from('\x89PNG\r\n\x1a\nnietsnietsnietsniets', 'latin1'),
      /geen PNG/,
    ],
    ['a JPEG without a frame', Buffer.from([0xff, 0xd8, 0xff, 0xd9]), /geen PNG/],
    ['an empty file', Buffer.alloc(0), /is leeg/],
    ['a file over 512 KB', Buffer.alloc(512 * 1024 + 1, 1), /te groot/],
    ['a huge image', jpegKop(9000, 200), /9000 × 200 pixels/],
    ['a tiny image', demoLogo('huis', [0, 0, 0], 8, 8), /8 × 8 pixels/],
  ])('refuses %s, naming the field', (_naam, bestand, melding) => {
    expect(() => leesLogo(b64(bestand), 'input.logo')).toThrow(melding);
    expect(() => leesLogo(b64(bestand), 'input.logo')).toThrow(/Ongeldige invoer: input\.logo/);
  });
});
