import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { KeuzeVeld, TekstVeld } from '../components/Velden';
import { Fout, Laden, Leeg } from '../components/ui';
import { graphql } from '../gql';
import type { DeelnemerRol, LidRol, PartijSoort } from '../gql/graphql';
import { beheertVoor, useIk } from '../lib/ik';
import { DEELNEMER_ROL, LID_ROL, PARTIJ_SOORT, datum } from '../lib/labels';
import { usePaginaTitel } from '../lib/paginatitel';
import { PartijGegevens } from './PartijGegevens';
import { PartijLogo } from './PartijLogo';

const LEDEN = graphql(`
  query Leden($partijId: ID!) {
    leden(partijId: $partijId) {
      id
      naam
      email
      rollen
    }
  }
`);

const WIJZIG = graphql(`
  mutation WijzigLid($input: WijzigLidInput!) {
    wijzigLid(input: $input) {
      id
      rollen
    }
  }
`);

const VERWIJDER = graphql(`
  mutation VerwijderLid($input: IdInput!) {
    verwijderLid(input: $input)
  }
`);

const NODIG_UIT = graphql(`
  mutation NodigLidUit($input: NodigLidUitInput!) {
    nodigLidUit(input: $input) {
      link
      uitnodiging {
        id
        email
        verlooptOp
      }
    }
  }
`);

const UITNODIGINGEN = graphql(`
  query Uitnodigingen($overeenkomstId: ID!) {
    uitnodigingen(overeenkomstId: $overeenkomstId) {
      id
      email
      soort
      rollen
      deelnemerRol
      verlooptOp
      partij {
        id
        naam
      }
    }
  }
`);

const NODIG_PARTIJ_UIT = graphql(`
  mutation NodigPartijUit($input: NodigPartijUitInput!) {
    nodigPartijUit(input: $input) {
      link
      uitnodiging {
        id
        email
        verlooptOp
      }
    }
  }
`);

const ROLLEN: LidRol[] = ['LEZER', 'OPSTELLER', 'ONDERTEKENAAR', 'BEHEERDER'];

export function LedenPagina() {
  usePaginaTitel('Leden beheren');
  const ik = useIk();
  const partijen = beheertVoor(ik);
  return (
    <div className="pagina">
      <h1>Leden beheren</h1>
      {partijen.length === 0 && <Leeg>U beheert geen partij.</Leeg>}
      {partijen.map((l) => (
        <PartijLeden key={l.partij.id} partijId={l.partij.id} naam={l.partij.naam} ikId={ik.id} />
      ))}
    </div>
  );
}

