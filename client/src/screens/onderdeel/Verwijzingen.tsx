import { useState } from 'react';
import { useMutation } from 'urql';
import { ExportKnop } from '../../components/Export';
import { KeuzeOpties } from '../../components/Velden';
import { Fout } from '../../components/ui';
import { graphql } from '../../gql';
import type { InstrumentSoort, VerwijzingInput } from '../../gql/graphql';
import { leesAlsBase64 } from '../../lib/bestand';
import { INSTRUMENT_LABEL } from '@gedeeld/normen';
import type { Afspraak } from './AfspraakPaneel';

/** A reference as the form holds it; soort "" means: to another afspraak. */
export interface VerwijzingRij {
  soort: InstrumentSoort | '';
  titel: string;
  artikel: string;
  url: string;
  afspraakId: string;
  toelichting: string;
  /** An uploaded document of the overeenkomst, "" for none. */
  documentId: string;
}

/** A document uploaded to the overeenkomst, as a verwijzing can point at it. */
export interface Document {
  id: string;
  bestandsnaam: string;
  grootte: number;
  downloadUrl: string;
}

const UPLOAD = graphql(`
  mutation UploadDocument($input: UploadDocumentInput!) {
    uploadDocument(input: $input) {
      id
    }
  }
`);

export const verwijzingRijen = (a: Afspraak): VerwijzingRij[] =>
  a.verwijzingen.map((v) => ({
    soort: v.soort ?? '',
    titel: v.titel ?? '',
    artikel: v.artikel ?? '',
    url: v.url ?? '',
    afspraakId: v.afspraakId ?? '',
    toelichting: v.toelichting ?? '',
    documentId: v.documentId ?? '',
  }));

const ofNull = (tekst: string) => tekst.trim() || null;

export function verwijzingInput(r: VerwijzingRij): VerwijzingInput {
  const toelichting = ofNull(r.toelichting);
  if (r.soort === '') return { afspraakId: r.afspraakId || null, toelichting };
  return {
    soort: r.soort,
    titel: ofNull(r.titel),
    artikel: ofNull(r.artikel),
    url: ofNull(r.url),
    documentId: r.documentId || null,
    toelichting,
  };
}

const LEEG: VerwijzingRij = {
  soort: 'WOONZORGVISIE',
  titel: '',
  artikel: '',
  url: '',
  afspraakId: '',
  toelichting: '',
  documentId: '',
};

/** "woonzorgvisie-2026.pdf (120 kB)" */
const documentLabel = (d: Document) => `${d.bestandsnaam} (${Math.ceil(d.grootte / 1024)} kB)`;

/**
 * Beside the web address: a document of the overeenkomst, or a new one uploaded here (PDF, DOCX
 * or ODT), which the verwijzing then points at; the chosen one can be downloaded.
 */
function DocumentKeuze({
  nummer,
  overeenkomstId,
  documenten,
  documentId,
  onKies,
  onGeupload,
}: {
  nummer: number;
  overeenkomstId: string;
  documenten: Document[];
  documentId: string;
  onKies: (documentId: string) => void;
  onGeupload: () => void;
}) {
  const [resultaat, upload] = useMutation(UPLOAD);
  const [leesfout, zetLeesfout] = useState<string | null>(null);
  const gekozen = documenten.find((d) => d.id === documentId);
  const kiesBestand = async (bestand: File | undefined) => {
    zetLeesfout(null);
    if (!bestand) return;
    let inhoud: string;
    try {
      inhoud = await leesAlsBase64(bestand);
    } catch (fout) {
      zetLeesfout((fout as Error).message);
      return;
    }
    const antwoord = await upload({
      input: { overeenkomstId, bestandsnaam: bestand.name, inhoud },
    });
    if (antwoord.data) {
      onKies(antwoord.data.uploadDocument.id);
      onGeupload();
    }
  };
  return (
    <span className="document-keuze">
      <select
        aria-label={`Document van verwijzing ${nummer}`}
        value={documentId}
        onChange={(e) => onKies(e.target.value)}
      >
        <KeuzeOpties
          leeg="Geen document"
          opties={documenten.map((d) => ({ waarde: d.id, label: documentLabel(d) }))}
        />
      </select>
      <label className="klein">
        of upload een document{' '}
        <input
          type="file"
          aria-label={`Document uploaden voor verwijzing ${nummer}`}
          accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
          disabled={resultaat.fetching}
          onChange={(e) => void kiesBestand(e.target.files?.[0])}
        />
      </label>
      {gekozen && (
        <ExportKnop
          pad={gekozen.downloadUrl}
          label={`${gekozen.bestandsnaam} downloaden`}
          bestandsnaam={gekozen.bestandsnaam}
        />
      )}
      {leesfout && <span className="fout">{leesfout}</span>}
      <Fout fout={resultaat.error} />
    </span>
  );
}

