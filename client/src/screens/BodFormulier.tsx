import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import {
  LEGE_STREEFWAARDE,
  StreefwaardeInvoer,
  alsInvoer,
  type StreefwaardeTekst,
} from '../components/StreefwaardeInvoer';
import {
  type BedragRegel,
  bedragenFout,
  bedragenInput,
  BedragenInvoer,
} from '../components/BedragenInvoer';
import { KeuzeVeld, TekstVeld } from '../components/Velden';
import { Fout } from '../components/ui';
import { graphql } from '../gql';
import type { AfspraakType, Volwassenheid } from '../gql/graphql';
import { foutmelding, foutveld } from '../lib/fouten';
import { TYPE_LABEL, VOLWASSENHEID } from '../lib/labels';
import {
  LEGE_TYPE_WAARDEN,
  TypeDetailsVelden,
  typeDetails,
  type TypeWaarden,
} from './onderdeel/TypeDetails';
import { themaOpties } from './onderdeel/AfspraakVelden';
import { BetrokkenenVelden, betrokkenenInput, type BetrokkeneRij } from './onderdeel/Betrokkenen';
import { LedenVelden, LidToevoegen, ledenInput, type LidRij } from './onderdeel/AfspraakLeden';

const THEMAS = graphql(`
  query BodThemas($overeenkomstId: ID!) {
    themas(overeenkomstId: $overeenkomstId) {
      id
      naam
      domein {
        id
        naam
      }
    }
  }
`);

const DIEN_IN = graphql(`
  mutation DienBodIn($input: DienBodInInput!) {
    dienBodIn(input: $input) {
      id
      jaar
    }
  }
`);

interface Partij {
  id: string;
  naam: string;
}
interface Jaarschijf {
  id: string;
  jaar: number;
}
interface Activiteit {
  sleutel: number;
  titel: string;
  type: AfspraakType;
  themaId: string;
  volwassenheid: Volwassenheid;
  waarden: TypeWaarden;
  tekst: string;
  concretisering: string;
  bedragen: BedragRegel[];
  /** Other partijen with their role and own promise (the corporatie is the trekker). */
  betrokkenen: BetrokkeneRij[];
  leden: LidRij[];
}
interface Indicator extends StreefwaardeTekst {
  sleutel: number;
  naam: string;
  eenheid: string;
  afspraken: number[];
}

let teller = 0;
const nieuweActiviteit = (tweede: string): Activiteit => ({
  sleutel: ++teller,
  titel: '',
  type: 'HANDELING',
  themaId: '',
  volwassenheid: 'VOORNEMEN',
  waarden: { ...LEGE_TYPE_WAARDEN, tweede },
  tekst: '',
  concretisering: '',
  bedragen: [],
  betrokkenen: [],
  leden: [],
});
const nieuweIndicator = (): Indicator => ({
  sleutel: ++teller,
  naam: '',
  eenheid: '',
  afspraken: [0],
  ...LEGE_STREEFWAARDE,
});

/** Whether the error's field is `pad` or lies within it (input.afspraken.0.details.handeling). */
function raakt(veld: string | undefined, pad: string): boolean {
  return !!veld && (veld === pad || veld.startsWith(`${pad}.`));
}

/**
 * A woningcorporatie's bod on a coming jaarschijf: a covering letter, proposed activities (draft
 * afspraken with the corporatie as trekker) and optional indicators with a proposed streefwaarde.
 */
