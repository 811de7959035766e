import { Leeg } from '../../components/ui';
import type { OpenSuggestie } from '../../lib/suggesties-doc';
import type { SuggestieWeergave } from '../../lib/suggestiemodus';

interface Props {
  afspraakId: string;
  lijst: OpenSuggestie[];
  weergave: SuggestieWeergave;
  /** The logged-in person, who may withdraw their own suggestions. */
  gebruikerId: string;
  onTrekIn: (suggestieId: string) => void;
}

function wanneer(tijd: Date): string {
  return tijd.toLocaleString('nl-NL', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * The open suggestions of one afspraak in its side panel: who suggested what and when, the words
 * added and struck, and for the author the button to take it back.
 */
export function SuggestiePaneel({ afspraakId, lijst, weergave, gebruikerId, onTrekIn }: Props) {
  return (
    <section className="sectie suggesties" aria-labelledby={`sug-${afspraakId}`}>
      <h3 id={`sug-${afspraakId}`}>Suggesties{lijst.length > 0 && ` (${lijst.length} open)`}</h3>
      {lijst.length === 0 && (
        <Leeg>
          Geen open suggesties. In de onderhandeling wordt elke tekstwijziging een suggestie.
        </Leeg>
      )}
      <ul className="suggestie-lijst">
        {lijst.map((s) => {
          const partij = weergave.partijNaam(s.maker.partijId) || 'onbekende partij';
          const auteur = weergave.auteurVan(s.id);
          const eigen = s.maker.gebruikerId === gebruikerId;
          return (
            <li
              key={s.id}
              className="suggestie-item"
              style={{ borderLeftColor: weergave.kleurVanPartij(s.maker.partijId) }}
              data-suggestie={s.id}
            >
              <p className="klein">
                <strong>{auteur ? `${auteur} (${partij})` : partij}</strong> ·{' '}
                {wanneer(s.maker.tijd)}
              </p>
              {s.geschrapt && (
                <p>
                  Schrappen: <del>{s.geschrapt}</del>
                </p>
              )}
              {s.ingevoegd && (
                <p>
                  Toevoegen: <ins>{s.ingevoegd}</ins>
                </p>
              )}
              {s.meer && !s.ingevoegd && !s.geschrapt && (
                <p>Wijziging van de opmaak of alinea's.</p>
              )}
              {eigen && (
                <div className="acties">
                  <button type="button" className="knop-secundair" onClick={() => onTrekIn(s.id)}>
                    Intrekken
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
