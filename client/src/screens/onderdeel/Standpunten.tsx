import { useEffect, useRef, useState, type RefObject } from 'react';
import type { UseQueryState } from 'urql';
import { Dialoog, Fout, Laden } from '../../components/ui';
import { graphql } from '../../gql';
import type { Oordeel, StandpuntenQuery } from '../../gql/graphql';
import { OORDEEL, datumTijd } from '../../lib/labels';
import { useIk } from '../../lib/ik';
import { AkkoordNalopen } from './AkkoordNalopen';

export const STANDPUNTEN = graphql(`
  query Standpunten($onderdeelId: ID!) {
    standpunten(onderdeelId: $onderdeelId) {
      onderdeelId
      iedereenAkkoord
      partijen {
        id
        naam
      }
      telling {
        totaal
        akkoord
        akkoordMetVoorbehoud
        nietAkkoord
        ontbrekend
        verouderd
      }
      rijen {
        afspraakId
        nummer
        titel
        akkoord
        openOpmerkingen {
          id
          vanPartijId
          gerichtAanId
        }
        cellen {
          partij {
            id
            naam
          }
          standpunt {
            id
            oordeel
            toelichting
            verouderd
            door
            datum
          }
        }
      }
    }
  }
`);

/** A standpunt taken in this window, shown at once until the server's answer replaces it. */
export interface VoorlopigStandpunt {
  afspraakId: string;
  partijId: string;
  oordeel: Oordeel;
  toelichting?: string;
  /** The server accepted it; it goes once the matrix has been read again. */
  bevestigd: boolean;
}

/** The id of a cell's standpunt that is still on its way to the server. */
export const VOORLOPIG = 'voorlopig';

/** The matrix with the standpunten on their way laid over it. */
export function metVoorlopig(
  resultaat: UseQueryState<StandpuntenQuery>,
  voorlopig: VoorlopigStandpunt[],
  door: string,
): UseQueryState<StandpuntenQuery> {
  const data = resultaat.data;
  if (!data || voorlopig.length === 0) return resultaat;
  return {
    ...resultaat,
    data: {
      ...data,
      standpunten: {
        ...data.standpunten,
        rijen: data.standpunten.rijen.map((r) => ({
          ...r,
          cellen: r.cellen.map((c) => {
            const v = voorlopig.find(
              (x) => x.afspraakId === r.afspraakId && x.partijId === c.partij.id,
            );
            return v
              ? {
                  ...c,
                  standpunt: {
                    id: VOORLOPIG,
                    oordeel: v.oordeel,
                    toelichting: v.toelichting ?? null,
                    verouderd: false,
                    door,
                    datum: new Date().toISOString(),
                  },
                }
              : c;
          }),
        })),
      },
    },
  };
}

/**
 * The width the table needs to be worth it: the afspraak column (9rem) and three partij columns
 * (6rem each, fewer when fewer partijen sign). Narrower, each afspraak becomes a card.
 */
function tabelPast(breedte: number, partijen: number): boolean {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return breedte >= (9 + 6 * Math.min(3, partijen)) * rem;
}

/** The width of an element, followed as it changes (rotating a phone, opening the sheet). */
function useBreedte(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [breedte, zetBreedte] = useState(0);
  useEffect(() => {
    const e = ref.current;
    if (!e) return;
    const kijker = new ResizeObserver(([m]) => zetBreedte(m?.contentRect.width ?? 0));
    kijker.observe(e);
    return () => kijker.disconnect();
  }, []);
  return [ref, breedte];
}

type Cel = StandpuntenQuery['standpunten']['rijen'][number]['cellen'][number];

function celKlasse(s: Cel['standpunt']): string {
  return `cel ${s ? `cel-${s.oordeel.toLowerCase()}` : 'cel-leeg'} ${s?.verouderd ? 'cel-verouderd' : ''}`;
}

function celTitel(s: Cel['standpunt']): string {
  return s
    ? `${OORDEEL[s.oordeel]} – ${s.door}, ${datumTijd(s.datum)}${s.toelichting ? `: ${s.toelichting}` : ''}`
    : 'Nog geen standpunt';
}

function CelTekst({ s }: { s: Cel['standpunt'] }) {
  return (
    <>
      {s ? KORT[s.oordeel] : '–'}
      {s?.verouderd && <span className="verouderd"> (verouderd)</span>}
      {s?.id === VOORLOPIG && <span className="klein"> (wordt opgeslagen…)</span>}
    </>
  );
}

const KORT: Record<string, string> = {
  AKKOORD: '✓ Akkoord',
  AKKOORD_MET_VOORBEHOUD: '~ Voorbehoud',
  NIET_AKKOORD: '✗ Niet akkoord',
};

