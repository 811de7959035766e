import { EntityManager } from '@mikro-orm/postgresql';
import { invalid, notFound } from '../common/app-error';
import { Partij } from '../partijen/partij.entity';
import type { BevestigImportInput } from './import.models';

/** The partijen by their ids: existing ones as chosen, new ones created. */
export async function partijenUitImport(
  em: EntityManager,
  input: BevestigImportInput,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, p] of input.partijen.entries()) {
    if (p.partijId) {
      const partij = await em.findOne(Partij, p.partijId);
      if (!partij) throw notFound('Partij', p.partijId);
      ids.push(partij.id);
    } else {
      const bestaand = await em.findOne(Partij, { naam: p.naam, soort: p.soort });
      if (bestaand) ids.push(bestaand.id);
      else {
        const nieuw = new Partij(p.naam, p.soort);
        // What the agreement states of it: its name there is its legal name.
        nieuw.statutaireNaam = p.naam;
        nieuw.vestigingsplaats = p.vestigingsplaats ?? null;
        nieuw.kvkNummer = p.kvkNummer ?? null;
        nieuw.vertegenwoordiger = p.vertegenwoordiger ?? null;
        nieuw.vertegenwoordigerFunctie = p.vertegenwoordigerFunctie ?? null;
        em.persist(nieuw);
        await em.flush();
        ids.push(nieuw.id);
      }
    }
    if (ids.indexOf(ids[i]!) !== i)
      throw invalid(`input.partijen.${i}`, 'Een partij staat twee keer in de lijst');
  }
  return ids;
}
