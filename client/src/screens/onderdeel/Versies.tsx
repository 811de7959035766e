import { useEffect, useRef, useState, type FormEvent } from 'react';
import { focusOp } from '../../lib/paginatitel';
import { BevriesWaarschuwingen } from './Waarschuwingen';
import { OpenBijBevriezen } from './OpenBijBevriezen';
import { useMutation, useQuery } from 'urql';
import { TekstVeld } from '../../components/Velden';
import { ExportKnoppen } from '../../components/Export';
import { Badge, Dialoog, Fout, Laden, Leeg } from '../../components/ui';
import { graphql } from '../../gql';
import type { OnderdeelQuery } from '../../gql/graphql';
import { foutcode, foutveld } from '../../lib/fouten';
import { schrijftVoor, tekentVoor, useIk } from '../../lib/ik';
import { VERSIE_STATUS, datumTijd } from '../../lib/labels';
import { ExternOndertekend, ExternVastleggenFormulier } from './ExterneOndertekening';
import { Verschil } from './Verschil';

const VERSIES = graphql(`
  query Versies($onderdeelId: ID!) {
    versies(onderdeelId: $onderdeelId) {
      id
      nummer
      status
      addendum
      hash
      bevrorenDoor
      bevrorenOp
      afgerondOp
      overrideReden
      ondertekeningen {
        naam
        functie
        besluit
        reden
        tijd
        partij {
          id
          naam
        }
      }
      ontbrekend {
        id
        naam
      }
    }
  }
`);

const BEVRIES = graphql(`
  mutation Bevries($input: BevriesInput!) {
    bevriesOnderdeel(input: $input) {
      id
      nummer
      status
    }
  }
`);

const ONDERTEKEN = graphql(`
  mutation Onderteken($input: OndertekenInput!) {
    onderteken(input: $input) {
      id
      status
    }
  }
`);

const WEIGER = graphql(`
  mutation Weiger($input: WeigerOndertekeningInput!) {
    weigerOndertekening(input: $input) {
      id
      status
    }
  }
`);

const HERSTEL = graphql(`
  mutation HerstelVersie($input: IdInput!) {
    herstelVersie(input: $input)
  }
`);

const ADDENDUM = graphql(`
  mutation Addendum($input: AddendumInput!) {
    startAddendum(input: $input)
  }
`);

const VERGELIJK = graphql(`
  query Vergelijk($onderdeelId: ID!, $van: ID!, $naar: ID) {
    vergelijkVersies(onderdeelId: $onderdeelId, van: $van, naar: $naar) {
      van
      naar
      afspraken {
        afspraakId
        nummer
        titel
        wijziging
        velden
        verschil {
          soort
          tekst
        }
      }
    }
  }
`);

type Onderdeel = OnderdeelQuery['onderdeel'];

