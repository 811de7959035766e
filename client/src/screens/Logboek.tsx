import { useState } from 'react';
import { useQuery } from 'urql';
import { Fout, Laden, Leeg } from '../components/ui';
import { graphql } from '../gql';
import { datum } from '../lib/labels';

const LOGBOEK = graphql(`
  query Logboek($overeenkomstId: ID!, $take: Int, $skip: Int) {
    auditTrail(overeenkomstId: $overeenkomstId, take: $take, skip: $skip) {
      total
      items {
        volgnummer
        tijd
        gebruikerNaam
        partijNaam
        actie
        onderwerpSoort
        hash
        vorigeHash
      }
    }
  }
`);

const CONTROLEER = graphql(`
  query ControleerLogboek($overeenkomstId: ID!) {
    verifyAuditTrail(overeenkomstId: $overeenkomstId) {
      geldig
      aantalRegels
      aantalVersies
      eersteFout {
        volgnummer
        versieId
        reden
      }
    }
  }
`);

/** Each step of the audit trail in words. */
const ACTIE: Record<string, string> = {
  DEELNEMER_TOEGEVOEGD: 'Partij toegevoegd',
  DEELNEMER_GEWIJZIGD: 'Partij gewijzigd',
  DEELNEMER_VERWIJDERD: 'Partij verwijderd',
  ONDERTEKENAARS_GEWIJZIGD: 'Ondertekenaars gewijzigd',
  STANDPUNT: 'Standpunt ingenomen',
  OPMERKING: 'Opmerking geplaatst',
  OPMERKING_OPGELOST: 'Opmerking opgelost',
  OPMERKING_HEROPEND: 'Opmerking heropend',
  VOORSTEL_INGEDIEND: 'Wijzigingsvoorstel ingediend',
  VOORSTEL_AANVAARD: 'Wijzigingsvoorstel aanvaard',
  VOORSTEL_VERWORPEN: 'Wijzigingsvoorstel verworpen',
  VOORSTEL_INGETROKKEN: 'Wijzigingsvoorstel ingetrokken',
  VOORSTEL_DOORGEVOERD: 'Wijzigingsvoorstel doorgevoerd',
  VOORSTEL_VERVALLEN: 'Wijzigingsvoorstel vervallen',
  FASE_GEWIJZIGD: 'Fase gewijzigd',
  SUGGESTIE_GEDAAN: 'Suggestie gedaan',
  SUGGESTIE_AANVAARD: 'Suggestie aanvaard',
  SUGGESTIE_DOORGEVOERD: 'Suggestie doorgevoerd',
  SUGGESTIE_VERWORPEN: 'Suggestie verworpen',
  SUGGESTIE_INGETROKKEN: 'Suggestie ingetrokken',
  SUGGESTIE_VERVALLEN: 'Suggestie vervallen',
  BEVROREN: 'Bevroren voor ondertekening',
  ONDERTEKEND: 'Ondertekend',
  ONDERTEKENING_GEWEIGERD: 'Ondertekening geweigerd',
  VOLLEDIG_ONDERTEKEND: 'Volledig ondertekend',
  ADDENDUM_GESTART: 'Addendum gestart',
  VERSIE_HERSTELD: 'Versie hersteld',
  BEVRIEZING_HERSTELD: 'Onderbroken bevriezing hersteld',
  JAARSCHIJF_STATUS: 'Jaarschijf een stap verder',
  KALENDER_GEWIJZIGD: 'Kalender gewijzigd',
  VERANTWOORDING: 'Verantwoording ingediend',
  EVALUATIE: 'Afspraak geëvalueerd',
  EVALUATIE_BEVESTIGD: 'Evaluatie bevestigd',
  EVALUATIE_GESLOTEN: 'Evaluatie afgesloten',
  BOD_INGEDIEND: 'Bod ingediend',
  AFSPRAAK_TOEGEVOEGD: 'Afspraak toegevoegd',
  AFSPRAAK_GEWIJZIGD: 'Afspraak gewijzigd',
  AFSPRAAK_VERWIJDERD: 'Afspraak verwijderd',
  INDICATOR_TOEGEVOEGD: 'Indicator toegevoegd',
  INDICATOR_GEWIJZIGD: 'Indicator gewijzigd',
  INDICATOR_VERWIJDERD: 'Indicator verwijderd',
  STREEFWAARDE_TOEGEVOEGD: 'Streefwaarde toegevoegd',
  STREEFWAARDE_GEWIJZIGD: 'Streefwaarde gewijzigd',
  STREEFWAARDE_VERWIJDERD: 'Streefwaarde verwijderd',
  EXTERN_ONDERTEKEND: 'Buiten Driehoek ondertekend vastgelegd',
  DOCUMENT_GEUPLOAD: 'Document geüpload',
  PARTIJ_LOGO_GEWIJZIGD: 'Logo van een partij gewijzigd',
};

const PER_PAGINA = 50;

