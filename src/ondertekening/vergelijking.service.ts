import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { canonicalJson } from '../audit/canonical';
import { CollabServer } from '../collaboration/collab.server';
import { AppError, ErrorCode } from '../common/app-error';
import { tekstverschil } from '../common/tekstverschil';
import { findOrFail } from '../database/find';
import { metVoorvoegsel, voorvoegselVan } from '../overeenkomsten/afspraak-nummering';
import { type AfspraakInhoud } from '../overeenkomsten/onderdeel-inhoud';
import { OnderdeelInhoudReader } from '../overeenkomsten/onderdeel-inhoud.reader';
import {
  type AfspraakVerschilModel,
  AfspraakWijziging,
  type VersieVergelijkingModel,
} from './ondertekening.models';
import { OnderdeelVersie } from './versie.entities';

/** What changed between versions of an onderdeel, or between a version and the draft. */
@Injectable()
export class VergelijkingService {
  constructor(
    private readonly em: EntityManager,
    private readonly inhoud: OnderdeelInhoudReader,
    private readonly collab: CollabServer,
  ) {}

  /** Afspraak by afspraak, what changed from one version to another (or to the current draft). */
  async vergelijk(
    onderdeelId: string,
    vanId: string,
    naarId?: string,
  ): Promise<VersieVergelijkingModel> {
    const em = this.em.fork();
    const lees = (id: string) =>
      findOrFail(em, OnderdeelVersie, id, 'Versie', { populate: ['inhoud'] }).then((v) => {
        if (v.onderdeel.id !== onderdeelId)
          throw new AppError(
            ErrorCode.VALIDATIE_FOUT,
            `Versie ${v.nummer} hoort niet bij dit onderdeel`,
            'van',
          );
        return v;
      });
    const van = await lees(vanId);
    const naar = naarId ? await lees(naarId) : null;
    if (!naar) await this.collab.bijgewerkt(onderdeelId);
    const voorvoegsel = await voorvoegselVan(em, {
      id: onderdeelId,
      overeenkomst: { id: van.overeenkomst.id },
    });
    const oud = metVoorvoegsel(van.vastgelegdeInhoud().afspraken, voorvoegsel);
    const nieuw = naar
      ? metVoorvoegsel(naar.vastgelegdeInhoud().afspraken, voorvoegsel)
      : (await this.inhoud.lees(onderdeelId)).afspraken;
    const afspraken: AfspraakVerschilModel[] = nieuw.map((n) => {
      const o = oud.find((a) => a.id === n.id);
      const velden = o ? verschillendeVelden(o, n) : [];
      return {
        afspraakId: n.id,
        nummer: n.nummer,
        titel: n.titel,
        wijziging: !o
          ? AfspraakWijziging.NIEUW
          : velden.length
            ? AfspraakWijziging.GEWIJZIGD
            : AfspraakWijziging.ONGEWIJZIGD,
        oudeTitel: o?.titel ?? null,
        oudeTekst: o?.tekst ?? null,
        nieuweTekst: n.tekst,
        velden,
        verschil: tekstverschil(o?.tekst ?? '', n.tekst),
      };
    });
    for (const o of oud.filter((a) => !nieuw.some((n) => n.id === a.id))) {
      afspraken.push({
        afspraakId: o.id,
        nummer: o.nummer,
        titel: o.titel,
        wijziging: AfspraakWijziging.VERWIJDERD,
        oudeTitel: o.titel,
        oudeTekst: o.tekst,
        nieuweTekst: null,
        velden: [],
        verschil: tekstverschil(o.tekst, ''),
      });
    }
    return { onderdeelId, van: van.nummer, naar: naar?.nummer ?? null, afspraken };
  }
}

/** The fields a comparison looks at: all of what parties sign for an afspraak. */
export const VERGELEKEN: (keyof AfspraakInhoud)[] = [
  'titel',
  'type',
  'thema',
  'trekker',
  'trekkerGroep',
  'volwassenheid',
  'voorwaarden',
  'doelgroepen',
  'eigenDoelgroepen',
  'voorwaardeDelen',
  'normen',
  'verwijzingen',
  'details',
  'leden',
  'betrokkenen',
  'jaren',
  'bedragen',
  'locaties',
  'indicatoren',
  'tekst',
];

export function verschillendeVelden(oud: AfspraakInhoud, nieuw: AfspraakInhoud): string[] {
  // A field a version signed before it existed lacks is the same as an empty one (an empty
  // list included).
  const leeg = (w: unknown) => (w == null || (Array.isArray(w) && w.length === 0) ? null : w);
  return VERGELEKEN.filter(
    (veld) => canonicalJson(leeg(oud[veld])) !== canonicalJson(leeg(nieuw[veld])),
  );
}
