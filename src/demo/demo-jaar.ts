import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Gebruiker } from '../auth/gebruiker.entity';
import {
  Evaluatie,
  EvaluatieBesluit,
  EvaluatieBevestiging,
  Stoplicht,
} from '../evaluatie/evaluatie.entity';
import { Indicator, Streefwaarde, StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { applyStreefwaarde } from '../indicatoren/streefwaarde';
import {
  AfspraakJaarschijf,
  Jaarschijf,
  JaarschijfStatus,
} from '../jaarschijven/jaarschijf.entity';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { BEWERK_ROLLEN } from '../partijen/lidmaatschap.entity';
import { Partij } from '../partijen/partij.entity';
import { Verantwoording, VerantwoordingStatus } from '../verantwoording/verantwoording.entity';
import type { DemoData } from './demo-types';

/**
 * Writes the demo's completed year as history: each trekker's verantwoording, the driehoek's
 * evaluatie with its besluiten carried out (later years dropped, next year's concretisering
 * noted, targets adjusted) and the confirmations that closed it. Written directly rather than
 * through the services, whose calendar rules would need that year to have passed.
 */
export async function laadAfgerondJaar(
  em: EntityManager,
  data: DemoData,
  overeenkomstId: string,
  id: (key: string) => string,
): Promise<void> {
  const jaar = data.afgerondJaar;
  if (!jaar) return;
  const jaarschijven = await em.find(Jaarschijf, { overeenkomst: overeenkomstId });
  const jaarschijf = jaarschijven.find((j) => j.jaar === jaar.jaar);
  const volgend = jaarschijven.find((j) => j.jaar === jaar.jaar + 1);
  if (!jaarschijf) throw new Error(`Demo: geen jaarschijf ${jaar.jaar}`);
  const gebruiker = async (partijKey: string) => {
    const g = (data.gebruikers ?? []).find(
      (x) => x.partij === partijKey && x.rollen.some((r) => BEWERK_ROLLEN.includes(r)),
    );
    if (!g) throw new Error(`Demo: geen schrijvend account bij "${partijKey}"`);
    return em.findOneOrFail(Gebruiker, { email: g.email });
  };
  const regie =
    data.overeenkomst.deelnemers.find((d) => d.regie)?.partij ?? data.overeenkomst.gemeenten[0]!;
  const regieGebruiker = await gebruiker(regie);

  for (const item of jaar.afspraken) {
    const demo = data.afspraken.find((a) => a.key === item.afspraak);
    if (!demo?.jaren.some((j) => j.jaar === jaar.jaar))
      throw new Error(`Demo: afspraak "${item.afspraak}" geldt niet in ${jaar.jaar}`);
    const afspraak = ref(Afspraak, id(item.afspraak));
    em.persist(
      new Verantwoording({
        afspraak,
        jaarschijf: ref(jaarschijf),
        status: item.verantwoording.status as VerantwoordingStatus,
        toelichting: item.verantwoording.toelichting,
        partij: ref(Partij, id(demo.trekker)),
        door: ref(await gebruiker(demo.trekker)),
      }),
    );
    const e = item.evaluatie;
    const evaluatie = new Evaluatie({
      afspraak,
      jaarschijf: ref(jaarschijf),
      stoplicht: e.stoplicht as Stoplicht,
      conclusie: e.conclusie,
      besluit: e.besluit as EvaluatieBesluit,
      partij: ref(Partij, id(regie)),
      door: ref(regieGebruiker),
    });
    evaluatie.les = e.les ?? '';
    const later = jaarschijven.filter((j) => j.jaar > jaar.jaar).map((j) => j.id);
    if (e.besluit === 'AFGEROND' || e.besluit === 'VERVALLEN') {
      await em.nativeDelete(AfspraakJaarschijf, { afspraak, jaarschijf: { $in: later } });
    } else if (e.besluit === 'DOORZETTEN') {
      const daar =
        volgend && (await em.findOne(AfspraakJaarschijf, { afspraak, jaarschijf: volgend }));
      if (!daar)
        throw new Error(`Demo: afspraak "${item.afspraak}" loopt niet door in ${jaar.jaar + 1}`);
      const notitie = `Doorgezet uit de evaluatie van ${jaar.jaar}: ${e.conclusie}`;
      daar.concretisering = daar.concretisering ? `${daar.concretisering}\n${notitie}` : notitie;
      evaluatie.vervolg = afspraak;
    } else {
      for (const b of e.bijstellingen ?? []) {
        const indicator = await em.findOneOrFail(Indicator, {
          overeenkomst: overeenkomstId,
          naam: b.indicator,
        });
        const doel = jaarschijven.find((j) => j.jaar === b.jaar)!;
        const waarden = {
          soort: b.soort as StreefwaardeSoort,
          waarde: b.waarde ?? null,
          min: b.min ?? null,
          max: b.max ?? null,
          effect: null,
        };
        let streefwaarde = await em.findOne(Streefwaarde, {
          indicator,
          jaarschijf: doel,
          locatie: null,
        });
        if (!streefwaarde) {
          streefwaarde = new Streefwaarde(indicator, doel, waarden.soort);
          em.persist(streefwaarde);
        }
        applyStreefwaarde(streefwaarde, waarden);
        evaluatie.bijstellingen.push({ indicatorId: indicator.id, jaar: b.jaar, ...waarden });
      }
    }
    em.persist(evaluatie);
  }
  for (const email of jaar.bevestigers) {
    const account = (data.gebruikers ?? []).find((g) => g.email === email);
    if (!account) throw new Error(`Demo: onbekend account ${email}`);
    em.persist(
      new EvaluatieBevestiging(
        ref(jaarschijf),
        ref(Partij, id(account.partij)),
        ref(await em.findOneOrFail(Gebruiker, { email })),
      ),
    );
  }
  jaarschijf.status = JaarschijfStatus.GEEVALUEERD;
  await em.flush();
}
