import { useRef } from 'react';
import { aantal } from '../../lib/live-berichten';

interface Regel {
  id: string;
  nummer: string;
  titel: string;
  thema: { id: string; naam: string };
}

/** The afspraken grouped by theme, in the order the onderdeel holds them. */
function perThema(afspraken: readonly Regel[]): { thema: Regel['thema']; afspraken: Regel[] }[] {
  const groepen = new Map<string, { thema: Regel['thema']; afspraken: Regel[] }>();
  for (const a of afspraken) {
    const groep = groepen.get(a.thema.id) ?? { thema: a.thema, afspraken: [] };
    groep.afspraken.push(a);
    groepen.set(a.thema.id, groep);
  }
  return [...groepen.values()];
}

/** Scroll an afspraak into view and put the focus on its heading (also for read-only text). */
export function gaNaarAfspraak(afspraakId: string): void {
  const kop = document.getElementById(`afk-${afspraakId}`);
  const kaart = document.querySelector(`[data-afspraak-id="${afspraakId}"]`);
  kaart?.scrollIntoView({ block: 'start' });
  if (kop) {
    kop.setAttribute('tabindex', '-1');
    kop.focus({ preventScroll: true });
  }
}

/**
 * The onderdeel's outline by theme: a disclosure above the text that lists every afspraak
 * (20–32 in an agreement) and jumps to the one chosen. Closes on a choice and on Escape.
 */
export function Inhoudsopgave({
  afspraken,
  onKies,
}: {
  afspraken: readonly Regel[];
  onKies: (afspraakId: string) => void;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  if (afspraken.length === 0) return null;
  const sluit = () => {
    if (ref.current) ref.current.open = false;
  };
  return (
    <details
      ref={ref}
      className="inhoudsopgave"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && ref.current?.open) {
          sluit();
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary>Inhoud ({aantal(afspraken.length, 'afspraak', 'afspraken')})</summary>
      <nav aria-label="Inhoud van dit onderdeel" className="inhoudsopgave-lijst">
        {perThema(afspraken).map((groep) => (
          <div key={groep.thema.id} className="inhoudsopgave-thema">
            <p className="inhoudsopgave-kop" id={`inhoud-${groep.thema.id}`}>
              {groep.thema.naam}
            </p>
            <ol aria-labelledby={`inhoud-${groep.thema.id}`}>
              {groep.afspraken.map((a) => (
                <li key={a.id}>
                  <a
                    href={`#afk-${a.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      sluit();
                      onKies(a.id);
                      gaNaarAfspraak(a.id);
                    }}
                  >
                    <span className="nummer">{a.nummer}</span> {a.titel}
                  </a>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </nav>
    </details>
  );
}
