import { crc32, deflateSync } from 'node:zlib';

/*
 * Small logos for the demo partijen, drawn here rather than committed as files: nothing for the
 * build or the image to copy, and each is a few hundred bytes.
 */

type Kleur = readonly [number, number, number];

function stuk(soort: string, data: Buffer): Buffer {
  const lengte = Buffer.alloc(4);
  lengte.writeUInt32BE(data.length);
  const inhoud = Buffer.concat([Buffer.from(soort, 'latin1'), data]);
  const controle = Buffer.alloc(4);
  controle.writeUInt32BE(crc32(inhoud));
  return Buffer.concat([lengte, inhoud, controle]);
}

/** A PNG (8-bit RGBA) with each pixel's colour from `pixel`; null is transparent. */
export function tekenPng(
  breedte: number,
  hoogte: number,
  pixel: (x: number, y: number) => Kleur | null,
): Buffer {
  const regels = Buffer.alloc(hoogte * (1 + breedte * 4));
  for (let y = 0; y < hoogte; y++) {
    const begin = y * (1 + breedte * 4);
    for (let x = 0; x < breedte; x++) {
      const kleur = pixel(x, y);
      if (kleur) regels.set([...kleur, 255], begin + 1 + x * 4);
    }
  }
  const kop = Buffer.alloc(13);
  kop.writeUInt32BE(breedte, 0);
  kop.writeUInt32BE(hoogte, 4);
  kop.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    stuk('IHDR', kop),
    stuk('IDAT', deflateSync(regels)),
    stuk('IEND', Buffer.alloc(0)),
  ]);
}

export type LogoVorm = 'huis' | 'daken' | 'golf' | 'schild';

/**
 * A wordless mark: a house, a row of roofs, a wave (a gemeente by the water) or a shield, in the
 * partij's colour with a lighter accent, on a transparent ground.
 */
export function demoLogo(
  vorm: LogoVorm,
  kleur: Kleur,
  breedte = { schild: 110, huis: 140, daken: 240, golf: 240 }[vorm],
  hoogte = 120,
): Buffer {
  const licht: Kleur = [
    Math.round(kleur[0] + (255 - kleur[0]) * 0.55),
    Math.round(kleur[1] + (255 - kleur[1]) * 0.55),
    Math.round(kleur[2] + (255 - kleur[2]) * 0.55),
  ];
  const w = breedte;
  const h = hoogte;
  return tekenPng(w, h, (x, y) => {
    const u = x / w;
    const v = y / h;
    switch (vorm) {
      case 'huis': {
        const dak = v > 0.1 && v < 0.5 && Math.abs(u - 0.5) < (v - 0.1) * 0.9;
        const muur = v >= 0.5 && v < 0.92 && Math.abs(u - 0.5) < 0.3;
        const deur = muur && v > 0.62 && Math.abs(u - 0.5) < 0.06;
        return deur ? licht : dak || muur ? kleur : null;
      }
      case 'daken': {
        const huis = Math.floor(u * 3);
        const lx = u * 3 - huis;
        const top = 0.15 + (huis % 2) * 0.15;
        const dak = v > top && v < top + 0.35 && Math.abs(lx - 0.5) < ((v - top) / 0.35) * 0.45;
        const muur = v >= top + 0.35 && v < 0.92 && Math.abs(lx - 0.5) < 0.35;
        return dak ? kleur : muur ? (huis === 1 ? licht : kleur) : null;
      }
      case 'golf': {
        const golf = 0.55 + 0.12 * Math.sin(u * Math.PI * 4);
        if (v > golf && v < golf + 0.14) return kleur;
        if (v > golf + 0.2 && v < golf + 0.3) return licht;
        const zon = (u - 0.5) ** 2 * 4 + (v - 0.28) ** 2 < 0.02;
        return zon ? kleur : null;
      }
      case 'schild': {
        const rand =
          v > 0.08 && v < 0.92 && Math.abs(u - 0.5) < 0.46 * (1 - Math.max(0, v - 0.55) * 2.2);
        const kruis = rand && (Math.abs(u - 0.5) < 0.07 || Math.abs(v - 0.42) < 0.06);
        return kruis ? licht : rand ? kleur : null;
      }
    }
  });
}