export function Versies({
  onderdeel,
  regie,
  live,
  iedereenAkkoord,
  onGewijzigd,
}: {
  onderdeel: Onderdeel;
  regie: boolean;
  live: number;
  iedereenAkkoord: boolean;
  onGewijzigd: () => void;
}) {
  const [{ data, fetching, error }, herlaad] = useQuery({
    query: VERSIES,
    variables: { onderdeelId: onderdeel.id },
  });
  useEffect(() => {
    if (live > 0) herlaad({ requestPolicy: 'network-only' });
  }, [live, herlaad]);
  const ik = useIk();
  const teken = tekentVoor(ik);
  const [dialoog, zetDialoog] = useState<
    null | 'bevries' | 'teken' | 'weiger' | 'addendum' | 'extern'
  >(null);
  const [versieId, zetVersieId] = useState('');
  const [herstel, herstelVersie] = useMutation(HERSTEL);
  const schrijf = schrijftVoor(ik);
  const magHerstellen =
    onderdeel.status === 'CONCEPT' && onderdeel.ondertekenaars.some((p) => schrijf.has(p.id));
  // What the last action did, said and focused once its dialog has closed: the button that
  // opened the dialog is gone by then (signed, frozen), and the focus must not fall to the page.
  const [bericht, zetBericht] = useState('');
  const berichtRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (bericht) berichtRef.current?.focus();
  }, [bericht]);
  const klaar = (wat: string) => {
    zetBericht(wat);
    zetDialoog(null);
    zetBesluitVoor(null);
    herlaad({ requestPolicy: 'network-only' });
    onGewijzigd();
  };

  const open = data?.versies.find((v) => v.status === 'TER_ONDERTEKENING');
  const mijnTekenPartij = open?.ontbrekend.find((p) => teken.has(p.id));
  // The partij a sign or refuse dialog was opened for, to say why it closed by itself.
  const [besluitVoor, zetBesluitVoor] = useState<{ id: string; naam: string } | null>(null);
  const [afgehandeld, zetAfgehandeld] = useState('');
  const besluitNogNodig =
    !!besluitVoor && open?.id === versieId && open.ontbrekend.some((p) => p.id === besluitVoor.id);
  useEffect(() => {
    // Signed or refused meanwhile (another window, a colleague) or no longer ter ondertekening.
    if (!besluitVoor || besluitNogNodig || !data) return;
    const besluit = data.versies
      .find((v) => v.id === versieId)
      ?.ondertekeningen.find((o) => o.partij.id === besluitVoor.id);
    zetAfgehandeld(
      besluit
        ? `${besluitVoor.naam} heeft deze versie inmiddels ${besluit.besluit === 'ONDERTEKEND' ? 'ondertekend' : 'geweigerd'} (${besluit.naam}); u hoeft niets meer te doen.`
        : 'Deze versie ligt niet meer ter ondertekening.',
    );
    zetBesluitVoor(null);
    zetDialoog((d) => (d === 'teken' || d === 'weiger' ? null : d));
  }, [besluitVoor, besluitNogNodig, data, versieId]);

  if (fetching && !data) return <Laden tekst="Versies laden…" />;
  if (!data) return <Fout fout={error} />;
  const versies = data.versies;
  // After an addendum signed in Driehoek, the paper signing is history, not the current state.
  const laatstOndertekendExtern =
    !!onderdeel.externeOndertekening &&
    versies.find((v) => v.status === 'ONDERTEKEND')?.id === onderdeel.externeOndertekening.versieId;

  return (
    <div className="versies">
      <div className="acties">
        {regie && onderdeel.status === 'CONCEPT' && (
          <button type="button" className="knop" onClick={() => zetDialoog('bevries')}>
            Ter ondertekening voorleggen
          </button>
        )}
        {regie && onderdeel.status === 'CONCEPT' && !onderdeel.externeOndertekening && (
          <button type="button" className="knop-secundair" onClick={() => zetDialoog('extern')}>
            Ondertekend buiten Driehoek vastleggen
          </button>
        )}
        {open && mijnTekenPartij && (
          <>
            <button
              type="button"
              className="knop"
              onClick={() => {
                zetVersieId(open.id);
                zetBesluitVoor(mijnTekenPartij);
                zetAfgehandeld('');
                zetDialoog('teken');
              }}
            >
              Ondertekenen namens {mijnTekenPartij.naam}
            </button>
            <button
              type="button"
              className="knop-gevaar"
              onClick={() => {
                zetVersieId(open.id);
                zetBesluitVoor(mijnTekenPartij);
                zetAfgehandeld('');
                zetDialoog('weiger');
              }}
            >
              Weigeren
            </button>
          </>
        )}
        {regie && onderdeel.status === 'ONDERTEKEND' && (
          <button type="button" className="knop-secundair" onClick={() => zetDialoog('addendum')}>
            Addendum starten
          </button>
        )}
      </div>
      {bericht && (
        <p className="gelukt" role="status" tabIndex={-1} ref={berichtRef}>
          {bericht}
        </p>
      )}
      {afgehandeld && (
        <p className="melding-info" role="status">
          {afgehandeld}
        </p>
      )}
      <Fout fout={herstel.error} />
      {onderdeel.status === 'ONDERTEKEND' && !laatstOndertekendExtern && (
        <p className="ondertekend-melding" role="status">
          Dit onderdeel is ondertekend door alle partijen.
        </p>
      )}
      <ExternOndertekend onderdeel={onderdeel} />
      {versies.length === 0 ? (
        <Leeg>Nog geen versies: het onderdeel is nooit ter ondertekening voorgelegd.</Leeg>
      ) : (
        <ol className="versie-lijst">
          {versies.map((v) => (
            <li key={v.id} className="versie" data-versie={v.nummer}>
              <h3>
                Versie {v.nummer} {v.addendum && '(addendum)'}{' '}
                <Badge soort={v.status}>{VERSIE_STATUS[v.status]}</Badge>
              </h3>
              <p className="klein">
                Bevroren door {v.bevrorenDoor}, {datumTijd(v.bevrorenOp)}
                {v.overrideReden && ` · ondanks ontbrekend akkoord: ${v.overrideReden}`}
              </p>
              <ExportKnoppen
                pad={`/export/onderdelen/${onderdeel.id}`}
                query={`?versie=${v.id}`}
                label={`Versie ${v.nummer}`}
                bestandsnaam={`${onderdeel.titel} - versie ${v.nummer}`}
              />
              <details className="klein hash">
                <summary>Vingerafdruk (technische details)</summary>
                De vingerafdruk van deze versie is de SHA-256-hash van haar vastgelegde inhoud:{' '}
                <code>{v.hash}</code>
              </details>
              {v.ondertekeningen.length > 0 && (
                <ul className="handtekeningen">
                  {v.ondertekeningen.map((o) => (
                    <li key={o.partij.id}>
                      {o.besluit === 'ONDERTEKEND' ? '✓' : '✗'} {o.partij.naam}: {o.naam},{' '}
                      {o.functie} ({datumTijd(o.tijd)}){o.reden && ` – ${o.reden}`}
                    </li>
                  ))}
                </ul>
              )}
              {magHerstellen && (
                <button
                  type="button"
                  className="knop-tekst"
                  disabled={herstel.fetching}
                  onClick={() => {
                    if (
                      window.confirm(
                        `De inhoud van versie ${v.nummer} wordt weer het concept. De geschiedenis blijft bewaard. Doorgaan?`,
                      )
                    )
                      void herstelVersie({ input: { id: v.id } }).then(
                        (a) => !a.error && klaar(`Versie ${v.nummer} is weer het concept.`),
                      );
                  }}
                >
                  Versie {v.nummer} herstellen als concept
                </button>
              )}
              {v.status === 'TER_ONDERTEKENING' && v.ontbrekend.length > 0 && (
                <p className="klein">
                  Nog te tekenen: {v.ontbrekend.map((p) => p.naam).join(', ')}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {versies.length > 0 && <Vergelijken onderdeelId={onderdeel.id} versies={versies} />}

      <Dialoog
        open={dialoog === 'bevries'}
        titel="Ter ondertekening voorleggen"
        onSluit={() => zetDialoog(null)}
      >
        <BevriesFormulier
          onderdeelId={onderdeel.id}
          iedereenAkkoord={iedereenAkkoord}
          onKlaar={() => klaar('Bevroren: de nieuwe versie ligt ter ondertekening.')}
        />
      </Dialoog>
      <Dialoog
        open={dialoog === 'teken'}
        titel={`Ondertekenen namens ${mijnTekenPartij?.naam ?? ''}`}
        onSluit={() => {
          zetDialoog(null);
          zetBesluitVoor(null);
        }}
      >
        <TekenFormulier
          versieId={versieId}
          hash={versies.find((v) => v.id === versieId)?.hash}
          partijId={mijnTekenPartij?.id}
          onKlaar={() => klaar('Uw handtekening is vastgelegd.')}
        />
      </Dialoog>
      <Dialoog
        open={dialoog === 'weiger'}
        titel="Ondertekening weigeren"
        onSluit={() => {
          zetDialoog(null);
          zetBesluitVoor(null);
        }}
      >
        <WeigerFormulier
          versieId={versieId}
          partijId={mijnTekenPartij?.id}
          onKlaar={() => klaar('Uw weigering is vastgelegd; het onderdeel is weer een concept.')}
        />
      </Dialoog>
      <Dialoog
        open={dialoog === 'extern'}
        titel="Ondertekend buiten Driehoek vastleggen"
        onSluit={() => zetDialoog(null)}
      >
        <ExternVastleggenFormulier
          onderdeel={onderdeel}
          onKlaar={() => klaar('De ondertekening buiten Driehoek is vastgelegd.')}
        />
      </Dialoog>
      <Dialoog
        open={dialoog === 'addendum'}
        titel="Addendum starten"
        onSluit={() => zetDialoog(null)}
      >
        <AddendumFormulier
          onderdeelId={onderdeel.id}
          onKlaar={() => klaar('Het addendum is gestart.')}
        />
      </Dialoog>
    </div>
  );
}

function BevriesFormulier({
  onderdeelId,
  iedereenAkkoord,
  onKlaar,
}: {
  onderdeelId: string;
  iedereenAkkoord: boolean;
  onKlaar: () => void;
}) {
  const [reden, zetReden] = useState('');
  const [vervallenReden, zetVervallenReden] = useState('');
  const [resultaat, bevries] = useMutation(BEVRIES);
  const nietAkkoord = !iedereenAkkoord || foutcode(resultaat.error) === 'NIET_IEDEREEN_AKKOORD';
  // The refusal asks for this reason: it stands under the reason's field.
  const bijReden = nietAkkoord && foutveld(resultaat.error) === 'input.overrideReden';
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    if (resultaat.fetching) return;
    const antwoord = await bevries({
      input: {
        onderdeelId,
        overrideReden: reden || undefined,
        vervallenReden: vervallenReden.trim() || undefined,
      },
    });
    if (!antwoord.error) onKlaar();
  };
  // After a refusal: the reason it asks for, or else the refusal itself (it names what is missing).
  useEffect(() => {
    if (resultaat.error)
      focusOp(document.getElementById('override') ?? document.getElementById('bevries-fout'));
  }, [resultaat.error]);
  return (
    <form onSubmit={(e) => void verstuur(e)}>
      <p>
        Het onderdeel wordt bevroren: niemand kan de tekst nog wijzigen. Er wordt een
        onveranderlijke versie vastgelegd die de ondertekenaars daarna ondertekenen.
      </p>
      {nietAkkoord && (
        <TekstVeld
          id="override"
          label="Niet iedereen is akkoord. Reden om toch voor te leggen"
          waarde={reden}
          onWijzig={zetReden}
          regels={2}
          aria-invalid={bijReden || undefined}
          aria-describedby="bevries-fout"
        >
          {bijReden && <Fout fout={resultaat.error} id="bevries-fout" />}
        </TekstVeld>
      )}
      <OpenBijBevriezen
        onderdeelId={onderdeelId}
        reden={vervallenReden}
        onReden={zetVervallenReden}
        foutId="bevries-fout"
      />
      <BevriesWaarschuwingen onderdeelId={onderdeelId} />
      {!bijReden && <Fout fout={resultaat.error} id="bevries-fout" />}
      <button type="submit" className="knop" aria-disabled={resultaat.fetching || undefined}>
        {resultaat.fetching ? 'Bezig met bevriezen…' : 'Bevriezen en voorleggen'}
      </button>
    </form>
  );
}

function TekenFormulier({
  versieId,
  hash,
  partijId,
  onKlaar,
}: {
  versieId: string;
  /** The version's content hash, shown as its "vingerafdruk" under technical details. */
  hash?: string;
  partijId?: string;
  onKlaar: () => void;
}) {
  const [functie, zetFunctie] = useState('');
  const [wachtwoord, zetWachtwoord] = useState('');
  const [resultaat, teken] = useMutation(ONDERTEKEN);
  const veld = foutveld(resultaat.error);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    if (resultaat.fetching) return;
    const antwoord = await teken({ input: { versieId, partijId, functie, wachtwoord } });
    if (!antwoord.error) onKlaar();
  };
  // A wrong password: back to the field, which the error describes.
  useEffect(() => {
    if (resultaat.error) (document.getElementById('teken-ww') as HTMLInputElement | null)?.select();
  }, [resultaat.error]);
  return (
    <form onSubmit={(e) => void verstuur(e)}>
      <p>
        Uw handtekening legt de vingerafdruk van deze versie vast: zo blijft na te gaan dat u
        precies deze tekst hebt ondertekend. Bevestig met uw wachtwoord.
      </p>
      {hash && (
        <details className="klein hash">
          <summary>Technische details</summary>
          De vingerafdruk is de SHA-256-hash van de vastgelegde inhoud van deze versie:{' '}
          <code>{hash}</code>
        </details>
      )}
      <TekstVeld
        id="functie"
        label="Uw functie"
        waarde={functie}
        onWijzig={zetFunctie}
        placeholder="bijv. wethouder Wonen"
        required
      />
      <TekstVeld
        id="teken-ww"
        label="Wachtwoord"
        waarde={wachtwoord}
        onWijzig={zetWachtwoord}
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={veld === 'input.wachtwoord' || undefined}
        aria-describedby="teken-fout"
      />
      <Fout fout={resultaat.error} id="teken-fout" />
      <button
        type="submit"
        className="knop"
        disabled={!functie || !wachtwoord}
        aria-disabled={resultaat.fetching || undefined}
      >
        {resultaat.fetching ? 'Bezig met ondertekenen…' : 'Ondertekenen'}
      </button>
    </form>
  );
}

function WeigerFormulier({
  versieId,
  partijId,
  onKlaar,
}: {
  versieId: string;
  partijId?: string;
  onKlaar: () => void;
}) {
  const [reden, zetReden] = useState('');
  const [resultaat, weiger] = useMutation(WEIGER);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void weiger({ input: { versieId, partijId, reden } }).then((a) => !a.error && onKlaar());
      }}
    >
      <p>Na een weigering wordt het onderdeel weer een concept.</p>
      <TekstVeld
        id="weiger-reden"
        label="Waarom tekent uw partij niet?"
        waarde={reden}
        onWijzig={zetReden}
        regels={3}
        required
      />
      <Fout fout={resultaat.error} />
      <button type="submit" className="knop-gevaar" disabled={resultaat.fetching || !reden}>
        Weigeren
      </button>
    </form>
  );
}

function AddendumFormulier({ onderdeelId, onKlaar }: { onderdeelId: string; onKlaar: () => void }) {
  const [reden, zetReden] = useState('');
  const [resultaat, start] = useMutation(ADDENDUM);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void start({ input: { onderdeelId, reden } }).then((a) => !a.error && onKlaar());
      }}
    >
      <TekstVeld
        id="add-reden"
        label="Waarom wordt het ondertekende onderdeel gewijzigd?"
        waarde={reden}
        onWijzig={zetReden}
        regels={3}
        required
      />
      <Fout fout={resultaat.error} />
      <button type="submit" className="knop" disabled={resultaat.fetching || !reden}>
        Addendum starten
      </button>
    </form>
  );
}