export function BodFormulier({
  overeenkomstId,
  corporaties,
  jaarschijven,
  partijen,
  onIngediend,
}: {
  overeenkomstId: string;
  /** The participating woningcorporaties this person writes for. */
  corporaties: Partij[];
  /** Coming jaarschijven that still accept a bod. */
  jaarschijven: Jaarschijf[];
  /** Every partij of the overeenkomst (for a transactie). */
  partijen: Partij[];
  onIngediend: () => void;
}) {
  const [{ data }] = useQuery({ query: THEMAS, variables: { overeenkomstId } });
  const [resultaat, dienIn] = useMutation(DIEN_IN);
  const [partijId, zetPartijId] = useState(corporaties[0]?.id ?? '');
  const [gekozenJaarschijf, zetJaarschijfId] = useState(jaarschijven[0]?.id ?? '');
  // A year that received this corporatie's bod drops out of the list.
  const jaarschijfId = jaarschijven.some((j) => j.id === gekozenJaarschijf)
    ? gekozenJaarschijf
    : (jaarschijven[0]?.id ?? '');
  const [toelichting, zetToelichting] = useState('');
  const ander = () => partijen.find((p) => p.id !== partijId)?.id ?? '';
  const [activiteiten, zetActiviteiten] = useState<Activiteit[]>(() => [nieuweActiviteit(ander())]);
  const [indicatoren, zetIndicatoren] = useState<Indicator[]>([]);
  const [gelukt, zetGelukt] = useState<string | null>(null);
  const [bedragFout, zetBedragFout] = useState<string | null>(null);
  const themas = data?.themas.filter((t) => t.domein) ?? [];
  const fout: CombinedError | undefined = resultaat.error;
  const veld = foutveld(fout);
  const melding = foutmelding(fout);
  const paden: string[] = [];
  /** The error message when it is about this field (or something within it). */
  const bij = (pad: string) => {
    paden.push(pad);
    return raakt(veld, pad) ? melding : null;
  };
  const foutProps = (pad: string, id: string) =>
    raakt(veld, pad) ? { 'aria-invalid': true, 'aria-describedby': `${id}-fout` } : {};
  const foutBij = (pad: string, id: string) => {
    const tekst = bij(pad);
    return tekst ? (
      <p className="fout" role="alert" id={`${id}-fout`}>
        {tekst}
      </p>
    ) : null;
  };
  /** A field's error state and, under it, the message. */
  const metFout = (pad: string, id: string) => ({
    ...foutProps(pad, id),
    children: foutBij(pad, id),
  });

  const wijzigActiviteit = (i: number, w: Partial<Activiteit>) =>
    zetActiviteiten(activiteiten.map((a, j) => (j === i ? { ...a, ...w } : a)));
  const wijzigIndicator = (i: number, w: Partial<Indicator>) =>
    zetIndicatoren(indicatoren.map((x, j) => (j === i ? { ...x, ...w } : x)));
  const verwijderActiviteit = (i: number) => {
    zetActiviteiten(activiteiten.filter((_, j) => j !== i));
    // Indicators refer to activities by place: shift them along.
    zetIndicatoren(
      indicatoren.map((x) => ({
        ...x,
        afspraken: x.afspraken.filter((n) => n !== i).map((n) => (n > i ? n - 1 : n)),
      })),
    );
  };

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    zetGelukt(null);
    const onleesbaar = activiteiten
      .map((a, i) => {
        const f = bedragenFout(a.bedragen);
        return f && `Activiteit ${i + 1}, ${f.charAt(0).toLowerCase()}${f.slice(1)}`;
      })
      .find(Boolean);
    zetBedragFout(onleesbaar ?? null);
    if (onleesbaar) return;
    const jaar = jaarschijven.find((j) => j.id === jaarschijfId)?.jaar;
    const antwoord = await dienIn({
      input: {
        jaarschijfId,
        partijId,
        toelichting,
        afspraken: activiteiten.map((a) => ({
          titel: a.titel,
          type: a.type,
          themaId: a.themaId || themas[0]?.id || '',
          volwassenheid: a.volwassenheid,
          details: typeDetails(a.type, a.waarden, partijId),
          tekst: a.tekst || undefined,
          concretisering: a.concretisering || undefined,
          bedragen: bedragenInput(a.bedragen),
          betrokkenen: a.betrokkenen.length ? betrokkenenInput(a.betrokkenen) : undefined,
          leden: a.leden.length ? ledenInput(a.leden, partijId) : undefined,
        })),
        indicatoren: indicatoren.map((x) => ({
          naam: x.naam,
          eenheid: x.eenheid,
          afspraken: x.afspraken,
          streefwaarde: alsInvoer(x),
        })),
      },
    });
    if (antwoord.data) {
      zetGelukt(`Uw bod voor ${jaar} is ingediend.`);
      zetToelichting('');
      zetActiviteiten([nieuweActiviteit(ander())]);
      zetIndicatoren([]);
      onIngediend();
    }
  };

  const formulier = (
    <form onSubmit={(e) => void verstuur(e)} aria-labelledby="bod-form-kop" className="kaart">
      <h3 id="bod-form-kop">Bod indienen</h3>
      <div className="raster-velden">
        {corporaties.length > 1 && (
          <KeuzeVeld
            id="bod-partij"
            label="Namens"
            waarde={partijId}
            onKies={zetPartijId}
            opties={corporaties.map((p) => ({ waarde: p.id, label: p.naam }))}
          />
        )}
        <KeuzeVeld
          id="bod-jaar"
          label="Jaarschijf"
          waarde={jaarschijfId}
          onKies={zetJaarschijfId}
          opties={jaarschijven.map((j) => ({ waarde: j.id, label: j.jaar }))}
          {...metFout('input.jaarschijfId', 'bod-jaar')}
        />
      </div>
      <TekstVeld
        id="bod-toelichting"
        label="Toelichting (de uitgangspunten van het bod)"
        waarde={toelichting}
        onWijzig={zetToelichting}
        regels={3}
        required
        {...metFout('input.toelichting', 'bod-toelichting')}
      />

      {activiteiten.map((a, i) => {
        const p = `input.afspraken.${i}`;
        const id = (naam: string) => `bod-a${a.sleutel}-${naam}`;
        const geldFout = bij(`${p}.bedragen`);
        const betrokkenenFout = raakt(veld, `${p}.betrokkenen`) ? melding : null;
        const ledenFout = bij(`${p}.leden`);
        return (
          <fieldset key={a.sleutel}>
            <legend>Voorgestelde activiteit {i + 1}</legend>
            <TekstVeld
              id={id('titel')}
              label="Titel"
              waarde={a.titel}
              onWijzig={(w) => wijzigActiviteit(i, { titel: w })}
              required
              {...metFout(`${p}.titel`, id('titel'))}
            />
            <div className="raster-velden">
              <KeuzeVeld
                id={id('type')}
                label="Type"
                waarde={a.type}
                onKies={(type) => wijzigActiviteit(i, { type: type as AfspraakType })}
                opties={TYPE_LABEL}
                {...metFout(`${p}.type`, id('type'))}
              />
              <KeuzeVeld
                id={id('thema')}
                label="Thema"
                waarde={a.themaId || themas[0]?.id || ''}
                onKies={(themaId) => wijzigActiviteit(i, { themaId })}
                opties={themaOpties(themas)}
                {...metFout(`${p}.themaId`, id('thema'))}
              />
              <KeuzeVeld
                id={id('volw')}
                label="Volwassenheid"
                waarde={a.volwassenheid}
                onKies={(w) => wijzigActiviteit(i, { volwassenheid: w as Volwassenheid })}
                opties={VOLWASSENHEID}
              />
            </div>
            <TypeDetailsVelden
              idPrefix={id('details')}
              type={a.type}
              waarden={a.waarden}
              onWijzig={(w) => wijzigActiviteit(i, { waarden: w })}
              partijen={partijen.filter((x) => x.id !== partijId)}
              fout={bij(`${p}.details`)}
            />
            <details
              className="bod-betrokkenen"
              open={a.betrokkenen.length > 0 || !!betrokkenenFout || undefined}
            >
              <summary>Betrokken partijen (optioneel): rol en eigen toezegging</summary>
              <BetrokkenenVelden
                rijen={a.betrokkenen}
                onWijzig={(betrokkenen) => wijzigActiviteit(i, { betrokkenen })}
                partijen={partijen}
              />
              {foutBij(`${p}.betrokkenen`, id('betrokkenen'))}
            </details>
            <details className="bod-leden" open={a.leden.length > 0 || !!ledenFout || undefined}>
              <summary>Leden a, b, c (optioneel): delen met elk een eigen type</summary>
              <LedenVelden
                idPrefix={id('lid')}
                rijen={a.leden}
                onWijzig={(leden) => wijzigActiviteit(i, { leden })}
                partijen={partijen.filter((x) => x.id !== partijId)}
                naam={(letter) => letter}
                fout={(j) => (raakt(veld, `${p}.leden.${j}`) ? ledenFout : null)}
              />
              {veld === `${p}.leden` && <Fout fout={ledenFout} />}
              <LidToevoegen
                rijen={a.leden}
                onWijzig={(leden) => wijzigActiviteit(i, { leden })}
                naam={(letter) => letter}
              />
            </details>
            <TekstVeld
              id={id('tekst')}
              label="Tekst (optioneel)"
              waarde={a.tekst}
              onWijzig={(w) => wijzigActiviteit(i, { tekst: w })}
              regels={2}
            >
              {foutBij(`${p}.tekst`, id('tekst'))}
            </TekstVeld>
            <TekstVeld
              id={id('concr')}
              label="Concretisering in dit jaar (optioneel)"
              waarde={a.concretisering}
              onWijzig={(w) => wijzigActiviteit(i, { concretisering: w })}
              regels={2}
            >
              {foutBij(`${p}.concretisering`, id('concr'))}
            </TekstVeld>
            <details className="bedragen-bod" open={a.bedragen.length > 0 || undefined}>
              <summary>Geld (optioneel): wat de activiteit kost en wie betaalt</summary>
              <BedragenInvoer
                id={id}
                regels={a.bedragen}
                onWijzig={(bedragen) => wijzigActiviteit(i, { bedragen })}
                partijen={partijen}
                jaren={jaarschijven.filter((j) => j.id === jaarschijfId).map((j) => j.jaar)}
                fout={(j) => (raakt(veld, `${p}.bedragen.${j}`) ? geldFout : null)}
              />
              {veld === `${p}.bedragen` && <Fout fout={geldFout} />}
            </details>
            {activiteiten.length > 1 && (
              <button type="button" className="knop-tekst" onClick={() => verwijderActiviteit(i)}>
                Activiteit {i + 1} verwijderen
              </button>
            )}
          </fieldset>
        );
      })}
      <p>
        <button
          type="button"
          className="knop-secundair"
          onClick={() => zetActiviteiten([...activiteiten, nieuweActiviteit(ander())])}
        >
          + Activiteit toevoegen
        </button>
      </p>

      {indicatoren.map((x, i) => {
        const p = `input.indicatoren.${i}`;
        const id = (naam: string) => `bod-i${x.sleutel}-${naam}`;
        return (
          <fieldset key={x.sleutel}>
            <legend>Voorgestelde indicator {i + 1}</legend>
            <div className="raster-velden">
              <TekstVeld
                id={id('naam')}
                label="Naam"
                waarde={x.naam}
                onWijzig={(w) => wijzigIndicator(i, { naam: w })}
                required
                {...metFout(`${p}.naam`, id('naam'))}
              />
              <TekstVeld
                id={id('eenheid')}
                label="Eenheid (bijv. woningen)"
                waarde={x.eenheid}
                onWijzig={(w) => wijzigIndicator(i, { eenheid: w })}
                required
                {...metFout(`${p}.eenheid`, id('eenheid'))}
              />
            </div>
            <fieldset className="keuzes">
              <legend>Meet de activiteiten</legend>
              {activiteiten.map((a, n) => (
                <label key={a.sleutel} className="keuze">
                  <input
                    type="checkbox"
                    checked={x.afspraken.includes(n)}
                    onChange={(e) =>
                      wijzigIndicator(i, {
                        afspraken: e.target.checked
                          ? [...x.afspraken, n].sort((p1, p2) => p1 - p2)
                          : x.afspraken.filter((m) => m !== n),
                      })
                    }
                  />{' '}
                  {n + 1}. {a.titel || '(nog zonder titel)'}
                </label>
              ))}
              {foutBij(`${p}.afspraken`, id('afspraken')) ??
                foutBij(`${p}.afspraakIds`, id('afspraken'))}
            </fieldset>
            <fieldset className="kaal">
              <legend>Voorgestelde streefwaarde</legend>
              <div className="raster-velden">
                <StreefwaardeInvoer
                  tekst={x}
                  onWijzig={(w) => wijzigIndicator(i, w)}
                  id={id}
                  invoer={foutProps(`${p}.streefwaarde`, id('sw'))}
                />
              </div>
              {foutBij(`${p}.streefwaarde`, id('sw'))}
            </fieldset>
            <button
              type="button"
              className="knop-tekst"
              onClick={() => zetIndicatoren(indicatoren.filter((_, j) => j !== i))}
            >
              Indicator {i + 1} verwijderen
            </button>
          </fieldset>
        );
      })}
      <p>
        <button
          type="button"
          className="knop-secundair"
          onClick={() => zetIndicatoren([...indicatoren, nieuweIndicator()])}
        >
          + Indicator toevoegen
        </button>
      </p>
      {/* An error about no field shown here (or about the whole bod) goes next to the button. */}
      {melding && !paden.some((pad) => raakt(veld, pad)) && <Fout fout={melding} />}
      <Fout fout={bedragFout} />
      {gelukt && (
        <p className="gelukt" role="status">
          {gelukt}
        </p>
      )}
      <button
        type="submit"
        className="knop"
        disabled={resultaat.fetching || !partijId || !jaarschijfId || activiteiten.length === 0}
      >
        Bod indienen
      </button>
    </form>
  );
  return formulier;
}
