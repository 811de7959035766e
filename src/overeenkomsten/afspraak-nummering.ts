import type { EntityManager } from '@mikro-orm/postgresql';
import { Afspraak } from './afspraak.entity';
import { Onderdeel } from './onderdeel.entity';
import type { Thema } from './thema.entity';

/**
 * Numbers an onderdeel's afspraken as "hoofdstuk.volgnummer" after its prefix (see
 * {@link nummerVoorvoegsel}): one hoofdstuk per thema-domein present, in the domains' order;
 * within a domein grouped by theme (each theme's afspraken together, under one heading), then in
 * the afspraken' own order. The volgorde is rewritten to match, so listing order and numbering
 * never disagree. Expects the themes to be loaded.
 */
export function renumber(afspraken: Afspraak[], voorvoegsel: string): Afspraak[] {
  const domeinOf = (a: Afspraak) => {
    const thema = a.thema.getEntity();
    return thema.domein ? thema.domein.getEntity() : thema;
  };
  const domeinen = [...new Set(afspraken.map(domeinOf))].sort(
    (x, y) => x.volgorde - y.volgorde || x.naam.localeCompare(y.naam),
  );
  // Within a domein the afspraken of one theme stand together (one heading each), the themes in
  // the order of their first afspraak: a reorder still decides which theme comes first.
  const eerste = new Map<string, number>();
  for (const a of afspraken) {
    const id = a.thema.getEntity().id;
    eerste.set(id, Math.min(eerste.get(id) ?? Infinity, a.volgorde));
  }
  const sorted = [...afspraken].sort(
    (a, b) =>
      domeinen.indexOf(domeinOf(a)) - domeinen.indexOf(domeinOf(b)) ||
      eerste.get(a.thema.getEntity().id)! - eerste.get(b.thema.getEntity().id)! ||
      a.volgorde - b.volgorde,
  );
  const perDomein = new Map<Thema, number>();
  sorted.forEach((a, i) => {
    const domein = domeinOf(a);
    const positie = (perDomein.get(domein) ?? 0) + 1;
    perDomein.set(domein, positie);
    a.volgorde = i + 1;
    a.nummer = `${voorvoegsel}${domeinen.indexOf(domein) + 1}.${positie}`;
  });
  return sorted;
}

/**
 * What goes before the numbers of an onderdeel's afspraken so that no number repeats across the
 * agreement: nothing in the hoofddocument, "B" in its only bijlage (B1.1), "B2." in the second
 * of several (B2.1.1). The document, the API and the client all print numbers this way.
 */
export function nummerVoorvoegsel(
  onderdelen: { id: string; soort: string }[],
  onderdeelId: string,
): { voorvoegsel: string; bijlageNummer: number | null } {
  const bijlagen = onderdelen.filter((o) => o.soort === 'BIJLAGE');
  const index = bijlagen.findIndex((o) => o.id === onderdeelId);
  if (index < 0) return { voorvoegsel: '', bijlageNummer: null };
  return { voorvoegsel: bijlagen.length === 1 ? 'B' : `B${index + 1}.`, bijlageNummer: index + 1 };
}

/** The prefix of an onderdeel's numbers, from its overeenkomst's onderdelen as stored. */
export async function voorvoegselVan(
  em: EntityManager,
  onderdeel: { id: string; overeenkomst: { id: string } },
): Promise<string> {
  const zusters = await em.find(
    Onderdeel,
    { overeenkomst: onderdeel.overeenkomst.id },
    { orderBy: { volgorde: 'asc', id: 'asc' } },
  );
  return nummerVoorvoegsel(zusters, onderdeel.id).voorvoegsel;
}

/** A number without its onderdeel's prefix: "1.1" of "B1.1" and of "B2.1.1". */
export function zonderVoorvoegsel(nummer: string): string {
  return /\d+\.\d+$/.exec(nummer)?.[0] ?? nummer;
}

/**
 * After an onderdeel was added, removed or moved: every afspraak's prefix as the onderdelen now
 * stand (the second bijlage turns the first one's B1.1 into B1.1.1), in the caller's
 * transaction, flushed. Only the prefix changes, not the order within an onderdeel, so a frozen
 * or signed onderdeel keeps its numbering. Returns the onderdelen whose numbers changed.
 */
export async function hernummerOnderdelen(
  em: EntityManager,
  overeenkomstId: string,
): Promise<string[]> {
  const onderdelen = await em.find(
    Onderdeel,
    { overeenkomst: overeenkomstId },
    { orderBy: { volgorde: 'asc', id: 'asc' } },
  );
  const afspraken = await em.find(Afspraak, { overeenkomst: overeenkomstId });
  const gewijzigd = new Set<string>();
  for (const a of afspraken) {
    if (!a.nummer) continue;
    const nummer = `${nummerVoorvoegsel(onderdelen, a.onderdeel.id).voorvoegsel}${zonderVoorvoegsel(a.nummer)}`;
    if (nummer === a.nummer) continue;
    a.nummer = nummer;
    gewijzigd.add(a.onderdeel.id);
  }
  await em.flush();
  return [...gewijzigd];
}

/**
 * The numbers of a version frozen before numbers carried their prefix (a bijlage's "1.1"), with
 * the prefix its onderdeel has now; a version's content is fingerprinted and is never rewritten.
 * Numbers that carry one already are left as signed.
 */
export function metVoorvoegsel<T extends { nummer: string }>(
  afspraken: T[],
  voorvoegsel: string,
): T[] {
  return afspraken.map((a) =>
    voorvoegsel && /^\d/.test(a.nummer) ? { ...a, nummer: `${voorvoegsel}${a.nummer}` } : a,
  );
}
