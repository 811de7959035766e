import type { AfspraakDeelInput } from '../gql/graphql';

/*
 * The part of an afspraak (AfspraakDeel) as a form holds it: a short key, "" for the whole
 * afspraak. Norms, voorwaarden (DeelKeuze) and amounts (BedragenInvoer) share it.
 */

/** An AfspraakDeel as read. */
export interface Deel {
  lid?: string | null;
  activiteit?: number | null;
  locatieId?: string | null;
}

export function deelSleutel(deel: Deel | null | undefined): string {
  if (!deel) return '';
  if (deel.lid) return `lid:${deel.lid}`;
  if (deel.activiteit) return `activiteit:${deel.activiteit}`;
  if (deel.locatieId) return `locatie:${deel.locatieId}`;
  return '';
}

export function deelUitSleutel(sleutel: string): AfspraakDeelInput | null {
  const [soort, waarde] = sleutel.split(':');
  if (!waarde) return null;
  if (soort === 'lid') return { lid: waarde };
  if (soort === 'activiteit') return { activiteit: Number(waarde) };
  if (soort === 'locatie') return { locatieId: waarde };
  return null;
}
