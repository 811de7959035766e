import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Fout } from '../components/ui';
import { graphql } from '../gql';
import { datum } from '../lib/labels';
import { leesAlsBase64 } from '../lib/bestand';

const SJABLOON = graphql(`
  query Huisstijl($overeenkomstId: ID!) {
    exportSjabloon(overeenkomstId: $overeenkomstId) {
      naam
      eigen
      geuploadOp
      plaatshouders
    }
  }
`);

const UPLOAD = graphql(`
  mutation UploadHuisstijl($input: SjabloonInput!) {
    uploadExportSjabloon(input: $input) {
      naam
      eigen
      geuploadOp
      plaatshouders
    }
  }
`);

const VERWIJDER = graphql(`
  mutation VerwijderHuisstijl($overeenkomstId: ID!) {
    verwijderExportSjabloon(overeenkomstId: $overeenkomstId) {
      naam
      eigen
    }
  }
`);

/**
 * The Word template the exports use: the gemeente's own house style (uploaded by the regie) or
 * the standard one, with the placeholders it fills.
 */
export function Huisstijl({ overeenkomstId, regie }: { overeenkomstId: string; regie: boolean }) {
  const [{ data, error }, herlaad] = useQuery({
    query: SJABLOON,
    variables: { overeenkomstId },
  });
  const [bestand, zetBestand] = useState<File | null>(null);
  const [upload, stuur] = useMutation(UPLOAD);
  const [verwijdering, verwijder] = useMutation(VERWIJDER);
  const [gelukt, zetGelukt] = useState<string | null>(null);
  const s = data?.exportSjabloon;
  const klaar = (tekst: string) => {
    zetGelukt(tekst);
    herlaad({ requestPolicy: 'network-only' });
  };
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    if (!bestand) return;
    zetGelukt(null);
    const antwoord = await stuur({
      input: { overeenkomstId, naam: bestand.name, bestand: await leesAlsBase64(bestand) },
    });
    if (!antwoord.error) {
      zetBestand(null);
      klaar(`Sjabloon ${bestand.name} wordt nu gebruikt voor de exports.`);
    }
  };
  return (
    <div className="huisstijl">
      <h3>Huisstijl van de export</h3>
      <Fout fout={error} />
      {s && (
        <p>
          {s.eigen ? (
            <>
              Eigen sjabloon <strong>{s.naam}</strong>
              {s.geuploadOp && <>, geüpload op {datum(s.geuploadOp)}</>}
            </>
          ) : (
            'De standaardhuisstijl van Driehoek.'
          )}
        </p>
      )}
      {s && s.plaatshouders.length > 0 && (
        <details>
          <summary>Plaatshouders in het sjabloon ({s.plaatshouders.length})</summary>
          <ul className="klein">
            {s.plaatshouders.map((p) => (
              <li key={p}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {regie && (
        <form aria-label="Eigen Word-sjabloon uploaden" onSubmit={(e) => void verstuur(e)}>
          <div className="veld">
            <label htmlFor="sjabloon-bestand">Eigen Word-sjabloon (.docx, hoogstens 5 MB)</label>
            <input
              id="sjabloon-bestand"
              type="file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(e) => zetBestand(e.target.files?.[0] ?? null)}
            />
          </div>
          <Fout fout={upload.error ?? verwijdering.error} />
          <div className="formulier-rij">
            <button type="submit" className="knop-secundair" disabled={!bestand || upload.fetching}>
              Sjabloon uploaden
            </button>
            {s?.eigen && (
              <button
                type="button"
                className="knop-tekst"
                disabled={verwijdering.fetching}
                onClick={() =>
                  void verwijder({ overeenkomstId }).then(
                    (a) => !a.error && klaar('De standaardhuisstijl wordt weer gebruikt.'),
                  )
                }
              >
                Terug naar de standaardhuisstijl
              </button>
            )}
          </div>
        </form>
      )}
      {gelukt && (
        <p className="gelukt" role="status">
          {gelukt}
        </p>
      )}
    </div>
  );
}