function PartijLeden({ partijId, naam, ikId }: { partijId: string; naam: string; ikId: string }) {
  const [{ data, fetching, error }, opnieuw] = useQuery({ query: LEDEN, variables: { partijId } });
  const [wijzigResultaat, wijzig] = useMutation(WIJZIG);
  const [verwijderResultaat, verwijder] = useMutation(VERWIJDER);
  const [uitnodiging, nodigUit] = useMutation(NODIG_UIT);
  const [email, zetEmail] = useState('');
  const [rollen, zetRollen] = useState<LidRol[]>(['OPSTELLER']);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const antwoord = await nodigUit({ input: { partijId, email: email.trim(), rollen } });
    if (!antwoord.error) zetEmail('');
  };

  return (
    <section className="leden" aria-labelledby={`leden-${partijId}`}>
      <h2 id={`leden-${partijId}`}>{naam}</h2>
      {fetching && !data && <Laden tekst="Leden laden…" />}
      <Fout fout={error ?? wijzigResultaat.error ?? verwijderResultaat.error} />
      {data && (
        <table>
          <caption className="sr-only">Leden van {naam}</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">E-mail</th>
              {ROLLEN.map((r) => (
                <th scope="col" key={r}>
                  {LID_ROL[r]}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Acties</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.leden.map((lid) => (
              <tr key={lid.id}>
                <th scope="row">{lid.naam}</th>
                <td>{lid.email}</td>
                {ROLLEN.map((r) => (
                  <td key={r}>
                    <input
                      type="checkbox"
                      aria-label={`${LID_ROL[r]}: ${lid.naam}`}
                      checked={lid.rollen.includes(r)}
                      onChange={(e) => {
                        const nieuw = e.target.checked
                          ? [...lid.rollen, r]
                          : lid.rollen.filter((x) => x !== r);
                        void wijzig({ input: { id: lid.id, rollen: nieuw } });
                      }}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="knop-gevaar"
                    disabled={lid.id === ikId}
                    onClick={() => {
                      if (
                        window.confirm(
                          `${lid.naam} verwijderen als lid van ${naam}? De toegang vervalt direct.`,
                        )
                      )
                        void verwijder({ input: { id: lid.id } }).then(() =>
                          opnieuw({ requestPolicy: 'network-only' }),
                        );
                    }}
                  >
                    Verwijderen<span className="sr-only"> {lid.naam}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="partij-gegevens">
        <PartijGegevens partijId={partijId} naam={naam} />
        <PartijLogo partijId={partijId} naam={naam} />
      </div>
      <h3>Iemand uitnodigen</h3>
      <form className="formulier-rij" onSubmit={(e) => void verstuur(e)}>
        <TekstVeld
          id={`uit-email-${partijId}`}
          label="E-mailadres"
          waarde={email}
          onWijzig={zetEmail}
          className="veld veld-breed"
          type="email"
          required
        />
        <fieldset className="rollen">
          <legend>Rollen</legend>
          {ROLLEN.map((r) => (
            <label key={r} className="keuze">
              <input
                type="checkbox"
                checked={rollen.includes(r)}
                onChange={(e) =>
                  zetRollen(e.target.checked ? [...rollen, r] : rollen.filter((x) => x !== r))
                }
              />{' '}
              {LID_ROL[r]}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="knop" disabled={uitnodiging.fetching || !email}>
          Uitnodigen
        </button>
      </form>
      <Fout fout={uitnodiging.error} />
      {uitnodiging.data && (
        <p className="gelukt" role="status">
          Uitnodiging voor {uitnodiging.data.nodigLidUit.uitnodiging.email} aangemaakt, geldig tot{' '}
          {datum(uitnodiging.data.nodigLidUit.uitnodiging.verlooptOp)}. Stuur deze link:{' '}
          <code>{`${location.origin}${uitnodiging.data.nodigLidUit.link}`}</code>
        </p>
      )}
    </section>
  );
}

export function UitnodigingenTab({ overeenkomstId }: { overeenkomstId: string }) {
  const [{ data, fetching, error }, herlaad] = useQuery({
    query: UITNODIGINGEN,
    variables: { overeenkomstId },
  });
  const [uitnodiging, nodigUit] = useMutation(NODIG_PARTIJ_UIT);
  const [email, zetEmail] = useState('');
  const [naam, zetNaam] = useState('');
  const [soort, zetSoort] = useState<PartijSoort>('ZORGAANBIEDER');
  const [rol, zetRol] = useState<DeelnemerRol>('WAARNEMER');
  if (fetching && !data) return <Laden />;
  if (!data) return <Fout fout={error} />;
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const antwoord = await nodigUit({
      input: { overeenkomstId, email: email.trim(), rol, nieuwePartij: { naam, soort } },
    });
    if (!antwoord.error) {
      zetEmail('');
      zetNaam('');
      herlaad({ requestPolicy: 'network-only' });
    }
  };
  return (
    <section aria-labelledby="uitn-kop">
      <h2>Een nieuwe partij uitnodigen</h2>
      <form className="formulier-rij" onSubmit={(e) => void verstuur(e)}>
        <TekstVeld
          id="np-naam"
          label="Naam van de organisatie"
          waarde={naam}
          onWijzig={zetNaam}
          className="veld veld-breed"
          required
        />
        <KeuzeVeld
          id="np-soort"
          label="Soort"
          waarde={soort}
          onKies={(w) => zetSoort(w as PartijSoort)}
          opties={PARTIJ_SOORT}
        />
        <KeuzeVeld
          id="np-rol"
          label="Rol in de overeenkomst"
          waarde={rol}
          onKies={(w) => zetRol(w as DeelnemerRol)}
          opties={DEELNEMER_ROL}
        />
        <TekstVeld
          id="np-email"
          label="E-mailadres van de eerste beheerder"
          waarde={email}
          onWijzig={zetEmail}
          className="veld veld-breed"
          type="email"
          required
        />
        <button type="submit" className="knop" disabled={uitnodiging.fetching || !email || !naam}>
          Uitnodigen
        </button>
      </form>
      <Fout fout={uitnodiging.error} />
      {uitnodiging.data && (
        <p className="gelukt" role="status">
          Uitnodiging aangemaakt. Stuur deze link:{' '}
          <code>{`${location.origin}${uitnodiging.data.nodigPartijUit.link}`}</code>
        </p>
      )}
      <h2 id="uitn-kop">Openstaande uitnodigingen</h2>
      {data.uitnodigingen.length === 0 ? (
        <Leeg>Er staan geen uitnodigingen open.</Leeg>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">E-mail</th>
              <th scope="col">Partij</th>
              <th scope="col">Soort</th>
              <th scope="col">Verloopt</th>
            </tr>
          </thead>
          <tbody>
            {data.uitnodigingen.map((u) => (
              <tr key={u.id}>
                <td>{u.email}</td>
                <td>{u.partij.naam}</td>
                <td>
                  {u.soort === 'DEELNAME'
                    ? `Deelname als ${DEELNEMER_ROL[u.deelnemerRol ?? ''] ?? ''}`
                    : `Lid (${u.rollen.map((r) => LID_ROL[r]).join(', ')})`}
                </td>
                <td>{datum(u.verlooptOp)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
