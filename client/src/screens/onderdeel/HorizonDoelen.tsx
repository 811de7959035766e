import { useState } from 'react';
import type { Afspraak } from './AfspraakPaneel';
import { StreefRij } from './Streefwaarden';

type Indicator = Afspraak['indicatoren'][number];

/**
 * Targets after the periode: the horizon the afspraak works towards ("in 2030 heeft elke kern
 * een ontmoetingsplek" in a 2026–2029 agreement). The stored ones, and a year to add one.
 */
export function HorizonDoelen({
  indicator,
  eindjaar,
  bewerkbaar,
  onOpgeslagen,
}: {
  indicator: Indicator;
  eindjaar: number;
  bewerkbaar: boolean;
  onOpgeslagen: () => void;
}) {
  const [nieuwJaar, zetNieuwJaar] = useState('');
  const jaar = Number(nieuwJaar);
  const geldig =
    Number.isInteger(jaar) &&
    jaar > eindjaar &&
    !indicator.horizondoelen.some((h) => h.jaar === jaar);
  if (!bewerkbaar && indicator.horizondoelen.length === 0) return null;
  return (
    <div className="horizondoelen">
      <h5>Horizon: doelen na de periode</h5>
      <table>
        <tbody>
          {indicator.horizondoelen.map((h) => (
            <StreefRij
              key={h.id}
              indicator={indicator}
              jaar={h.jaar}
              bewerkbaar={bewerkbaar}
              onOpgeslagen={onOpgeslagen}
              horizon
            />
          ))}
          {bewerkbaar && geldig && (
            <StreefRij
              key={`nieuw-${jaar}`}
              indicator={indicator}
              jaar={jaar}
              bewerkbaar
              horizon
              onOpgeslagen={() => {
                zetNieuwJaar('');
                onOpgeslagen();
              }}
            />
          )}
        </tbody>
      </table>
      {bewerkbaar && (
        <div className="veld">
          <label htmlFor={`horizon-${indicator.id}`}>Nieuw horizondoel in jaar</label>
          <input
            id={`horizon-${indicator.id}`}
            className="smal"
            inputMode="numeric"
            placeholder={String(eindjaar + 1)}
            value={nieuwJaar}
            onChange={(e) => zetNieuwJaar(e.target.value)}
          />
          {nieuwJaar !== '' && !geldig && (
            <p className="klein">Kies een jaar na {eindjaar} dat nog geen horizondoel heeft.</p>
          )}
        </div>
      )}
    </div>
  );
}
