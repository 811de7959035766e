import { useState } from 'react';
import type { Afspraak } from './AfspraakPaneel';
import { StreefRij, type Plaats } from './Streefwaarden';

type Indicator = Afspraak['indicatoren'][number];

/**
 * Targets after the periode: the horizon the afspraak works towards ("in 2030 heeft elke kern
 * een ontmoetingsplek" in a 2026–2029 agreement). The stored ones of the whole afspraak or of
 * one place, and a year to add one.
 */
export function HorizonDoelen({
  indicator,
  plaats,
  eindjaar,
  bewerkbaar,
  onOpgeslagen,
}: {
  indicator: Indicator;
  plaats: Plaats;
  eindjaar: number;
  bewerkbaar: boolean;
  onOpgeslagen: () => void;
}) {
  const [nieuwJaar, zetNieuwJaar] = useState('');
  const doelen = indicator.horizondoelen.filter(
    (h) => (h.locatie?.id ?? null) === (plaats?.id ?? null),
  );
  const jaar = Number(nieuwJaar);
  const geldig = Number.isInteger(jaar) && jaar > eindjaar && !doelen.some((h) => h.jaar === jaar);
  if (!bewerkbaar && doelen.length === 0) return null;
  const veldId = `horizon-${indicator.id}${plaats ? `-${plaats.id}` : ''}`;
  return (
    <div className="horizondoelen">
      <h5>Horizon: doelen na de periode{plaats && ` voor ${plaats.naam}`}</h5>
      <table>
        <tbody>
          {doelen.map((h) => (
            <StreefRij
              key={h.id}
              indicator={indicator}
              jaar={h.jaar}
              plaats={plaats}
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
              plaats={plaats}
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
          <label htmlFor={veldId}>Nieuw horizondoel in jaar</label>
          <input
            id={veldId}
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
