import { useState } from 'react';
import { useMutation } from 'urql';
import { Fout, Leeg } from '../../components/ui';
import { graphql } from '../../gql';
import type { OnderdeelSuggestiesQuery } from '../../gql/graphql';
import type { OpenSuggestie } from '../../lib/suggesties-doc';
import type { SuggestieWeergave } from '../../lib/suggestiemodus';
import { kortTijdstip } from '../../lib/labels';

/** What the server records of the open suggestions: names, who still has to accept, verdicts. */
export const ONDERDEEL_SUGGESTIES = graphql(`
  query OnderdeelSuggesties($id: ID!) {
    onderdeel(id: $id) {
      id
      suggesties(status: OPEN) {
        id
        afspraakId
        auteur
        auteurId
        gemaakt
        partij {
          id
          naam
        }
        wachtOp {
          id
          naam
        }
        beoordelingen {
          beoordeling
          door
          reden
          partij {
            id
            naam
          }
        }
      }
    }
  }
`);

const BEOORDEEL_SUGGESTIES = graphql(`
  mutation BeoordeelSuggesties($input: BeoordeelSuggestiesInput!) {
    beoordeelSuggesties(input: $input) {
      suggesties {
        id
        status
      }
      vervallenAkkoorden {
        id
        naam
      }
    }
  }
`);

export type ServerSuggestie = OnderdeelSuggestiesQuery['onderdeel']['suggesties'][number];

interface Props {
  afspraakId: string;
  lijst: OpenSuggestie[];
  /** The server's record per suggestion id (absent for a moment after a suggestion is made). */
  vanServer: Map<string, ServerSuggestie>;
  weergave: SuggestieWeergave;
  /** The logged-in person, who may withdraw their own suggestions. */
  gebruikerId: string;
  /** The partijen this person writes for: they judge suggestions for them. */
  schrijftVoor: Set<string>;
  onTrekIn: (suggestieId: string) => void;
  onBeoordeeld: () => void;
}

function namen(lijst: { naam: string }[]): string {
  const n = lijst.map((p) => p.naam);
  return n.length <= 1 ? (n[0] ?? '') : `${n.slice(0, -1).join(', ')} en ${n[n.length - 1]}`;
}

/**
 * The open suggestions of one afspraak in its side panel: who suggested which words and when,
 * who still has to accept; Aanvaarden and Afwijzen for every other signing partij, Intrekken
 * for the author. What an acceptance does to akkoorden already given is said right here.
 */
