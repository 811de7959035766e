import { useQuery } from 'urql';
import { TekstVeld } from '../../components/Velden';
import { graphql } from '../../gql';

const OPEN_STUKKEN = graphql(`
  query OpenBijBevriezen($id: ID!) {
    onderdeel(id: $id) {
      id
      afspraken {
        id
        nummer
        titel
      }
      suggesties(status: OPEN) {
        id
        afspraakId
        ingevoegd
        geschrapt
        auteur
        partij {
          id
          naam
        }
      }
    }
    wijzigingsvoorstellen(onderdeelId: $id, status: OPEN) {
      id
      afspraakId
      soort
      motivering
      indiener {
        id
        naam
      }
    }
  }
`);

const kort = (tekst: string) => {
  const regel = tekst.replace(/\s+/g, ' ').trim();
  return regel.length > 60 ? `${regel.slice(0, 57)}…` : regel;
};

/**
 * What is still open when the regie freezes: every pending suggestion and wijzigingsvoorstel,
 * named before the regie presses the button. Freezing with anything open needs a reason; the
 * open items then lapse (vervallen), visible to everyone, instead of surviving into the signed
 * version.
 */
export function OpenBijBevriezen({
  onderdeelId,
  reden,
  onReden,
  foutId,
}: {
  onderdeelId: string;
  reden: string;
  onReden: (reden: string) => void;
  foutId: string;
}) {
  const [{ data }] = useQuery({
    query: OPEN_STUKKEN,
    variables: { id: onderdeelId },
    requestPolicy: 'network-only',
  });
  if (!data) return null;
  const nummer = new Map(data.onderdeel.afspraken.map((a) => [a.id, `${a.nummer} ${a.titel}`]));
  const regels = [
    ...data.onderdeel.suggesties.map((s) => ({
      id: s.id,
      afspraak: nummer.get(s.afspraakId) ?? '',
      wat: `suggestie van ${s.auteur} (${s.partij.naam})`,
      tekst: [
        s.geschrapt && `schrapt “${kort(s.geschrapt)}”`,
        s.ingevoegd && `voegt toe “${kort(s.ingevoegd)}”`,
      ]
        .filter(Boolean)
        .join(', '),
    })),
    ...data.wijzigingsvoorstellen.map((v) => ({
      id: v.id,
      afspraak: v.afspraakId ? (nummer.get(v.afspraakId) ?? '') : 'nieuwe afspraak',
      wat: `wijzigingsvoorstel van ${v.indiener.naam}`,
      tekst: kort(v.motivering),
    })),
  ];
  if (regels.length === 0) return null;
  return (
    <div className="melding-waarschuwing open-bij-bevriezen" role="note">
      <strong>
        {regels.length === 1
          ? 'Er staat nog één voorstel open'
          : `Er staan nog ${regels.length} voorstellen open`}
      </strong>
      <ul>
        {regels.map((r) => (
          <li key={r.id}>
            {r.afspraak}: {r.wat}
            {r.tekst && ` — ${r.tekst}`}
          </li>
        ))}
      </ul>
      <p>
        Laat de ondertekenaars ze eerst aanvaarden of afwijzen, of vraag de indiener ze in te
        trekken. Bevriest u nu, dan vervallen ze: de tekst blijft zoals die is afgesproken.
      </p>
      <TekstVeld
        id="vervallen-reden"
        label="Reden om ze te laten vervallen"
        waarde={reden}
        onWijzig={onReden}
        regels={2}
        aria-describedby={foutId}
      />
    </div>
  );
}
