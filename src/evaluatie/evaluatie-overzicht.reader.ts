import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { notFound } from '../common/app-error';
import { Indicator } from '../indicatoren/indicator.entity';
import { Jaarschijf, JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import type { AfspraakType } from '../overeenkomsten/afspraak-type';
import { hoofddocumentVan } from '../overeenkomsten/onderdeel-inhoud.reader';
import type { VerantwoordingStatus } from '../verantwoording/verantwoording.entity';
import { type Bijstelling, EvaluatieBesluit, Stoplicht } from './evaluatie.entity';
import type {
  AfspraakEvaluatieModel,
  EvaluatieOverzichtGelezen,
  StoplichtenModel,
} from './evaluatie.models';

/** One afspraak of the year with its verantwoording and its evaluation, as the database gives it. */
interface EvaluatieRij {
  id: string;
  nummer: string;
  titel: string;
  type: AfspraakType;
  thema: string;
  trekker: string;
  onderdeel: string;
  verantwoording: VerantwoordingStatus | null;
  verantwoording_toelichting: string | null;
  stoplicht: Stoplicht | null;
  conclusie: string | null;
  les: string | null;
  besluit: EvaluatieBesluit | null;
  bijstellingen: Bijstelling[] | null;
  vervolg_id: string | null;
  vervolg_nummer: string | null;
  partij: string | null;
  door: string | null;
  datum: Date | null;
}

/** A partij that closes the evaluation, with who confirmed for it and when (null: not yet). */
export interface Bevestiger {
  partijId: string;
  naam: string;
  door: string | null;
  op: Date | null;
}

/**
 * The evaluation of a year as the driehoek and the report see it: one join over afspraak,
 * verantwoording and evaluatie per year (a read model, hence SQL), plus who confirms.
 */
@Injectable()
export class EvaluatieOverzichtReader {
  constructor(private readonly em: EntityManager) {}

  async overzicht(overeenkomstId: string, jaar: number): Promise<EvaluatieOverzichtGelezen> {
    const jaarschijf = await this.em.findOne(
      Jaarschijf,
      { overeenkomst: overeenkomstId, jaar },
      { fields: ['id', 'status'] },
    );
    if (!jaarschijf) throw notFound('Jaarschijf', String(jaar));
    const rijen = await this.em.getConnection().execute<EvaluatieRij[]>(
      `select a.id, a.nummer, a.titel, a.type, coalesce(dt.naam, t.naam) as thema, p.naam as trekker,
              o.titel as onderdeel, v.status as verantwoording, v.toelichting as verantwoording_toelichting,
              e.stoplicht, e.conclusie, e.les, e.besluit, e.bijstellingen, e.vervolg_id,
              va.nummer as vervolg_nummer, ep.naam as partij, g.naam as door, e.updated_at as datum
         from afspraak a join afspraak_jaarschijf aj on aj.afspraak_id = a.id and aj.jaarschijf_id = ?
         join onderdeel o on o.id = a.onderdeel_id join partij p on p.id = a.trekker_id
         join thema t on t.id = a.thema_id left join thema dt on dt.id = t.domein_id
         left join verantwoording v on v.afspraak_id = a.id and v.jaarschijf_id = aj.jaarschijf_id
         left join evaluatie e on e.afspraak_id = a.id and e.jaarschijf_id = aj.jaarschijf_id
         left join afspraak va on va.id = e.vervolg_id
         left join partij ep on ep.id = e.partij_id left join gebruiker g on g.id = e.door_id
        order by o.volgorde, a.volgorde`,
      [jaarschijf.id],
      'all',
    );
    const indicatorIds = [
      ...new Set(rijen.flatMap((r) => (r.bijstellingen ?? []).map((b) => b.indicatorId))),
    ];
    const namen = indicatorIds.length
      ? await this.em.find(
          Indicator,
          { id: { $in: indicatorIds } },
          { fields: ['naam', 'eenheid'] },
        )
      : [];
    const bevestigingen = await this.bevestigers(
      this.em,
      await hoofddocumentVan(this.em, overeenkomstId),
      jaarschijf.id,
    );
    const afspraken: AfspraakEvaluatieModel[] = rijen.map((r) => ({
      afspraakId: r.id,
      nummer: r.nummer,
      titel: r.titel,
      type: r.type,
      thema: r.thema,
      trekker: r.trekker,
      onderdeel: r.onderdeel,
      verantwoording: r.verantwoording,
      verantwoordingToelichting: r.verantwoording_toelichting,
      stoplicht: r.stoplicht,
      conclusie: r.conclusie,
      les: r.les,
      besluit: r.besluit,
      bijstellingen: (r.bijstellingen ?? []).map((b) => ({
        ...b,
        indicator: namen.find((n) => n.id === b.indicatorId)?.naam ?? '(verwijderde indicator)',
        eenheid: namen.find((n) => n.id === b.indicatorId)?.eenheid ?? '',
      })),
      vervolgAfspraakId: r.vervolg_id,
      vervolgNummer: r.vervolg_nummer,
      partij: r.partij,
      door: r.door,
      datum: r.datum,
    }));
    const thema = [...new Set(afspraken.map((a) => a.thema))];
    return {
      overeenkomstId,
      jaar,
      jaarschijfId: jaarschijf.id,
      status: jaarschijf.status,
      gesloten: jaarschijf.status === JaarschijfStatus.GEEVALUEERD,
      afspraken,
      totaal: stoplichten(afspraken),
      perThema: thema.map((naam) => {
        const van = afspraken.filter((a) => a.thema === naam);
        return { thema: naam, totaal: van.length, ...stoplichten(van) };
      }),
      bevestigingen: bevestigingen.map((b) => ({
        partijId: b.partijId,
        partij: b.naam,
        bevestigd: b.op != null,
        door: b.door,
        op: b.op,
      })),
    };
  }

  /**
   * The partijen that close the evaluation — the signing deelnemers of the hoofddocument — with
   * who confirmed for each, and when. `em`: inside a transaction, its own.
   */
  async bevestigers(
    em: EntityManager,
    hoofdId: string,
    jaarschijfId: string,
  ): Promise<Bevestiger[]> {
    const rijen = await em
      .getConnection()
      .execute<{ partij_id: string; naam: string; door: string | null; op: Date | null }[]>(
        `select p.id as partij_id, p.naam, g.naam as door, b.created_at as op
         from onderdeel_ondertekenaar oo join onderdeel o on o.id = oo.onderdeel_id
         join partij p on p.id = oo.partij_id
         join deelnemer d on d.partij_id = p.id and d.overeenkomst_id = o.overeenkomst_id
         left join evaluatie_bevestiging b on b.partij_id = p.id and b.jaarschijf_id = ?
         left join gebruiker g on g.id = b.door_id
        where oo.onderdeel_id = ? and d.rol <> 'WAARNEMER'
        order by p.soort, p.naam`,
        [jaarschijfId, hoofdId],
        'all',
        em.getTransactionContext(),
      );
    return rijen.map((r) => ({
      partijId: r.partij_id,
      naam: r.naam,
      door: r.door,
      op: r.op,
    }));
  }

  /** The numbers of the afspraken of the jaarschijf not yet judged, in the document's order. */
  async nietBeoordeeld(em: EntityManager, jaarschijfId: string): Promise<string[]> {
    const rijen = await em.getConnection().execute<{ nummer: string }[]>(
      `select a.nummer from afspraak_jaarschijf aj join afspraak a on a.id = aj.afspraak_id
           join onderdeel o on o.id = a.onderdeel_id
          where aj.jaarschijf_id = ?
            and not exists (select 1 from evaluatie e where e.afspraak_id = a.id and e.jaarschijf_id = aj.jaarschijf_id)
          order by o.volgorde, a.volgorde`,
      [jaarschijfId],
      'all',
      em.getTransactionContext(),
    );
    return rijen.map((r) => r.nummer);
  }
}

function stoplichten(afspraken: { stoplicht: Stoplicht | null }[]): StoplichtenModel {
  const tel = (s: Stoplicht | null) => afspraken.filter((a) => a.stoplicht === s).length;
  return {
    groen: tel(Stoplicht.GROEN),
    oranje: tel(Stoplicht.ORANJE),
    rood: tel(Stoplicht.ROOD),
    open: tel(null),
  };
}
