import { useState } from 'react';
import { useMutation } from 'urql';
import { Fout } from '../../components/ui';
import { graphql } from '../../gql';
import type { StandpuntenQuery } from '../../gql/graphql';
import { verwachtEigen } from '../../lib/herladen';

const NEEM_STANDPUNTEN = graphql(`
  mutation NeemStandpunten($input: StandpuntenInput!) {
    neemStandpunten(input: $input) {
      id
    }
  }
`);

type Rij = StandpuntenQuery['standpunten']['rijen'][number];

/** What is still open on an afspraak for this partij: reasons to read it before agreeing. */
export function aandachtspunten(rij: Rij, partijId: string, openSuggesties: number): string[] {
  const punten: string[] = [];
  if (openSuggesties > 0)
    punten.push(
      openSuggesties === 1
        ? '1 open suggestie in de tekst'
        : `${openSuggesties} open suggesties in de tekst`,
    );
  const aanMij = rij.openOpmerkingen.filter((o) => o.gerichtAanId === partijId).length;
  if (aanMij > 0)
    punten.push(
      aanMij === 1 ? 'open opmerking aan uw partij' : `${aanMij} open opmerkingen aan uw partij`,
    );
  // A comment to everyone is for you too, unless your own partij wrote it.
  const aanAllen = rij.openOpmerkingen.filter(
    (o) => o.gerichtAanId === null && o.vanPartijId !== partijId,
  ).length;
  if (aanAllen > 0)
    punten.push(
      aanAllen === 1
        ? 'open opmerking aan alle partijen'
        : `${aanAllen} open opmerkingen aan alle partijen`,
    );
  const cel = rij.cellen.find((c) => c.partij.id === partijId);
  if (cel?.standpunt?.verouderd) punten.push('de tekst is gewijzigd sinds uw vorige standpunt');
  return punten;
}

/**
 * The blanket akkoord, made deliberate: one row per afspraak without a valid standpunt, ticked
 * only when nothing is open on it; a second step names what will be agreed; only the ticked
 * afspraken are sent, in one request the server takes as a whole.
 */
export function AkkoordNalopen({
  rijen,
  partij,
  openSuggesties,
  onderdeelId,
  onKlaar,
}: {
  onderdeelId: string;
  rijen: Rij[];
  partij: { id: string; naam: string };
  openSuggesties: Map<string, number>;
  onKlaar: () => void;
}) {
  const punten = new Map(
    rijen.map((r) => [
      r.afspraakId,
      aandachtspunten(r, partij.id, openSuggesties.get(r.afspraakId) ?? 0),
    ]),
  );
  const [aangevinkt, zetAangevinkt] = useState(
    () =>
      new Set(rijen.filter((r) => punten.get(r.afspraakId)!.length === 0).map((r) => r.afspraakId)),
  );
  const [stap, zetStap] = useState<'kiezen' | 'bevestigen'>('kiezen');
  const [resultaat, neem] = useMutation(NEEM_STANDPUNTEN);
  const gekozen = rijen.filter((r) => aangevinkt.has(r.afspraakId));
  const metAandacht = rijen.filter((r) => punten.get(r.afspraakId)!.length > 0).length;

  const vink = (afspraakId: string, aan: boolean) =>
    zetAangevinkt((v) => {
      const nieuw = new Set(v);
      if (aan) nieuw.add(afspraakId);
      else nieuw.delete(afspraakId);
      return nieuw;
    });

  // One request and one reload of the matrix (onKlaar): the live event of this very action
  // reloads nothing more in this window. A phase it opens comes as an event of its own.
  const geefAkkoord = async () => {
    const trekIn = verwachtEigen('STANDPUNT', onderdeelId);
    const antwoord = await neem({
      input: {
        afspraakIds: gekozen.map((r) => r.afspraakId),
        partijId: partij.id,
        oordeel: 'AKKOORD',
      },
    });
    if (antwoord.error) trekIn();
    else onKlaar();
  };

  if (stap === 'bevestigen')
    return (
      <div className="akkoord-nalopen">
        <p>
          U geeft namens <strong>{partij.naam}</strong> akkoord op{' '}
          {gekozen.length === 1 ? 'deze afspraak' : `deze ${gekozen.length} afspraken`}:
        </p>
        <ul className="nalopen-gekozen">
          {gekozen.map((r) => (
            <li key={r.afspraakId}>
              {r.nummer} {r.titel}
            </li>
          ))}
        </ul>
        <p className="klein">
          Uw akkoord geldt voor de tekst zoals die nu is. Wordt de tekst later gewijzigd, dan
          vervalt het en vragen we u opnieuw.
        </p>
        <Fout fout={resultaat.error} />
        <div className="acties">
          <button
            type="button"
            className="knop"
            disabled={resultaat.fetching}
            onClick={() => void geefAkkoord()}
          >
            Akkoord geven op {gekozen.length === 1 ? '1 afspraak' : `${gekozen.length} afspraken`}
          </button>
          <button type="button" className="knop-secundair" onClick={() => zetStap('kiezen')}>
            Terug
          </button>
        </div>
      </div>
    );

  return (
    <form
      className="akkoord-nalopen"
      onSubmit={(e) => {
        e.preventDefault();
        if (gekozen.length > 0) zetStap('bevestigen');
      }}
    >
      <p>
        Vink de afspraken aan waarmee u akkoord gaat.
        {metAandacht > 0 &&
          ` Bij ${metAandacht === 1 ? '1 afspraak' : `${metAandacht} afspraken`} staat nog iets open; die staan niet aangevinkt. Lees ze eerst.`}
      </p>
      <ul className="nalopen-lijst">
        {rijen.map((r) => {
          const lijst = punten.get(r.afspraakId)!;
          return (
            <li
              key={r.afspraakId}
              data-afspraak={r.afspraakId}
              className={lijst.length > 0 ? 'nalopen-aandacht' : undefined}
            >
              <label className="keuze">
                <input
                  type="checkbox"
                  checked={aangevinkt.has(r.afspraakId)}
                  onChange={(e) => vink(r.afspraakId, e.target.checked)}
                  aria-describedby={lijst.length > 0 ? `nalopen-${r.afspraakId}` : undefined}
                />{' '}
                {r.nummer} {r.titel}
              </label>
              {lijst.length > 0 && (
                <span className="nalopen-punten klein" id={`nalopen-${r.afspraakId}`}>
                  Let op: {lijst.join('; ')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="klein" role="status">
        {gekozen.length} van {rijen.length} aangevinkt
      </p>
      <div className="acties">
        <button type="submit" className="knop" disabled={gekozen.length === 0}>
          Verder
        </button>
      </div>
    </form>
  );
}
