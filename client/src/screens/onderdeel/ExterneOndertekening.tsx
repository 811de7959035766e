import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ExportKnop } from '../../components/Export';
import { TekstVeld } from '../../components/Velden';
import { Fout } from '../../components/ui';
import { graphql } from '../../gql';
import type { OnderdeelQuery } from '../../gql/graphql';
import { leesAlsBase64 } from '../../lib/bestand';
import { foutveld } from '../../lib/fouten';
import { datumTijd } from '../../lib/labels';
import { dagTekst } from '@gedeeld/datum';

const REGISTREER = graphql(`
  mutation RegistreerExterneOndertekening($input: ExterneOndertekeningInput!) {
    registreerExterneOndertekening(input: $input) {
      datum
      sha256
    }
  }
`);

type Onderdeel = OnderdeelQuery['onderdeel'];

/** What the onderdeel shows once it is recorded as signed outside Driehoek, with the PDF. */
export function ExternOndertekend({ onderdeel }: { onderdeel: Onderdeel }) {
  const extern = onderdeel.externeOndertekening;
  if (!extern) return null;
  return (
    <section className="extern-ondertekend" aria-labelledby="extern-kop">
      <h3 id="extern-kop">Ondertekend buiten Driehoek op {dagTekst(extern.datum)}</h3>
      <ul className="handtekeningen">
        {extern.ondertekenaars.map((o) => (
          <li key={o.partijId}>
            ✓ {o.partij}: {o.naam}, {o.functie}
          </li>
        ))}
      </ul>
      <p className="klein">
        Geldt voor {extern.jaren.join(', ')} · vastgelegd door {extern.geregistreerdDoor},{' '}
        {datumTijd(extern.geregistreerdOp)}
      </p>
      <p className="klein hash">
        SHA-256 van de PDF <code>{extern.sha256}</code>
      </p>
      <ExportKnop
        pad={extern.downloadUrl}
        label={`Ondertekende PDF downloaden (${extern.bestandsnaam}, ${Math.ceil(extern.grootte / 1024)} kB)`}
        bestandsnaam={extern.bestandsnaam}
      />
    </section>
  );
}

/**
 * The regie records an onderdeel signed on paper before Driehoek was used: the day, who signed
 * for each partij, the years it covers and the signed PDF.
 */
export function ExternVastleggenFormulier({
  onderdeel,
  onKlaar,
}: {
  onderdeel: Onderdeel;
  onKlaar: () => void;
}) {
  const vandaag = new Date();
  const ditJaar = vandaag.getFullYear();
  const { startjaar, eindjaar } = onderdeel.overeenkomst;
  const mogelijk = Array.from(
    { length: Math.max(0, Math.min(eindjaar, ditJaar) - startjaar + 1) },
    (_, i) => startjaar + i,
  );
  const [datum, zetDatum] = useState('');
  const [jaren, zetJaren] = useState<number[]>([]);
  const [personen, zetPersonen] = useState<Record<string, { naam: string; functie: string }>>({});
  const [bestand, zetBestand] = useState<File | null>(null);
  const [leesfout, zetLeesfout] = useState<string | null>(null);
  const [resultaat, registreer] = useMutation(REGISTREER);
  const veld = foutveld(resultaat.error);

  const persoon = (partijId: string) => personen[partijId] ?? { naam: '', functie: '' };
  const zetPersoon = (partijId: string, deel: 'naam' | 'functie', waarde: string) =>
    zetPersonen((p) => ({ ...p, [partijId]: { ...persoon(partijId), [deel]: waarde } }));

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    zetLeesfout(null);
    if (!bestand) {
      zetLeesfout('Kies de ondertekende PDF.');
      return;
    }
    let inhoud: string;
    try {
      inhoud = await leesAlsBase64(bestand);
    } catch (fout) {
      zetLeesfout((fout as Error).message);
      return;
    }
    const antwoord = await registreer({
      input: {
        onderdeelId: onderdeel.id,
        datum,
        jaren,
        ondertekenaars: onderdeel.ondertekenaars.map((p) => ({
          partijId: p.id,
          ...persoon(p.id),
        })),
        bestandsnaam: bestand.name,
        bestand: inhoud,
      },
    });
    if (!antwoord.error) onKlaar();
  };

  return (
    <form onSubmit={(e) => void verstuur(e)} className="extern-formulier">
      <p>
        Leg vast dat dit onderdeel op papier is ondertekend, voordat Driehoek werd gebruikt. Het
        onderdeel wordt daarmee ondertekend en alleen-lezen; de jaarcyclus gaat verder vanaf de
        jaren die het dekt.
      </p>
      <TekstVeld
        id="extern-datum"
        label="Datum van ondertekening"
        type="date"
        waarde={datum}
        onWijzig={zetDatum}
        required
        aria-invalid={veld === 'input.datum'}
        aria-describedby="extern-fout"
      />
      <fieldset aria-invalid={veld?.startsWith('input.ondertekenaars')}>
        <legend>Ondertekenaars</legend>
        {onderdeel.ondertekenaars.map((p) => (
          <div key={p.id} className="extern-ondertekenaar">
            <TekstVeld
              id={`extern-naam-${p.id}`}
              label={`Naam (namens ${p.naam})`}
              waarde={persoon(p.id).naam}
              onWijzig={(w) => zetPersoon(p.id, 'naam', w)}
              required
            />
            <TekstVeld
              id={`extern-functie-${p.id}`}
              label={`Functie (namens ${p.naam})`}
              waarde={persoon(p.id).functie}
              onWijzig={(w) => zetPersoon(p.id, 'functie', w)}
              required
            />
          </div>
        ))}
      </fieldset>
      <fieldset aria-invalid={veld === 'input.jaren'}>
        <legend>Jaren die het ondertekende document dekt</legend>
        {mogelijk.length === 0 && <p className="klein">Geen jaar van de periode is al begonnen.</p>}
        {mogelijk.map((jaar) => (
          <label key={jaar} className="keuze">
            <input
              type="checkbox"
              checked={jaren.includes(jaar)}
              onChange={(e) =>
                zetJaren((j) =>
                  e.target.checked ? [...j, jaar].sort() : j.filter((x) => x !== jaar),
                )
              }
            />{' '}
            {jaar}
          </label>
        ))}
      </fieldset>
      <div className="veld">
        <label htmlFor="extern-pdf">Ondertekende PDF (hoogstens 5 MB)</label>
        <input
          id="extern-pdf"
          type="file"
          accept="application/pdf,.pdf"
          required
          aria-invalid={veld === 'input.bestand'}
          onChange={(e) => zetBestand(e.target.files?.[0] ?? null)}
        />
      </div>
      <Fout fout={leesfout ?? resultaat.error} id="extern-fout" />
      <button type="submit" className="knop" disabled={resultaat.fetching}>
        {resultaat.fetching ? 'Bezig met vastleggen…' : 'Ondertekening vastleggen'}
      </button>
    </form>
  );
}
