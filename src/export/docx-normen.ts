import type { FileChild } from 'docx';
import { DOELGROEP_LABEL, eigenDoelgroepTekst } from '../gedeeld/normen';
import { normWaardeVanPartij } from '../overeenkomsten/afspraak-normen';
import { deelTekst } from '../overeenkomsten/afspraak-deel';
import { voorwaardeTekst } from '../overeenkomsten/afspraak-voorwaarden';
import type { AfspraakInhoud } from '../overeenkomsten/onderdeel-inhoud';
import { kenmerk, tabel } from './docx-bouwstenen';

/**
 * Voorwaarden (with the deel each holds for), norms, doelgroepen (standard and the
 * overeenkomst's own) and references of an afspraak, plainly (issue 15; step 6 designs them).
 */
export function normenBlokken(a: AfspraakInhoud): FileChild[] {
  const uit: FileChild[] = [];
  // A deel may name one of the afspraak's places: print its name, not its id.
  const locatieNaam = (id: string) => a.locaties?.find((l) => l.id === id)?.naam;
  const partijNaam = (id: string) =>
    id === a.trekker.id ? a.trekker.naam : a.betrokkenen.find((b) => b.partijId === id)?.naam;
  if (a.voorwaarden.length) {
    const teksten = a.voorwaarden.map((t, i) =>
      voorwaardeTekst(t, a.voorwaardeDelen?.[i] ?? null, a.nummer, locatieNaam),
    );
    uit.push(kenmerk('Voorwaarden', teksten.join('; ')));
  }
  const normen = a.normen ?? [];
  if (normen.length) {
    uit.push(
      tabel(
        ['Norm', 'Waarde', 'Geldt voor'],
        normen.map((n) => [
          n.onderwerp,
          normWaardeVanPartij(n, partijNaam),
          deelTekst(n.deel, { nummer: a.nummer, locatieNaam }) ?? 'de hele afspraak',
        ]),
        [45, 30, 25],
      ),
    );
  }
  const doelgroepen = [
    ...a.doelgroepen.map((d) => DOELGROEP_LABEL[d] ?? d),
    ...(a.eigenDoelgroepen ?? []).map(eigenDoelgroepTekst),
  ];
  if (doelgroepen.length) uit.push(kenmerk('Doelgroepen', doelgroepen.join('; ')));
  const verwijzingen = a.verwijzingen ?? [];
  if (verwijzingen.length) {
    uit.push(kenmerk('Verwijzingen', verwijzingen.map((v) => v.tekst).join('; ')));
  }
  return uit;
}
