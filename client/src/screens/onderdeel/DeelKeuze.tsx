import { KeuzeOpties } from '../../components/Velden';
import type { AfspraakDeelInput } from '../../gql/graphql';

/*
 * The part of an afspraak a norm or voorwaarde holds for (AfspraakDeel): a select whose value is
 * a short key, "" for the whole afspraak. Leden and locaties join the choices as they come.
 */

export interface DeelOpties {
  /** The activiteiten of a handeling, by what they say, in order. */
  activiteiten: string[];
}

/** An AfspraakDeel as read. */
interface Deel {
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

export function DeelKeuze({
  label,
  waarde,
  onKies,
  opties,
}: {
  label: string;
  waarde: string;
  onKies: (sleutel: string) => void;
  opties: DeelOpties;
}) {
  const lijst = opties.activiteiten.map((wat, i) => ({
    waarde: `activiteit:${i + 1}`,
    label: `Activiteit ${i + 1}${wat ? `: ${wat.slice(0, 40)}` : ''}`,
  }));
  // A stored deel that is no longer offered stays visible, so saving does not drop it unseen.
  if (waarde && !lijst.some((o) => o.waarde === waarde)) lijst.push({ waarde, label: waarde });
  return (
    <select aria-label={label} value={waarde} onChange={(e) => onKies(e.target.value)}>
      <KeuzeOpties opties={lijst} leeg="Hele afspraak" />
    </select>
  );
}
