import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { zetBetrokkenen } from './afspraak-betrokkenen';
import { controleerBedragen } from './afspraak-bedragen.controle';
import { zetJaren } from './afspraak-jaren';
import { checkLeden } from './afspraak-leden';
import { locatiesAlsInvoer, zetLocaties } from './afspraak-locaties.service';
import { renumber, voorvoegselVan } from './afspraak-nummering';
import { Afspraak } from './afspraak.entity';
import type { OvereenkomstContext } from './overeenkomst-context';

/**
 * A draft copy of `bron` that carries it into `jaarschijf` (an evaluation's DOORZETTEN): checked
 * against the overeenkomst like a new afspraak and numbered in its onderdeel; flushed by the
 * caller, inside its transaction. The text is copied as materialised; the caller writes it into
 * the co-editor's document after the commit.
 */
export async function vervolgAfspraak(
  em: EntityManager,
  context: OvereenkomstContext,
  bron: Afspraak,
  jaarschijf: Jaarschijf,
  concretisering: string,
): Promise<Afspraak> {
  const onderdeel = await bron.onderdeel.loadOrFail();
  const kopie = new Afspraak({
    onderdeel,
    volgorde: bron.volgorde,
    titel: bron.titel,
    type: bron.type,
    thema: ref(context.thema(bron.thema.id, 'afspraak.thema')),
    trekker: ref(await context.deelnemer(bron.trekker.id, 'afspraak.trekker')),
    volwassenheid: bron.volwassenheid,
    details: bron.details,
  });
  kopie.tekst = bron.tekst;
  kopie.tekstJson = bron.tekstJson ?? null;
  kopie.voorwaarden = [...bron.voorwaarden];
  kopie.doelgroepen = [...bron.doelgroepen];
  kopie.trekkerGroep = bron.trekkerGroep ?? null;
  // Checked again: a year or partij of the source may no longer fit.
  kopie.bedragen = await controleerBedragen(bron.bedragen, context, 'afspraak.bedragen');
  kopie.voorwaardeDelen = [...bron.voorwaardeDelen];
  kopie.eigenDoelgroepIds = [...bron.eigenDoelgroepIds];
  kopie.normen = [...bron.normen];
  kopie.verwijzingen = [...bron.verwijzingen];
  await context.checkDetails(bron.details);
  kopie.leden = await checkLeden(bron.leden, context, 'afspraak.leden');
  await zetBetrokkenen(
    kopie,
    (await bron.betrokkenen.loadItems()).map((b) => ({
      partijId: b.partij.id,
      rol: b.rol,
      bijdrage: b.bijdrage,
      kostenaandeel: b.kostenaandeel ?? null,
    })),
    context,
    { trekker: 'afspraak.trekker', betrokkenen: 'afspraak.betrokkenen' },
  );
  await zetLocaties(em, kopie, context.overeenkomst, await locatiesAlsInvoer(bron));
  zetJaren(kopie, [{ jaar: jaarschijf.jaar, concretisering }], context);
  kopie.indicatoren.set(
    await context.indicatoren((await bron.indicatoren.loadItems()).map((i) => i.id)),
  );
  (await onderdeel.afspraken.init()).add(kopie);
  renumber(onderdeel.afspraken.getItems(), await voorvoegselVan(em, onderdeel));
  em.persist(kopie);
  return kopie;
}
