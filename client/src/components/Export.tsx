import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';

const TICKET = graphql(`
  mutation ExportTicket($input: ExportTicketInput!) {
    exportTicket(input: $input) {
      url
    }
  }
`);

interface Props {
  /** Path of the export, e.g. /export/overeenkomsten/<id>.docx */
  pad: string;
  label: string;
  bestandsnaam: string;
}

/**
 * Downloads an export, showing how far it is. The download itself carries a one-time ticket for
 * that one address, asked for just before; the access token never goes into a URL.
 */
export function ExportKnop({ pad, label, bestandsnaam }: Props) {
  const [voortgang, zetVoortgang] = useState<number | null>(null);
  const [bezig, zetBezig] = useState(false);
  const [fout, zetFout] = useState<string | null>(null);
  const [, vraagTicket] = useMutation(TICKET);

  const download = async () => {
    zetBezig(true);
    zetFout(null);
    zetVoortgang(null);
    try {
      const ticket = await vraagTicket({ input: { pad } });
      if (ticket.error || !ticket.data) {
        throw new Error(
          ticket.error?.networkError
            ? 'Geen verbinding met de server.'
            : (ticket.error?.graphQLErrors[0]?.message ?? 'De export is mislukt.'),
        );
      }
      const antwoord = await fetch(ticket.data.exportTicket.url);
      if (!antwoord.ok) {
        const json = (await antwoord.json().catch(() => null)) as { message?: string } | null;
        throw new Error(json?.message ?? `De export is mislukt (${antwoord.status}).`);
      }
      const totaal = Number(antwoord.headers.get('content-length') ?? 0);
      const delen: Uint8Array[] = [];
      let ontvangen = 0;
      const lezer = antwoord.body?.getReader();
      if (lezer) {
        for (;;) {
          const { done, value } = await lezer.read();
          if (done) break;
          delen.push(value);
          ontvangen += value.length;
          if (totaal) zetVoortgang(Math.round((ontvangen / totaal) * 100));
        }
      }
      const blob = new Blob(delen as BlobPart[], {
        type: antwoord.headers.get('content-type') ?? 'application/octet-stream',
      });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = bestandsnaam;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      zetFout(e instanceof TypeError ? 'Geen verbinding met de server.' : (e as Error).message);
    } finally {
      zetBezig(false);
    }
  };

  return (
    <div className="export">
      <button
        type="button"
        className="knop-secundair"
        onClick={() => void download()}
        disabled={bezig}
        aria-busy={bezig}
      >
        {bezig ? `${label}: bezig…` : label}
      </button>
      {bezig && (
        <progress
          max={100}
          value={voortgang ?? undefined}
          aria-label={`Voortgang ${label}`}
          className="voortgang"
        />
      )}
      {fout && (
        <span className="fout" role="alert">
          {fout}
        </span>
      )}
    </div>
  );
}

/**
 * The Word document and its PDF/A (made on the server by LibreOffice, so it takes a few seconds
 * longer) side by side. `pad` is the export's path without extension, `query` what follows it.
 */
export function ExportKnoppen({
  pad,
  query = '',
  label,
  bestandsnaam,
}: {
  pad: string;
  query?: string;
  label: string;
  bestandsnaam: string;
}) {
  return (
    <div className="export-knoppen">
      <ExportKnop
        pad={`${pad}.docx${query}`}
        label={`${label} (Word)`}
        bestandsnaam={`${bestandsnaam}.docx`}
      />
      <ExportKnop
        pad={`${pad}.pdf${query}`}
        label={`${label} (PDF/A)`}
        bestandsnaam={`${bestandsnaam}.pdf`}
      />
    </div>
  );
}

/**
 * The draft of an onderdeel with every open suggestion as a tracked change in Word, under the
 * name of the partij that made it, so a partij can read them through in Word.
 */
export function SuggestiesExportKnop({
  onderdeelId,
  titel,
  wat,
}: {
  onderdeelId: string;
  titel: string;
  /** What the onderdeel is to the reader: "hoofddocument", "bijlage". */
  wat: string;
}) {
  return (
    <ExportKnop
      pad={`/export/onderdelen/${onderdeelId}/suggesties.docx`}
      label={`Exporteer ${wat} met suggesties (Word)`}
      bestandsnaam={`${titel} - suggesties.docx`}
    />
  );
}
