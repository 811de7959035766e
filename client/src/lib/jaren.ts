import { useState } from 'react';

/** Every year from `startjaar` to `eindjaar`, both included. */
export function jarenVan(startjaar: number, eindjaar: number): number[] {
  return Array.from({ length: eindjaar - startjaar + 1 }, (_, i) => startjaar + i);
}

/**
 * The year of a screen about a past year (verantwoording, evaluatie): last year, the one being
 * accounted for, kept within the overeenkomst's looptijd. `keuze` goes to a `KeuzeVeld`.
 */
export function useJaarKeuze(startjaar: number, eindjaar: number) {
  const vorigJaar = new Date().getFullYear() - 1;
  const [jaar, zetJaar] = useState(Math.min(Math.max(vorigJaar, startjaar), eindjaar));
  const keuze = {
    waarde: jaar,
    onKies: (waarde: string) => zetJaar(Number(waarde)),
    opties: jarenVan(startjaar, eindjaar).map((j) => ({ waarde: j, label: j })),
  };
  return { jaar, keuze };
}
