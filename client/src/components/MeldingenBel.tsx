import './meldingen.css';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { datumTijd } from '../lib/labels';
import { type Melding, ongelezenTekst, useMeldingen } from '../lib/meldingen';

/**
 * The bell in the header: the unread count, and on a click the latest meldingen. A new melding
 * arrives live (subscription) and is announced to screen readers; choosing one marks it read and
 * leads to what it is about.
 */
export function MeldingenBel() {
  const { meldingen, ongelezen, laatsteNieuwe, markeer, markeerAlles } = useMeldingen(8);
  const [open, zetOpen] = useState(false);
  const kader = useRef<HTMLDivElement>(null);
  const knop = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();

  useEffect(() => {
    if (!open) return;
    const buiten = (e: MouseEvent) => {
      if (!kader.current?.contains(e.target as Node)) zetOpen(false);
    };
    const toets = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        zetOpen(false);
        knop.current?.focus();
      }
    };
    document.addEventListener('mousedown', buiten);
    document.addEventListener('keydown', toets);
    return () => {
      document.removeEventListener('mousedown', buiten);
      document.removeEventListener('keydown', toets);
    };
  }, [open]);

  const kies = (m: Melding) => {
    zetOpen(false);
    if (!m.gelezen) void markeer(m.id);
    void navigate(m.link);
  };

  return (
    <div className="bel" ref={kader}>
      <button
        ref={knop}
        type="button"
        className="bel-knop"
        aria-expanded={open}
        aria-controls="meldingen-paneel"
        aria-label={`Meldingen: ${ongelezenTekst(ongelezen)}`}
        onClick={() => zetOpen(!open)}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
            fill="currentColor"
          />
        </svg>
        {ongelezen > 0 && (
          <span className="bel-aantal" aria-hidden="true">
            {ongelezen > 99 ? '99+' : ongelezen}
          </span>
        )}
      </button>
      <p className="sr-only" role="status" aria-live="polite">
        {laatsteNieuwe ? `Nieuwe melding: ${laatsteNieuwe.tekst}` : ''}
      </p>
      {open && (
        <div id="meldingen-paneel" className="bel-paneel" role="region" aria-label="Meldingen">
          <div className="bel-paneel-kop">
            <h2>Meldingen</h2>
            {ongelezen > 0 && (
              <button type="button" className="knop-tekst" onClick={() => void markeerAlles()}>
                Alles gelezen
              </button>
            )}
          </div>
          {meldingen.length === 0 ? (
            <p className="leeg">Nog geen meldingen.</p>
          ) : (
            <ul className="meldingen-lijst">
              {meldingen.map((m) => (
                <li key={m.id} className={m.gelezen ? 'melding' : 'melding melding-nieuw'}>
                  <a
                    href={m.link}
                    onClick={(e) => {
                      e.preventDefault();
                      kies(m);
                    }}
                  >
                    {!m.gelezen && <span className="sr-only">Ongelezen: </span>}
                    {m.tekst}
                  </a>
                  <span className="klein">{datumTijd(m.tijd)}</span>
                </li>
              ))}
            </ul>
          )}
          <Link to="/meldingen" className="bel-alles" onClick={() => zetOpen(false)}>
            Alle meldingen en e-mailinstellingen
          </Link>
        </div>
      )}
    </div>
  );
}
