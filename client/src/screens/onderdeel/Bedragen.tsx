import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import {
  type BedragRegel,
  bedragenFout,
  bedragenInput,
  BedragenInvoer,
  bedragRegels,
} from '../../components/BedragenInvoer';
import { Leeg } from '../../components/ui';
import { graphql } from '../../gql';
import type { Afspraak } from './AfspraakPaneel';
import { DeelKeuze, type DeelOpties } from './DeelKeuze';
import { FormulierVoet } from '../../components/FormulierVoet';

const BEWAAR = graphql(`
  mutation BewaarBedragen($input: UpdateAfspraakInput!) {
    updateAfspraak(input: $input) {
      id
    }
  }
`);

/** Which amount a refusal names: input.bedragen.2.betalers → 2. */
const bedragVan = (veld: unknown): number | null => {
  const m = typeof veld === 'string' ? /^input\.bedragen\.(\d+)/.exec(veld) : null;
  return m ? Number(m[1]) : null;
};

/** "lid 3.2b", "activiteit 2", "De Hoven": the part an amount is for, as the export says it. */
function deelTekst(
  deel: NonNullable<Afspraak['bedragen'][number]['deel']>,
  a: Pick<Afspraak, 'nummer' | 'locaties'>,
): string {
  if (deel.lid) return `lid ${a.nummer}${deel.lid}`;
  if (deel.activiteit) return `activiteit ${deel.activiteit}`;
  return a.locaties.find((l) => l.id === deel.locatieId)?.naam ?? 'een plaats';
}

/**
 * The money of an afspraak in the side panel: what is agreed, read as lines ("€ 25.000 per jaar,
 * 2026–2029 · procesbegeleiding · betaald door Gemeente Vlietdam"), and editable while the
 * onderdeel is a draft.
 */
export function BedragenFormulier({
  afspraak: a,
  partijen,
  jaren,
  bewerkbaar,
  onOpgeslagen,
}: {
  afspraak: Afspraak;
  partijen: { id: string; naam: string }[];
  jaren: number[];
  bewerkbaar: boolean;
  onOpgeslagen: () => void;
}) {
  const [regels, zetRegels] = useState<BedragRegel[]>(() => bedragRegels(a.bedragen));
  const [resultaat, bewaar] = useMutation(BEWAAR);
  const [invoerFout, zetInvoerFout] = useState<string | null>(null);
  const [gelukt, zetGelukt] = useState(false);
  const fout = resultaat.error?.graphQLErrors[0];
  const foutBedrag = bedragVan(fout?.extensions.veld);
  // What an amount can be for: as for norms, plus the leden and places of this afspraak.
  const delen: DeelOpties = {
    activiteiten:
      a.details.__typename === 'HandelingDetails' ? a.details.activiteiten.map((x) => x.wat) : [],
    leden: a.leden.map((l) => l.letter),
    locaties: a.locaties,
  };

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    zetGelukt(false);
    const onleesbaar = bedragenFout(regels);
    zetInvoerFout(onleesbaar);
    if (onleesbaar) return;
    const antwoord = await bewaar({ input: { id: a.id, bedragen: bedragenInput(regels) } });
    if (!antwoord.error) {
      zetGelukt(true);
      onOpgeslagen();
    }
  };

  if (!bewerkbaar) {
    if (!a.bedragen.length) return <Leeg>Geen bedragen bij deze afspraak.</Leeg>;
    return (
      <ul className="bedragen-lijst">
        {a.bedragen.map((b, i) => (
          <li key={i}>
            <strong>{b.samenvatting}</strong> · {b.doel}
            {b.deel && ` (bij ${deelTekst(b.deel, a)})`}
            <br />
            <span className="klein">
              Betaald door{' '}
              {b.betalers
                .map((x) =>
                  x.deel && b.betalers.length > 1
                    ? `${x.partij.naam} (${x.deel.tekst})`
                    : x.partij.naam,
                )
                .join(', ')}
              {b.gezamenlijk && ' samen'}
              {(b.ontvangers.length > 0 || b.ontvangerOmschrijving) &&
                ` · ontvangen door ${[...b.ontvangers.map((o) => o.naam), ...(b.ontvangerOmschrijving ? [b.ontvangerOmschrijving] : [])].join(', ')}`}
            </span>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <form onSubmit={(e) => void verstuur(e)} className="gegevens">
      <BedragenInvoer
        id={(veld) => `${veld}-${a.id}`}
        regels={regels}
        onWijzig={zetRegels}
        partijen={partijen}
        jaren={jaren}
        fout={(i) => (foutBedrag === i ? (fout?.message ?? null) : null)}
        geldtVoor={(i, r) => (
          <label className="veld">
            Geldt voor
            <DeelKeuze
              label={`Bedrag ${i + 1} geldt voor`}
              waarde={r.deel}
              onKies={(deel) => zetRegels(regels.map((x, j) => (j === i ? { ...x, deel } : x)))}
              opties={delen}
            />
          </label>
        )}
      />
      <FormulierVoet
        fout={invoerFout ?? (foutBedrag == null ? resultaat.error : null)}
        bezig={resultaat.fetching}
        opslaan="Bedragen opslaan"
        gelukt={gelukt}
      />
    </form>
  );
}
