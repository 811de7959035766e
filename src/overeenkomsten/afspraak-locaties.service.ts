import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Partij } from '../partijen/partij.entity';
import { type AfspraakLocatieInput, kiesLocaties } from './afspraak-locaties';
import type { Afspraak } from './afspraak.entity';
import { AfspraakLocatie, Locatie } from './locatie.entity';
import type { Overeenkomst } from './overeenkomst.entity';

/**
 * Sets the places an afspraak applies to, in the order given: places the overeenkomst knows are
 * reused (so streefwaarden per place keep pointing at them), new ones are created for the
 * overeenkomst. Everything is checked before anything is persisted; the caller flushes.
 */
export async function zetLocaties(
  em: EntityManager,
  afspraak: Afspraak,
  overeenkomst: Overeenkomst,
  invoer: AfspraakLocatieInput[],
  veld = 'input.locaties',
): Promise<void> {
  const gemeenten = (await overeenkomst.gemeenten.loadItems()).map((g) => ({
    id: g.id,
    naam: g.naam,
  }));
  const bestaande = await em.find(Locatie, { overeenkomst }, { orderBy: { naam: 'asc' } });
  const keuzes = kiesLocaties(
    invoer,
    {
      gemeenten,
      locaties: bestaande.map((l) => ({
        id: l.id,
        soort: l.soort,
        naam: l.naam,
        gemeenteId: l.gemeente?.id ?? null,
      })),
    },
    veld,
  );
  const huidig = afspraak.locaties.isInitialized() ? afspraak.locaties.getItems() : [];
  const nieuw = keuzes.map((keuze, i) => {
    let locatie: Locatie;
    if ('bestaand' in keuze) {
      locatie = bestaande.find((l) => l.id === keuze.bestaand.id)!;
    } else {
      locatie = new Locatie(overeenkomst, keuze.nieuw.soort, keuze.nieuw.naam);
      locatie.gemeente = keuze.nieuw.gemeenteId ? ref(Partij, keuze.nieuw.gemeenteId) : null;
      em.persist(locatie);
    }
    const koppeling =
      huidig.find((k) => k.locatie.id === locatie.id) ?? new AfspraakLocatie(afspraak, locatie, i);
    koppeling.volgorde = i;
    return koppeling;
  });
  afspraak.locaties.set(nieuw);
}

/** An afspraak's places as input, to copy them (a carried-over afspraak, a restored version). */
export async function locatiesAlsInvoer(afspraak: Afspraak): Promise<AfspraakLocatieInput[]> {
  return (await afspraak.locaties.loadItems()).map((k) => ({ locatieId: k.locatie.id }));
}

/**
 * The ids a deel (AfspraakDeel.locatieId) of this afspraak may point at: its own places, as they
 * will be after this write (set them with {@link zetLocaties} first). For `DeelContext.locatieIds`.
 */
export async function locatieIdsVan(afspraak: Afspraak): Promise<string[]> {
  return (await afspraak.locaties.loadItems()).map((k) => k.locatie.id);
}
