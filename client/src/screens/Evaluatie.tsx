import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ExportKnoppen } from '../components/Export';
import { KeuzeVeld, TekstVeld } from '../components/Velden';
import {
  LEGE_STREEFWAARDE,
  StreefwaardeInvoer,
  alsInvoer,
  alsTekst,
  type StreefwaardeTekst,
} from '../components/StreefwaardeInvoer';
import { Badge, Fout, Laden, Leeg } from '../components/ui';
import { alleenRol, Waarom } from '../components/Waarom';
import { graphql } from '../gql';
import type { BijstellingInput, EvaluatieBesluit, EvaluatieQuery, Stoplicht } from '../gql/graphql';
import { foutmelding, foutveld } from '../lib/fouten';
import { useJaarKeuze } from '../lib/jaren';
import { VERANTWOORDING_STATUS, datum } from '../lib/labels';

const EVALUATIE = graphql(`
  query Evaluatie($overeenkomstId: ID!, $jaar: Int!) {
    evaluatie(overeenkomstId: $overeenkomstId, jaar: $jaar) {
      jaar
      jaarschijfId
      gesloten
      status
      totaal {
        groen
        oranje
        rood
        open
      }
      perThema {
        thema
        groen
        oranje
        rood
        open
        totaal
      }
      bevestigingen {
        partijId
        partij
        bevestigd
        door
        op
        magBevestigen {
          mag
          reden
          code
        }
      }
      magEvalueren {
        mag
        reden
        code
      }
      afspraken {
        afspraakId
        nummer
        titel
        thema
        trekker
        stoplicht
        conclusie
        les
        besluit
        door
        partij
        datum
        verantwoording
        verantwoordingToelichting
        vervolgNummer
        bijstellingen {
          indicatorId
          indicator
          jaar
          soort
          waarde
          min
          max
          effect
        }
      }
    }
  }
`);

const INDICATOREN_VAN_AFSPRAAK = graphql(`
  query IndicatorenVanAfspraak($id: ID!) {
    afspraak(id: $id) {
      id
      indicatoren {
        id
        naam
        eenheid
      }
    }
  }
`);

const EVALUEER = graphql(`
  mutation Evalueer($input: EvaluatieInput!) {
    evalueerAfspraak(input: $input) {
      jaar
      gesloten
    }
  }
`);

const BEVESTIG = graphql(`
  mutation BevestigEvaluatie($input: BevestigEvaluatieInput!) {
    bevestigEvaluatie(input: $input) {
      jaar
      gesloten
    }
  }
`);

const STOPLICHT: Record<Stoplicht, string> = {
  GROEN: 'Groen (gehaald)',
  ORANJE: 'Oranje (deels)',
  ROOD: 'Rood (niet)',
};
const BESLUIT: Record<EvaluatieBesluit, string> = {
  AFGEROND: 'Afgerond',
  DOORZETTEN: 'Doorzetten naar volgend jaar',
  BIJSTELLEN: 'Bijstellen',
  VERVALLEN: 'Laten vervallen',
};

type Rij = EvaluatieQuery['evaluatie']['afspraken'][number];