/**
 * References to another instrument (woonzorgvisie, huisvestingsverordening, woondeal …) with
 * title, article and web address or an uploaded document, or to another afspraak of this
 * overeenkomst.
 */
export function VerwijzingenVeld({
  verwijzingen,
  onWijzig,
  afspraken,
  overeenkomstId,
  documenten,
  onGeupload,
}: {
  verwijzingen: VerwijzingRij[];
  onWijzig: (verwijzingen: VerwijzingRij[]) => void;
  afspraken: { id: string; nummer: string; titel: string }[];
  overeenkomstId: string;
  documenten: Document[];
  /** A document was uploaded: the list of the overeenkomst's documents is read again. */
  onGeupload: () => void;
}) {
  const zet = (i: number, w: Partial<VerwijzingRij>) =>
    onWijzig(verwijzingen.map((v, j) => (j === i ? { ...v, ...w } : v)));
  return (
    <fieldset className="rijen">
      <legend>Verwijzingen</legend>
      {verwijzingen.map((v, i) => (
        <div key={i} className="rij">
          <select
            aria-label={`Soort verwijzing ${i + 1}`}
            value={v.soort}
            onChange={(e) => zet(i, { soort: e.target.value as InstrumentSoort | '' })}
          >
            <KeuzeOpties opties={INSTRUMENT_LABEL} leeg="Andere afspraak" />
          </select>
          {v.soort === '' ? (
            <select
              aria-label={`Afspraak van verwijzing ${i + 1}`}
              value={v.afspraakId}
              onChange={(e) => zet(i, { afspraakId: e.target.value })}
            >
              <KeuzeOpties
                leeg="Kies een afspraak"
                opties={afspraken.map((a) => ({ waarde: a.id, label: `${a.nummer} ${a.titel}` }))}
              />
            </select>
          ) : (
            <>
              <input
                aria-label={`Titel van verwijzing ${i + 1}`}
                placeholder="Titel"
                value={v.titel}
                onChange={(e) => zet(i, { titel: e.target.value })}
              />
              <input
                aria-label={`Artikel van verwijzing ${i + 1}`}
                placeholder="Artikel"
                className="smal"
                value={v.artikel}
                onChange={(e) => zet(i, { artikel: e.target.value })}
              />
              <input
                aria-label={`Webadres van verwijzing ${i + 1}`}
                placeholder="https://…"
                type="url"
                value={v.url}
                onChange={(e) => zet(i, { url: e.target.value })}
              />
              <DocumentKeuze
                nummer={i + 1}
                overeenkomstId={overeenkomstId}
                documenten={documenten}
                documentId={v.documentId}
                onKies={(documentId) => zet(i, { documentId })}
                onGeupload={onGeupload}
              />
            </>
          )}
          <input
            aria-label={`Toelichting bij verwijzing ${i + 1}`}
            placeholder="Toelichting"
            value={v.toelichting}
            onChange={(e) => zet(i, { toelichting: e.target.value })}
          />
          <button
            type="button"
            className="knop-tekst"
            aria-label={`Verwijzing ${i + 1} verwijderen`}
            onClick={() => onWijzig(verwijzingen.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="knop-secundair"
        onClick={() => onWijzig([...verwijzingen, LEEG])}
      >
        Verwijzing toevoegen
      </button>
    </fieldset>
  );
}