function Vergelijken({
  onderdeelId,
  versies,
}: {
  onderdeelId: string;
  versies: { id: string; nummer: number }[];
}) {
  const [van, zetVan] = useState(versies[versies.length - 1]!.id);
  const [naar, zetNaar] = useState('');
  const [{ data, fetching, error }] = useQuery({
    query: VERGELIJK,
    variables: { onderdeelId, van, naar: naar || null },
  });
  const gewijzigd =
    data?.vergelijkVersies.afspraken.filter((a) => a.wijziging !== 'ONGEWIJZIGD') ?? [];
  return (
    <section className="vergelijken" aria-labelledby="vergelijk-kop">
      <h3 id="vergelijk-kop">Versies vergelijken</h3>
      <div className="formulier-rij">
        <div className="veld">
          <label htmlFor="verg-van">Van</label>
          <select id="verg-van" value={van} onChange={(e) => zetVan(e.target.value)}>
            {versies.map((v) => (
              <option key={v.id} value={v.id}>
                Versie {v.nummer}
              </option>
            ))}
          </select>
        </div>
        <div className="veld">
          <label htmlFor="verg-naar">Naar</label>
          <select id="verg-naar" value={naar} onChange={(e) => zetNaar(e.target.value)}>
            <option value="">Huidig concept</option>
            {versies.map((v) => (
              <option key={v.id} value={v.id}>
                Versie {v.nummer}
              </option>
            ))}
          </select>
        </div>
        <ExportKnoppen
          pad={`/export/onderdelen/${onderdeelId}/redline`}
          query={`?van=${van}${naar ? `&naar=${naar}` : ''}`}
          label="Redline"
          bestandsnaam="redline"
        />
      </div>
      {fetching && !data && <Laden />}
      <Fout fout={error} />
      {data && gewijzigd.length === 0 && <Leeg>Geen verschillen.</Leeg>}
      {gewijzigd.map((a) => (
        <div key={a.afspraakId} className="verschil-afspraak">
          <h4>
            {a.nummer} {a.titel} <Badge soort={a.wijziging}>{a.wijziging.toLowerCase()}</Badge>
          </h4>
          {a.velden.length > 0 && <p className="klein">Gewijzigd: {a.velden.join(', ')}</p>}
          <Verschil delen={a.verschil} />
        </div>
      ))}
    </section>
  );
}
