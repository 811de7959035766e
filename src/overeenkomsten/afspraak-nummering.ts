import type { Afspraak } from './afspraak.entity';
import type { Thema } from './thema.entity';

/**
 * Numbers afspraken as "hoofdstuk.volgnummer": one hoofdstuk per thema-domein present, in the
 * domains' order; within a domein in the afspraken' own order. The volgorde is rewritten to
 * match, so listing order and numbering never disagree. Expects the themes to be loaded.
 */
export function renumber(afspraken: Afspraak[]): Afspraak[] {
  const domeinOf = (a: Afspraak) => {
    const thema = a.thema.getEntity();
    return thema.domein ? thema.domein.getEntity() : thema;
  };
  const domeinen = [...new Set(afspraken.map(domeinOf))].sort(
    (x, y) => x.volgorde - y.volgorde || x.naam.localeCompare(y.naam),
  );
  const sorted = [...afspraken].sort(
    (a, b) =>
      domeinen.indexOf(domeinOf(a)) - domeinen.indexOf(domeinOf(b)) || a.volgorde - b.volgorde,
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
