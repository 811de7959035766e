import { KeuzeOpties } from '../../components/Velden';

/*
 * The part of an afspraak a norm, voorwaarde or amount holds for (AfspraakDeel): a select whose value is
 * a short key, "" for the whole afspraak. Leden and locaties join the choices as they come.
 */

export interface DeelOpties {
  /** The activiteiten of a handeling, by what they say, in order. */
  activiteiten: string[];
  /** The letters of the afspraak's leden (a, b, …), where the form offers them. */
  leden?: string[];
  /** The afspraak's places, where the form offers them. */
  locaties?: { id: string; naam: string }[];
}

export { deelSleutel, deelUitSleutel } from '../../lib/deel';

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
  const lijst = [
    ...(opties.leden ?? []).map((letter) => ({ waarde: `lid:${letter}`, label: `Lid ${letter}` })),
    ...opties.activiteiten.map((wat, i) => ({
      waarde: `activiteit:${i + 1}`,
      label: `Activiteit ${i + 1}${wat ? `: ${wat.slice(0, 40)}` : ''}`,
    })),
    ...(opties.locaties ?? []).map((l) => ({ waarde: `locatie:${l.id}`, label: l.naam })),
  ];
  // A stored deel that is no longer offered stays visible, so saving does not drop it unseen.
  if (waarde && !lijst.some((o) => o.waarde === waarde)) lijst.push({ waarde, label: waarde });
  return (
    <select aria-label={label} value={waarde} onChange={(e) => onKies(e.target.value)}>
      <KeuzeOpties opties={lijst} leeg="Hele afspraak" />
    </select>
  );
}