export function SuggestiePaneel({
  afspraakId,
  lijst,
  vanServer,
  weergave,
  gebruikerId,
  schrijftVoor,
  onTrekIn,
  onBeoordeeld,
}: Props) {
  const [beoordeling, beoordeel] = useMutation(BEOORDEEL_SUGGESTIES);
  const [redenen, zetRedenen] = useState<Record<string, string>>({});
  // The outcome of this person's last verdict; a "still waiting" outcome lasts as long as the
  // suggestion is open (the others may settle it meanwhile).
  const [uitkomst, zetUitkomst] = useState<{
    suggestieId: string;
    tekst: string;
    wacht: boolean;
  }>();
  const melding =
    uitkomst && (!uitkomst.wacht || lijst.some((s) => s.id === uitkomst.suggestieId))
      ? uitkomst.tekst
      : '';

  const oordeel = async (
    suggestieId: string,
    partijId: string,
    soort: 'AANVAARD' | 'AFGEWEZEN',
  ) => {
    zetUitkomst(undefined);
    const antwoord = await beoordeel({
      input: {
        afspraakId,
        partijId,
        beoordeling: soort,
        suggestieIds: [suggestieId],
        reden: soort === 'AFGEWEZEN' ? redenen[suggestieId] : undefined,
      },
    });
    const uitkomst = antwoord.data?.beoordeelSuggesties;
    if (!uitkomst) return;
    const aanvaard = uitkomst.suggesties.some((s) => s.status === 'AANVAARD');
    const vervallen = uitkomst.vervallenAkkoorden;
    zetUitkomst({
      suggestieId,
      wacht: soort === 'AANVAARD' && !aanvaard,
      tekst:
        soort === 'AFGEWEZEN'
          ? 'Afgewezen: de suggestie is uit de tekst gehaald.'
          : !aanvaard
            ? 'Uw aanvaarding is vastgelegd; de suggestie wacht nog op anderen.'
            : vervallen.length > 0
              ? `Aanvaard en in de tekst verwerkt. Het akkoord van ${namen(vervallen)} op deze afspraak is daardoor vervallen: zij geven opnieuw hun standpunt op de nieuwe tekst.`
              : 'Aanvaard en in de tekst verwerkt.',
    });
    onBeoordeeld();
  };

  return (
    <section className="sectie suggesties" aria-labelledby={`sug-${afspraakId}`}>
      <h3 id={`sug-${afspraakId}`}>Suggesties{lijst.length > 0 && ` (${lijst.length} open)`}</h3>
      {melding && (
        <p className="melding-info" role="status">
          {melding}
        </p>
      )}
      <Fout fout={beoordeling.error} />
      {lijst.length === 0 && (
        <Leeg>
          Geen open suggesties. In de onderhandeling wordt elke tekstwijziging een suggestie.
        </Leeg>
      )}
      <ul className="suggestie-lijst">
        {lijst.map((s) => {
          const server = vanServer.get(s.id);
          const partij =
            server?.partij.naam ?? (weergave.partijNaam(s.maker.partijId) || 'onbekende partij');
          const auteur = server?.auteur ?? weergave.auteurVan(s.id);
          const eigen = s.maker.gebruikerId === gebruikerId;
          // The same words struck and inserted in another block: a list, table or paragraphs.
          const indeling = s.meer && !!s.geschrapt && s.geschrapt === s.ingevoegd;
          const beoordelaar = server?.wachtOp.find((p) => schrijftVoor.has(p.id));
          return (
            <li
              key={s.id}
              className="suggestie-item"
              style={{ borderLeftColor: weergave.kleurVanPartij(s.maker.partijId) }}
              data-suggestie={s.id}
            >
              <p className="klein">
                <strong>{auteur ? `${auteur} (${partij})` : partij}</strong> ·{' '}
                {kortTijdstip(s.maker.tijd)}
              </p>
              {indeling ? (
                <p>Andere indeling (lijst, tabel of alinea&apos;s) van: “{s.ingevoegd}”</p>
              ) : (
                <>
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
                </>
              )}
              {(s.voor || s.na) && !indeling && (s.ingevoegd || s.geschrapt) && (
                <p className="klein suggestie-context">
                  In de tekst: “{s.voor}
                  <span className="suggestie-plek">
                    {s.geschrapt && <s>{s.geschrapt}</s>}
                    {s.ingevoegd && <u>{s.ingevoegd}</u>}
                  </span>
                  {s.na}”
                </p>
              )}
              {s.meer && !s.ingevoegd && !s.geschrapt && (
                <p>Wijziging van de opmaak of alinea's.</p>
              )}
              {server && server.beoordelingen.length > 0 && (
                <ul className="klein">
                  {server.beoordelingen.map((b) => (
                    <li key={b.partij.id}>
                      {b.partij.naam}:{' '}
                      {b.beoordeling === 'AANVAARD' ? 'aanvaard' : `afgewezen (${b.reden ?? ''})`}
                    </li>
                  ))}
                </ul>
              )}
              {server && server.wachtOp.length > 0 && (
                <p className="klein">Wacht op: {namen(server.wachtOp)}</p>
              )}
              {beoordelaar && (
                <div className="acties">
                  <button
                    type="button"
                    className="knop"
                    disabled={beoordeling.fetching}
                    onClick={() => void oordeel(s.id, beoordelaar.id, 'AANVAARD')}
                  >
                    Aanvaarden
                  </button>
                  <label className="sr-only" htmlFor={`sug-reden-${s.id}`}>
                    Reden van afwijzing
                  </label>
                  <input
                    id={`sug-reden-${s.id}`}
                    placeholder="Reden van afwijzing"
                    value={redenen[s.id] ?? ''}
                    onChange={(e) => zetRedenen({ ...redenen, [s.id]: e.target.value })}
                  />
                  <button
                    type="button"
                    className="knop-gevaar"
                    disabled={beoordeling.fetching || !redenen[s.id]?.trim()}
                    onClick={() => void oordeel(s.id, beoordelaar.id, 'AFGEWEZEN')}
                  >
                    Afwijzen
                  </button>
                </div>
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
