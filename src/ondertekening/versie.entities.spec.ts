import { ref } from '@mikro-orm/core';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AppError, ErrorCode } from '../common/app-error';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { OnderdeelVersie, VersieStatus } from './versie.entities';

const versie = () =>
  new OnderdeelVersie({
    overeenkomst: ref(Overeenkomst, '00000000-0000-4000-8000-000000000001'),
    onderdeel: ref(Onderdeel, '00000000-0000-4000-8000-000000000002'),
    nummer: 3,
    basis: null,
    yjsState: Buffer.alloc(0),
    inhoud: {},
    hash: 'h',
    bevrorenDoor: ref(Gebruiker, '00000000-0000-4000-8000-000000000003'),
    overrideReden: null,
  });

const code = (stap: () => void) => {
  try {
    stap();
  } catch (fout) {
    return fout instanceof AppError ? fout.code : fout;
  }
  return null;
};

describe('OnderdeelVersie', () => {
  it('closes once, from ter ondertekening, with the moment it was closed', () => {
    const v = versie();
    const op = new Date('2026-11-12T10:00:00Z');
    v.rondAf(VersieStatus.ONDERTEKEND, op);
    expect(v.status).toBe(VersieStatus.ONDERTEKEND);
    expect(v.afgerondOp).toBe(op);
    expect(code(() => v.rondAf(VersieStatus.GEWEIGERD, new Date()))).toBe(
      ErrorCode.VERSIE_NIET_TER_ONDERTEKENING,
    );
    expect(v.status).toBe(VersieStatus.ONDERTEKEND);
  });

  it('names the version and its state when it no longer lies ter ondertekening', () => {
    const v = versie();
    v.rondAf(VersieStatus.GEWEIGERD, new Date());
    expect(() => v.eisTerOndertekening()).toThrow(/Versie 3 is geweigerd/);
  });
});
