import { Dialoog } from '../../components/ui';
import type { StandpuntenQuery } from '../../gql/graphql';

type Rij = StandpuntenQuery['standpunten']['rijen'][number];

/**
 * The partijen whose akkoord (with or without voorbehoud) still holds for the afspraak's text as
 * it stands: a direct edit of that text makes each of them stale.
 */
export function geldigeAkkoorden(rij: Rij | undefined): string[] {
  return (rij?.cellen ?? [])
    .filter((c) => c.standpunt && !c.standpunt.verouderd && c.standpunt.oordeel !== 'NIET_AKKOORD')
    .map((c) => c.partij.naam);
}

/** "3 partijen gaven" or "1 partij gaf": the sentence the warning starts with. */
export function akkoordZin(partijen: string[]): string {
  return partijen.length === 1
    ? '1 partij gaf akkoord op deze tekst'
    : `${partijen.length} partijen gaven akkoord op deze tekst`;
}

/**
 * Asked before a direct edit (drafting phase) voids akkoorden already given: change anyway, which
 * makes them stale, or propose the change as a suggestion, which leaves them standing until it
 * is accepted. Closing the dialog changes nothing.
 */
export function AkkoordWaarschuwing({
  open,
  partijen,
  onToch,
  onAlsSuggestie,
  onAnnuleer,
}: {
  open: boolean;
  /** The names of the partijen whose akkoord the edit would void (see geldigeAkkoorden). */
  partijen: string[];
  onToch: () => void;
  onAlsSuggestie: () => void;
  onAnnuleer: () => void;
}) {
  return (
    <Dialoog open={open} titel={akkoordZin(partijen)} onSluit={onAnnuleer}>
      <div className="akkoord-waarschuwing">
        <p>
          Akkoord gegeven door: <strong>{partijen.join(', ')}</strong>.
        </p>
        <p>
          Als u de tekst nu direct wijzigt, vervalt hun akkoord en moeten zij opnieuw naar deze
          afspraak kijken. Stelt u de wijziging voor als suggestie, dan blijft hun akkoord staan tot
          de andere partijen uw suggestie aanvaarden.
        </p>
        <div className="acties">
          <button type="button" className="knop" onClick={onAlsSuggestie}>
            Als suggestie voorstellen
          </button>
          <button type="button" className="knop-gevaar" onClick={onToch}>
            Toch wijzigen
          </button>
          <button type="button" className="knop-tekst" onClick={onAnnuleer}>
            Annuleren
          </button>
        </div>
      </div>
    </Dialoog>
  );
}
