import type { Afspraak } from './afspraak.entity';
import type { Thema } from './thema.entity';

/**
 * Numbers afspraken as "hoofdstuk.volgnummer": one hoofdstuk per thema-domein present, in the
 * domains' order; within a domein grouped by theme (each theme's afspraken together, under
 * one heading), then in the afspraken' own order. The volgorde is rewritten
 * to match, so listing order and numbering never disagree. Expects the themes to be loaded.
 */
export function renumber(afspraken: Afspraak[]): Afspraak[] {
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
    a.nummer = `${domeinen.indexOf(domein) + 1}.${positie}`;
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

/** Each afspraak's number with its onderdeel's prefix, by afspraak id. */
export function volledigeNummers(
  onderdelen: { id: string; soort: string; overeenkomst_id: string; volgorde: number }[],
  afspraken: { id: string; onderdeel_id: string; nummer: string }[],
): Map<string, string> {
  const voorvoegsel = new Map(
    onderdelen.map((d) => {
      const zusters = onderdelen
        .filter((x) => x.overeenkomst_id === d.overeenkomst_id)
        .sort((x, y) => x.volgorde - y.volgorde);
      return [d.id, nummerVoorvoegsel(zusters, d.id).voorvoegsel];
    }),
  );
  return new Map(
    afspraken.map((a) => [a.id, `${voorvoegsel.get(a.onderdeel_id) ?? ''}${a.nummer}`]),
  );
}