/**
 * The audit trail of an overeenkomst: who did what when, newest page first, and a check that
 * recomputes the hash chain and every signed version's hash on the server.
 */
export function LogboekTab({ overeenkomstId }: { overeenkomstId: string }) {
  const [pagina, zetPagina] = useState<number | null>(null);
  const [eerste] = useQuery({
    query: LOGBOEK,
    variables: { overeenkomstId, take: 1, skip: 0 },
  });
  const totaal = eerste.data?.auditTrail.total ?? 0;
  const paginas = Math.max(1, Math.ceil(totaal / PER_PAGINA));
  // Without a choice, the newest page: what happened last is what people look for.
  const huidig = pagina ?? paginas - 1;
  const [{ data, fetching, error }] = useQuery({
    query: LOGBOEK,
    variables: { overeenkomstId, take: PER_PAGINA, skip: huidig * PER_PAGINA },
    pause: !eerste.data,
  });
  const [controle, zetControle] = useState(false);
  const [verificatie, controleer] = useQuery({
    query: CONTROLEER,
    variables: { overeenkomstId },
    pause: !controle,
    requestPolicy: 'network-only',
  });
  const v = verificatie.data?.verifyAuditTrail;
  const regels = [...(data?.auditTrail.items ?? [])].reverse();

  return (
    <section aria-labelledby="logboek-kop">
      <h2 id="logboek-kop">Logboek</h2>
      <p>
        Elke stap in de onderhandeling, ondertekening en jaarcyclus staat hier, met wie hem zette en
        namens welke partij. Elke regel draagt een vingerafdruk van de vorige, zodat achteraf niets
        ongemerkt kan worden gewijzigd.
      </p>
      <div className="formulier-rij">
        <button
          type="button"
          className="knop"
          disabled={verificatie.fetching}
          onClick={() =>
            controle ? controleer({ requestPolicy: 'network-only' }) : zetControle(true)
          }
        >
          Controleer
        </button>
      </div>
      <div aria-live="polite">
        {verificatie.fetching && <Laden tekst="Logboek controleren…" />}
        <Fout fout={verificatie.error} />
        {v && !verificatie.fetching && (
          <p className={v.geldig ? 'gelukt' : 'melding-waarschuwing'} role="status">
            {v.geldig
              ? `✓ Het logboek klopt: ${v.aantalRegels === 1 ? '1 regel' : `${v.aantalRegels} regels`} en ${v.aantalVersies === 1 ? '1 ondertekende versie' : `${v.aantalVersies} versies`} nagerekend.`
              : `✗ Het logboek klopt niet${v.eersteFout?.volgnummer != null ? ` vanaf regel ${v.eersteFout.volgnummer}` : ''}: ${v.eersteFout?.reden ?? 'onbekende reden'}.`}
          </p>
        )}
      </div>
      {(eerste.fetching || fetching) && !data && <Laden tekst="Logboek laden…" />}
      <Fout fout={eerste.error ?? error} />
      {eerste.data && totaal === 0 && <Leeg>Nog niets vastgelegd.</Leeg>}
      {regels.length > 0 && (
        <>
          <table className="logboek">
            <caption className="sr-only">
              Logboek, regels {huidig * PER_PAGINA + 1} tot en met{' '}
              {Math.min(totaal, (huidig + 1) * PER_PAGINA)} van {totaal}, nieuwste eerst
            </caption>
            <thead>
              <tr>
                <th scope="col">Nr.</th>
                <th scope="col">Wanneer</th>
                <th scope="col">Wie</th>
                <th scope="col">Wat</th>
                <th scope="col">Vingerafdruk</th>
              </tr>
            </thead>
            <tbody>
              {regels.map((r) => (
                <tr key={r.volgnummer}>
                  <td>{r.volgnummer}</td>
                  <td>{datum(r.tijd)}</td>
                  <td>
                    {r.gebruikerNaam}
                    {r.partijNaam && <span className="klein"> namens {r.partijNaam}</span>}
                  </td>
                  <th scope="row">{ACTIE[r.actie] ?? r.actie}</th>
                  <td>
                    <details>
                      <summary>
                        <code>{r.hash.slice(0, 10)}…</code>
                        <span className="sr-only"> vingerafdruk van regel {r.volgnummer}</span>
                      </summary>
                      <p className="klein breek">
                        Deze regel: <code>{r.hash}</code>
                        <br />
                        Vorige regel: <code>{r.vorigeHash ?? '(eerste regel)'}</code>
                      </p>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {paginas > 1 && (
            <nav aria-label="Pagina’s van het logboek" className="formulier-rij">
              <button
                type="button"
                className="knop-tekst"
                disabled={huidig >= paginas - 1}
                onClick={() => zetPagina(huidig + 1)}
              >
                Nieuwere
              </button>
              <span>
                Pagina {paginas - huidig} van {paginas}
              </span>
              <button
                type="button"
                className="knop-tekst"
                disabled={huidig <= 0}
                onClick={() => zetPagina(huidig - 1)}
              >
                Oudere
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
