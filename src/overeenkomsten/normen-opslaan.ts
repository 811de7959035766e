import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { OvereenkomstDocument } from '../documenten/overeenkomst-document.entity';
import { deelContextVan, type DeelContext } from './afspraak-deel';
import { normenOpslaan, type NormInput } from './afspraak-normen';
import { verwijzingenOpslaan, type VerwijzingInput } from './afspraak-verwijzingen';
import { voorwaardenOpslaan, type VoorwaardeInput } from './afspraak-voorwaarden';
import { Afspraak } from './afspraak.entity';
import { locatieIdsVan } from './afspraak-locaties.service';
import { eigenDoelgroepIdsOpslaan } from './eigen-doelgroepen';
import type { Overeenkomst } from './overeenkomst.entity';

/** The fields of an afspraak's input this module writes (issue 15, points 1, 8, 9 and 10). */
export interface NormenInvoer {
  normen?: NormInput[] | null;
  verwijzingen?: VerwijzingInput[] | null;
  voorwaarden?: string[] | null;
  voorwaardenMetDeel?: VoorwaardeInput[] | null;
  eigenDoelgroepIds?: string[] | null;
}

/**
 * Sets norms, references, voorwaarden (with their delen) and eigen doelgroepen from the input,
 * after the afspraak's type and details are set: a field left out keeps its stored value, which
 * is checked again, since a norm or voorwaarde may point at an activiteit that just went.
 * Everything is checked before any of it is assigned.
 */
export async function zetNormen(
  em: EntityManager,
  afspraak: Afspraak,
  overeenkomst: Overeenkomst,
  invoer: NormenInvoer,
  deelContext?: DeelContext,
): Promise<void> {
  // After leden and locaties are set: a deel may only name those the afspraak will have.
  const context = {
    ...(deelContext ?? deelContextVan(afspraak, { locatieIds: await locatieIdsVan(afspraak) })),
    // After the betrokkenen are set: a norm may be the promise of one of them.
    partijIds: [
      afspraak.trekker.id,
      ...(await afspraak.betrokkenen.loadItems()).map((b) => b.partij.id),
    ],
  };
  const normen =
    invoer.normen != null
      ? normenOpslaan(invoer.normen, 'input.normen', context)
      : normenOpslaan(afspraak.normen, 'normen', context);
  const voorwaarden = voorwaardenOpslaan(
    { teksten: invoer.voorwaarden, metDeel: invoer.voorwaardenMetDeel },
    { voorwaarden: afspraak.voorwaarden, voorwaardeDelen: afspraak.voorwaardeDelen },
    context,
  );
  const eigenDoelgroepIds =
    invoer.eigenDoelgroepIds != null
      ? eigenDoelgroepIdsOpslaan(invoer.eigenDoelgroepIds, overeenkomst.eigenDoelgroepen)
      : afspraak.eigenDoelgroepIds;
  let verwijzingen = afspraak.verwijzingen;
  if (invoer.verwijzingen != null) {
    const naarAfspraak = invoer.verwijzingen.some((v) => v.afspraakId != null);
    const ids = naarAfspraak
      ? (await em.find(Afspraak, { overeenkomst }, { fields: ['id'] })).map((a) => a.id)
      : [];
    const documentIds = invoer.verwijzingen.flatMap((v) =>
      v.documentId != null && isUUID(v.documentId) ? [v.documentId] : [],
    );
    const documenten = documentIds.length
      ? await em.find(
          OvereenkomstDocument,
          { overeenkomst, id: { $in: documentIds } },
          { fields: ['id', 'bestandsnaam', 'grootte', 'sha256'] },
        )
      : [];
    verwijzingen = verwijzingenOpslaan(invoer.verwijzingen, 'input.verwijzingen', {
      eigenId: afspraak.id ?? null,
      afspraakIds: new Set(ids),
      documenten: new Map(
        documenten.map((d) => [
          d.id,
          { id: d.id, bestandsnaam: d.bestandsnaam, grootte: d.grootte, sha256: d.sha256 },
        ]),
      ),
    });
  }
  afspraak.normen = normen;
  afspraak.voorwaarden = voorwaarden.voorwaarden;
  afspraak.voorwaardeDelen = voorwaarden.voorwaardeDelen;
  afspraak.eigenDoelgroepIds = eigenDoelgroepIds;
  afspraak.verwijzingen = verwijzingen;
}