export function EvaluatieTab({
  overeenkomstId,
  startjaar,
  eindjaar,
  titel,
}: {
  overeenkomstId: string;
  startjaar: number;
  eindjaar: number;
  titel: string;
}) {
  const { jaar, keuze } = useJaarKeuze(startjaar, eindjaar);
  const [{ data, fetching, error }, herlaad] = useQuery({
    query: EVALUATIE,
    variables: { overeenkomstId, jaar },
  });
  const [open, zetOpen] = useState<string | null>(null);
  const [bevestiging, bevestig] = useMutation(BEVESTIG);
  const e = data?.evaluatie;
  // The partijen this person may confirm for (the server's answer, not a guess from roles).
  const mijne = e?.bevestigingen.filter((b) => !b.bevestigd && !alleenRol(b.magBevestigen)) ?? [];
  const mijnBevestiging = mijne.find((b) => b.magBevestigen.mag);
  const magBeoordelen = e?.magEvalueren.mag ?? false;
  const klaar = () => herlaad({ requestPolicy: 'network-only' });

  return (
    <section aria-labelledby="evaluatie-kop">
      <h2 id="evaluatie-kop">Evaluatie</h2>
      <p>
        In juni beoordelen gemeente, corporaties en huurders samen elke afspraak van het afgelopen
        jaar: een stoplicht, een conclusie en wat ermee gebeurt. Als alle partijen van de driehoek
        bevestigen, is het jaar afgesloten.
      </p>
      <div className="formulier-rij">
        <KeuzeVeld id="e-jaar" label="Jaar" {...keuze} />
        <ExportKnoppen
          pad={`/export/overeenkomsten/${overeenkomstId}/evaluatie/${jaar}`}
          label="Evaluatierapport"
          bestandsnaam={`Evaluatie ${jaar} - ${titel}`}
        />
      </div>
      {fetching && !data && <Laden tekst="Evaluatie laden…" />}
      <Fout fout={error} />
      {e && (
        <>
          <p className="samenvatting">
            {e.gesloten ? (
              <Badge soort="gedaan">Afgesloten</Badge>
            ) : (
              <Badge soort="lopend">Open</Badge>
            )}{' '}
            <span className="stoplicht stoplicht-groen" aria-hidden="true" /> {e.totaal.groen} groen
            · <span className="stoplicht stoplicht-oranje" aria-hidden="true" /> {e.totaal.oranje}{' '}
            oranje · <span className="stoplicht stoplicht-rood" aria-hidden="true" />{' '}
            {e.totaal.rood} rood · {e.totaal.open} nog open
          </p>
          {!e.gesloten &&
            (alleenRol(e.magEvalueren) ? (
              <p className="klein">
                De afspraken beoordelen de opstellers en ondertekenaars van de partijen die het
                hoofddocument ondertekenen.
              </p>
            ) : (
              <Waarom t={e.magEvalueren} />
            ))}
          <h3>Bevestigd door de driehoek</h3>
          <ul className="bevestigingen">
            {e.bevestigingen.map((b) => (
              <li key={b.partijId}>
                {b.bevestigd ? '✓' : '○'} {b.partij}
                {b.bevestigd && (
                  <span className="klein">
                    {' '}
                    – {b.door}, {datum(b.op)}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {!mijnBevestiging && mijne[0] && <Waarom t={mijne[0].magBevestigen} />}
          {mijnBevestiging && !e.gesloten && (
            <button
              type="button"
              className="knop"
              disabled={bevestiging.fetching}
              onClick={() =>
                void bevestig({
                  input: { jaarschijfId: e.jaarschijfId, partijId: mijnBevestiging.partijId },
                }).then(klaar)
              }
            >
              Evaluatie {e.jaar} bevestigen namens {mijnBevestiging.partij}
            </button>
          )}
          <Fout fout={bevestiging.error} />
          {e.perThema.length > 0 && (
            <>
              <h3>Per thema</h3>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Thema</th>
                    <th scope="col">Groen</th>
                    <th scope="col">Oranje</th>
                    <th scope="col">Rood</th>
                    <th scope="col">Open</th>
                  </tr>
                </thead>
                <tbody>
                  {e.perThema.map((t) => (
                    <tr key={t.thema}>
                      <th scope="row">{t.thema}</th>
                      <td>{t.groen}</td>
                      <td>{t.oranje}</td>
                      <td>{t.rood}</td>
                      <td>{t.open}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <h3>Per afspraak</h3>
          {e.afspraken.length === 0 ? (
            <Leeg>Geen afspraken in dit jaar.</Leeg>
          ) : (
            <table className="evaluatie-tabel">
              <thead>
                <tr>
                  <th scope="col">Nr.</th>
                  <th scope="col">Afspraak</th>
                  <th scope="col">Verantwoording</th>
                  <th scope="col">Stoplicht</th>
                  <th scope="col">Besluit</th>
                </tr>
              </thead>
              <tbody>
                {e.afspraken.map((a) => (
                  <tr key={a.afspraakId} data-afspraak={a.afspraakId}>
                    <td>{a.nummer}</td>
                    <th scope="row">
                      {a.titel}
                      <p className="klein">
                        {a.thema} · trekker {a.trekker}
                      </p>
                      {a.conclusie && <p className="klein">Conclusie: {a.conclusie}</p>}
                      {a.les && <p className="klein">Les: {a.les}</p>}
                      {open === a.afspraakId ? (
                        <EvaluatieFormulier
                          rij={a}
                          jaar={e.jaar}
                          eindjaar={eindjaar}
                          onKlaar={() => {
                            zetOpen(null);
                            klaar();
                          }}
                        />
                      ) : (
                        magBeoordelen &&
                        !e.gesloten && (
                          <button
                            type="button"
                            className="knop-secundair"
                            onClick={() => zetOpen(a.afspraakId)}
                          >
                            {a.stoplicht ? 'Evaluatie wijzigen' : 'Evalueren'}
                            <span className="sr-only"> {a.nummer}</span>
                          </button>
                        )
                      )}
                    </th>
                    <td>
                      {a.verantwoording ? (
                        VERANTWOORDING_STATUS[a.verantwoording]
                      ) : (
                        <span className="klein">geen</span>
                      )}
                    </td>
                    <td>
                      {a.stoplicht ? (
                        <span
                          className={`stoplicht-label stoplicht-label-${a.stoplicht.toLowerCase()}`}
                        >
                          <span
                            className={`stoplicht stoplicht-${a.stoplicht.toLowerCase()}`}
                            aria-hidden="true"
                          />{' '}
                          {STOPLICHT[a.stoplicht]}
                        </span>
                      ) : (
                        <span className="klein">nog niet</span>
                      )}
                    </td>
                    <td>
                      {a.besluit ? BESLUIT[a.besluit] : '–'}
                      {a.vervolgNummer && (
                        <span className="klein"> (vervolg: {a.vervolgNummer})</span>
                      )}
                      {a.bijstellingen.length > 0 && (
                        <ul
                          className="bijstellingen klein"
                          aria-label={`Bijgestelde streefwaarden ${a.nummer}`}
                        >
                          {a.bijstellingen.map((b) => (
                            <li key={`${b.indicatorId}-${b.jaar}`}>
                              {b.indicator} {b.jaar}: {streefwaardeTekst(b)}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

type Bijstelling = Rij['bijstellingen'][number];

const cijfer = (n: number | null | undefined) => (n == null ? '?' : n.toLocaleString('nl-NL'));

/** A streefwaarde as a person reads it: "45", "40 – 50", "ten minste 70" or the effect. */
function streefwaardeTekst(b: Pick<Bijstelling, 'soort' | 'waarde' | 'min' | 'max' | 'effect'>) {
  if (b.soort === 'BANDBREEDTE') return `${cijfer(b.min)} – ${cijfer(b.max)}`;
  if (b.soort === 'MINIMAAL') return `ten minste ${cijfer(b.min)}`;
  if (b.soort === 'MAXIMAAL') return `hoogstens ${cijfer(b.max)}`;
  if (b.soort === 'EFFECT') return b.effect ?? '';
  return cijfer(b.waarde);
}

interface NieuweWaarde extends StreefwaardeTekst {
  sleutel: number;
  indicatorId: string;
  jaar: number;
}
let teller = 0;

function EvaluatieFormulier({
  rij,
  jaar,
  eindjaar,
  onKlaar,
}: {
  rij: Rij;
  jaar: number;
  eindjaar: number;
  onKlaar: () => void;
}) {
  const [stoplicht, zetStoplicht] = useState<Stoplicht>(rij.stoplicht ?? 'GROEN');
  const [conclusie, zetConclusie] = useState(rij.conclusie ?? '');
  const [les, zetLes] = useState(rij.les ?? '');
  const [besluit, zetBesluit] = useState<EvaluatieBesluit>(rij.besluit ?? 'AFGEROND');
  const [resultaat, evalueer] = useMutation(EVALUEER);
  const [{ data: ind }] = useQuery({
    query: INDICATOREN_VAN_AFSPRAAK,
    variables: { id: rij.afspraakId },
    pause: besluit !== 'BIJSTELLEN',
  });
  const indicatoren = ind?.afspraak.indicatoren ?? [];
  const latereJaren = Array.from({ length: Math.max(eindjaar - jaar, 0) }, (_, i) => jaar + 1 + i);
  const [waarden, zetWaarden] = useState<NieuweWaarde[]>(() =>
    rij.bijstellingen.map((b) => ({
      sleutel: ++teller,
      indicatorId: b.indicatorId,
      jaar: b.jaar,
      ...alsTekst(b),
    })),
  );
  const wijzig = (i: number, w: Partial<NieuweWaarde>) =>
    zetWaarden(waarden.map((x, j) => (j === i ? { ...x, ...w } : x)));
  const nieuweWaarde = (): NieuweWaarde => ({
    sleutel: ++teller,
    indicatorId: indicatoren[0]?.id ?? '',
    jaar: latereJaren[0] ?? jaar + 1,
    ...LEGE_STREEFWAARDE,
  });
  const streefwaarden = (): BijstellingInput[] =>
    waarden.map((w) => ({
      indicatorId: w.indicatorId || indicatoren[0]?.id || '',
      jaar: w.jaar,
      ...alsInvoer(w),
    }));
  const veld = foutveld(resultaat.error);
  const swFout = veld?.startsWith('input.streefwaarden') ? foutmelding(resultaat.error) : null;
  const verstuur = async (ev: FormEvent) => {
    ev.preventDefault();
    const antwoord = await evalueer({
      input: {
        afspraakId: rij.afspraakId,
        jaar,
        stoplicht,
        conclusie,
        les: les || undefined,
        besluit,
        streefwaarden: besluit === 'BIJSTELLEN' ? streefwaarden() : undefined,
      },
    });
    if (!antwoord.error) onKlaar();
  };
  const id = rij.afspraakId;
  return (
    <form className="verantwoord-formulier" onSubmit={(ev) => void verstuur(ev)}>
      <fieldset className="stoplicht-keuzes">
        <legend>Stoplicht</legend>
        {(Object.keys(STOPLICHT) as Stoplicht[]).map((s) => (
          <label
            key={s}
            className={`stoplicht-keuze stoplicht-keuze-${s.toLowerCase()}${stoplicht === s ? ' gekozen' : ''}`}
          >
            <input
              type="radio"
              name={`sl-${id}`}
              value={s}
              checked={stoplicht === s}
              onChange={() => zetStoplicht(s)}
            />
            <span className={`stoplicht stoplicht-${s.toLowerCase()}`} aria-hidden="true" />
            {STOPLICHT[s]}
          </label>
        ))}
      </fieldset>
      <TekstVeld
        id={`ec-${id}`}
        label="Conclusie"
        waarde={conclusie}
        onWijzig={zetConclusie}
        regels={2}
        required
      />
      <TekstVeld
        id={`el-${id}`}
        label="Les voor volgend jaar"
        waarde={les}
        onWijzig={zetLes}
        regels={2}
      />
      <KeuzeVeld
        id={`eb-${id}`}
        label="Besluit"
        waarde={besluit}
        onKies={(b) => zetBesluit(b as EvaluatieBesluit)}
        opties={BESLUIT}
      />
      {besluit === 'BIJSTELLEN' && (
        <fieldset>
          <legend>Nieuwe streefwaarden</legend>
          {ind && indicatoren.length === 0 && (
            <Leeg>Aan deze afspraak hangen geen indicatoren.</Leeg>
          )}
          {latereJaren.length === 0 && <Leeg>Er is geen later jaar in deze overeenkomst.</Leeg>}
          {waarden.map((w, i) => {
            const wid = (naam: string) => `bs-${id}-${w.sleutel}-${naam}`;
            return (
              <fieldset key={w.sleutel} className="bijstelling">
                <legend>Streefwaarde {i + 1}</legend>
                <div className="raster-velden">
                  <KeuzeVeld
                    id={wid('ind')}
                    label="Indicator"
                    waarde={w.indicatorId || indicatoren[0]?.id || ''}
                    onKies={(indicatorId) => wijzig(i, { indicatorId })}
                    opties={indicatoren.map((x) => ({
                      waarde: x.id,
                      label: `${x.naam} (${x.eenheid})`,
                    }))}
                  />
                  <KeuzeVeld
                    id={wid('jaar')}
                    label="Jaar"
                    waarde={w.jaar}
                    onKies={(j) => wijzig(i, { jaar: Number(j) })}
                    opties={latereJaren.map((j) => ({ waarde: j, label: j }))}
                  />
                  <StreefwaardeInvoer tekst={w} onWijzig={(x) => wijzig(i, x)} id={wid} />
                </div>
                <button
                  type="button"
                  className="knop-tekst"
                  onClick={() => zetWaarden(waarden.filter((_, j) => j !== i))}
                >
                  Streefwaarde {i + 1} verwijderen
                </button>
              </fieldset>
            );
          })}
          {indicatoren.length > 0 && latereJaren.length > 0 && (
            <button
              type="button"
              className="knop-secundair"
              onClick={() => zetWaarden([...waarden, nieuweWaarde()])}
            >
              + Nieuwe streefwaarde
            </button>
          )}
          {swFout && <Fout fout={swFout} />}
        </fieldset>
      )}
      {!swFout && <Fout fout={resultaat.error} />}
      <button type="submit" className="knop" disabled={resultaat.fetching || !conclusie}>
        Evaluatie opslaan
      </button>
    </form>
  );
}