export function StandpuntenMatrix({
  resultaat,
  onKies,
  mijnPartij,
  openSuggesties,
  onderdeelId,
  onGewijzigd,
}: {
  resultaat: UseQueryState<StandpuntenQuery>;
  onKies: (afspraakId: string) => void;
  /** The signing partij this person writes for, while the onderdeel is a draft. */
  mijnPartij?: { id: string; naam: string };
  /** Pending suggestions per afspraak, read when the review opens. */
  openSuggesties: () => Map<string, number>;
  onderdeelId: string;
  /** Reload the matrix (once; a phase the akkoord opens comes as a live event). */
  onGewijzigd: () => void;
}) {
  const { data, fetching, error } = resultaat;
  const [nalopen, zetNalopen] = useState<Map<string, number> | null>(null);
  const ik = useIk();
  const [ref, breedte] = useBreedte();
  if (fetching && !data) return <Laden tekst="Standpunten laden…" />;
  if (!data) return <Fout fout={error} />;
  const m = data.standpunten;
  // The user's own partij first: the column (or line) they look for is never off-screen.
  const eigen = new Set(ik.lidmaatschappen.map((l) => l.partij.id));
  const volgorde = (p: { id: string }) => (eigen.has(p.id) ? 0 : 1);
  const partijen = [...m.partijen].sort((a, b) => volgorde(a) - volgorde(b));
  const cellenVan = (r: (typeof m.rijen)[number]) =>
    partijen.map((p) => r.cellen.find((c) => c.partij.id === p.id)).filter((c) => !!c);
  const kaarten = breedte > 0 && !tabelPast(breedte, partijen.length);
  // Afspraken where my partij has no current standpunt yet (or a stale one).
  const zonder = mijnPartij
    ? m.rijen.filter((r) => {
        const cel = r.cellen.find((c) => c.partij.id === mijnPartij.id);
        return !cel?.standpunt || cel.standpunt.verouderd;
      })
    : [];
  return (
    <div className="matrix" ref={ref}>
      {mijnPartij && zonder.length > 0 && (
        <div className="acties">
          <button
            type="button"
            className="knop-secundair"
            onClick={() => zetNalopen(openSuggesties())}
          >
            Akkoord namens {mijnPartij.naam} op{' '}
            {zonder.length === 1
              ? 'de afspraak zonder geldig standpunt'
              : `de ${zonder.length} afspraken zonder geldig standpunt`}
          </button>
        </div>
      )}
      {mijnPartij && (
        <Dialoog
          open={!!nalopen}
          titel={`Akkoord namens ${mijnPartij.naam}: afspraken nalopen`}
          onSluit={() => zetNalopen(null)}
        >
          {nalopen && (
            <AkkoordNalopen
              rijen={zonder}
              partij={mijnPartij}
              openSuggesties={nalopen}
              onderdeelId={onderdeelId}
              onKlaar={() => {
                zetNalopen(null);
                onGewijzigd();
              }}
            />
          )}
        </Dialoog>
      )}
      <p className="samenvatting">
        {m.iedereenAkkoord ? (
          <strong>Iedereen is akkoord met alle afspraken.</strong>
        ) : (
          <>
            {m.telling.akkoord} akkoord, {m.telling.akkoordMetVoorbehoud} met voorbehoud,{' '}
            {m.telling.nietAkkoord} niet akkoord, {m.telling.ontbrekend} ontbrekend,{' '}
            {m.telling.verouderd} verouderd (van {m.telling.totaal})
          </>
        )}
      </p>
      {kaarten ? (
        <ul className="matrix-kaarten" aria-label="Standpunten per afspraak">
          {m.rijen.map((r) => (
            <li key={r.afspraakId} className="matrix-kaart">
              <button type="button" className="knop-tekst" onClick={() => onKies(r.afspraakId)}>
                {r.nummer} {r.titel}
              </button>
              <ul className="matrix-kaart-cellen">
                {cellenVan(r).map((c) => (
                  <li
                    key={c.partij.id}
                    className={celKlasse(c.standpunt)}
                    data-partij={c.partij.naam}
                    data-afspraak={r.afspraakId}
                    title={celTitel(c.standpunt)}
                  >
                    <span className="matrix-partij">
                      {c.partij.naam}
                      {eigen.has(c.partij.id) && ' (u)'}
                    </span>{' '}
                    <CelTekst s={c.standpunt} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <div className="tabel-scroll" tabIndex={0} role="region" aria-label="Standpuntenmatrix">
          <table className="matrix-tabel">
            <caption className="sr-only">
              Standpunt van elke ondertekenende partij per afspraak
            </caption>
            <thead>
              <tr>
                <th scope="col">Afspraak</th>
                {partijen.map((p) => (
                  <th scope="col" key={p.id}>
                    {p.naam}
                    {eigen.has(p.id) && ' (u)'}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.rijen.map((r) => (
                <tr key={r.afspraakId}>
                  <th scope="row">
                    <button
                      type="button"
                      className="knop-tekst"
                      onClick={() => onKies(r.afspraakId)}
                    >
                      {r.nummer} {r.titel}
                    </button>
                  </th>
                  {cellenVan(r).map((c) => (
                    <td
                      key={c.partij.id}
                      className={celKlasse(c.standpunt)}
                      data-partij={c.partij.naam}
                      data-afspraak={r.afspraakId}
                      title={celTitel(c.standpunt)}
                    >
                      <CelTekst s={c.standpunt} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
