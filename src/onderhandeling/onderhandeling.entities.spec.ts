import { ref } from '@mikro-orm/core';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AppError, ErrorCode } from '../common/app-error';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { Partij } from '../partijen/partij.entity';
import {
  Opmerking,
  VoorstelSoort,
  VoorstelStatus,
  Wijzigingsvoorstel,
} from './onderhandeling.entities';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const code = (stap: () => void) => {
  try {
    stap();
  } catch (fout) {
    return fout instanceof AppError ? fout.code : fout;
  }
  return null;
};

const voorstel = () =>
  new Wijzigingsvoorstel({
    overeenkomst: ref(Overeenkomst, id(1)),
    onderdeel: ref(Onderdeel, id(2)),
    afspraak: ref(Afspraak, id(3)),
    soort: VoorstelSoort.WIJZIGING,
    nieuweTekst: 'Nieuw',
    nieuweAfspraak: null,
    motivering: 'm',
    basisTitel: null,
    basisTekst: null,
    indiener: ref(Partij, id(4)),
    door: ref(Gebruiker, id(5)),
  });

describe('Wijzigingsvoorstel', () => {
  it('is closed once; a closed proposal says why it cannot be judged again', () => {
    const v = voorstel();
    v.sluit(VoorstelStatus.VERWORPEN, 'beoordeeld');
    expect(v.status).toBe(VoorstelStatus.VERWORPEN);
    expect(() => v.sluit(VoorstelStatus.AANVAARD, 'beoordeeld')).toThrow(
      'Dit voorstel is al verworpen; het kan niet meer worden beoordeeld',
    );
  });

  it('is carried through only once accepted', () => {
    const v = voorstel();
    expect(code(() => v.markeerDoorgevoerd(new Date()))).toBe(ErrorCode.STATUS_ONJUIST);
    v.sluit(VoorstelStatus.AANVAARD, 'beoordeeld');
    const op = new Date('2026-11-12T10:00:00Z');
    v.markeerDoorgevoerd(op);
    expect(v.doorgevoerdOp).toBe(op);
  });
});

describe('Opmerking', () => {
  it('resolves and reopens a thread, each only from the other state', () => {
    const draad = new Opmerking({
      afspraak: ref(Afspraak, id(3)),
      draad: null,
      auteur: ref(Gebruiker, id(5)),
      partij: ref(Partij, id(4)),
      tekst: 't',
    });
    const op = new Date('2026-11-12T10:00:00Z');
    draad.zetOpgelost(true, ref(Gebruiker, id(6)), op);
    expect(draad).toMatchObject({ opgelost: true, opgelostOp: op });
    expect(code(() => draad.zetOpgelost(true, ref(Gebruiker, id(6)), op))).toBe(
      ErrorCode.STATUS_ONJUIST,
    );
    draad.zetOpgelost(false, ref(Gebruiker, id(6)), op);
    expect(draad).toMatchObject({ opgelost: false, opgelostDoor: null, opgelostOp: null });
  });
});
