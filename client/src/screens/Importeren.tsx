import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { BevestigKnoppen } from '../components/BevestigKnoppen';
import { KeuzeVeld, TekstVeld } from '../components/Velden';
import { Badge, Dialoog, Fout, Laden } from '../components/ui';
import { graphql } from '../gql';
import type { AfspraakType, Doelgroep, OvereenkomstImportQuery, PartijSoort } from '../gql/graphql';
import { foutmelding, veldFouten } from '../lib/fouten';
import { leesGetal } from '../lib/getal';
import {
  BESCHRIJVEND_SOORT_LABEL,
  kenmerkenUit,
  type ImportKenmerken,
} from '@gedeeld/import-kenmerken';
import { jarenVan } from '../lib/jaren';
import { DOELGROEP, LOCATIE_SOORT_LABEL, PARTIJ_SOORT } from '../lib/labels';
import { bedragTekst, leesBedrag } from '@gedeeld/bedrag';
import { normWaardeTekst } from '@gedeeld/normen';
import { focusOp, kondigAan, usePaginaTitel } from '../lib/paginatitel';

const IMPORT = graphql(`
  query OvereenkomstImport($id: ID!) {
    overeenkomstImport(id: $id) {
      id
      bestandsnaam
      paginas
      gemeenteId
      status
      overeenkomstId
      titel
      partijen {
        naam
        tekst
        soort
        partijId
        vestigingsplaats
        kvkNummer
        vertegenwoordiger
        vertegenwoordigerFunctie
      }
      considerans
      hoofdstukken {
        titel
        afspraken {
          nummer
          tekst
          jaren
          bedragen
          trekker
          genoemd
          doelgroepen
          normen {
            onderwerp
            vergelijking
            waarde
            totWaarde
            eenheid
            eenheidTekst
            woorden
          }
          locaties {
            soort
            naam
          }
          geld {
            euro
            frequentie
            jaar
            totJaar
            doel
            woorden
          }
          type {
            type
            zekerheid
            signalen
          }
        }
      }
      tabellen {
        titel
        rijen
      }
      indicatoren {
        naam
        eenheid
        streefwaarden {
          jaar
          waarde
        }
      }
      ondertekening
      overig
    }
  }
`);

const BEVESTIG = graphql(`
  mutation BevestigImport($input: BevestigImportInput!) {
    bevestigImport(input: $input) {
      id
      titel
      onderdelen {
        id
        soort
      }
    }
  }
`);

/** The six types of the typology, in full words (the select of the review). */
const TYPE_NAAM: Record<AfspraakType, string> = {
  PROCES: 'Procesafspraak',
  BESCHRIJVEND: 'Beschrijvende afspraak',
  INTENTIE: 'Intentieafspraak',
  HANDELING: 'Handelingsafspraak',
  GARANTIE: 'Garantieafspraak',
  TRANSACTIE: 'Transactieafspraak',
};

type Voorstel = OvereenkomstImportQuery['overeenkomstImport'];

/** The gemeente's overeenkomsten under its regie: the ones an import can join as a bijlage. */
const BESTAANDE = graphql(`
  query ImportBestaandeOvereenkomsten($filter: OvereenkomstFilter) {
    overeenkomsten(filter: $filter, take: 100) {
      items {
        id
        titel
        startjaar
        eindjaar
        deelnemers {
          regie
          partij {
            id
          }
        }
      }
    }
  }
`);

interface Partij {
  naam: string;
  soort: PartijSoort | '';
  partijId: string | null;
  /** How the source names it (seat, representative). */
  bron: string;
  /** What the entry states of it, stored with a new partij. */
  gegevens: {
    vestigingsplaats: string | null;
    kvkNummer: string | null;
    vertegenwoordiger: string | null;
    vertegenwoordigerFunctie: string | null;
  };
}

interface Afspraak {
  sleutel: number;
  nummer: string | null;
  /** Where a split-off part came from, e.g. "uit 2.1". */
  herkomst: string | null;
  tekst: string;
  type: AfspraakType;
  voorgesteld: AfspraakType;
  zekerheid: number;
  signalen: string[];
  trekker: number;
  jaren: number[];
  /** What else the text states; the reviewer removes what is wrong. */
  doelgroepen: Doelgroep[];
  normen: NormRij[];
  locaties: VoorgesteldeLocatie[];
  geld: BedragRij[];
  /** The type's details the reviewer changed; the rest is read from the text. */
  kenmerken: Partial<ImportKenmerken>;
}

/** The details the review shows for each type, with the labels the afspraak's form uses. */
const KENMERK_VELDEN: Record<
  AfspraakType,
  { naam: Exclude<keyof ImportKenmerken, 'beschrijvendSoort'>; label: string; regels?: number }[]
> = {
  PROCES: [
    { naam: 'overlegvorm', label: 'Overlegvorm' },
    { naam: 'frequentie', label: 'Frequentie' },
  ],
  BESCHRIJVEND: [{ naam: 'omschrijving', label: 'Omschrijving (leeg: de tekst)', regels: 2 }],
  INTENTIE: [
    { naam: 'voorwaarde', label: 'Als …', regels: 2 },
    { naam: 'gevolg', label: '… dan', regels: 2 },
  ],
  HANDELING: [
    { naam: 'wat', label: 'Wat', regels: 2 },
    { naam: 'wanneer', label: 'Wanneer' },
  ],
  GARANTIE: [{ naam: 'wat', label: 'Wat wordt gegarandeerd', regels: 2 }],
  TRANSACTIE: [
    { naam: 'wat', label: 'Wat de trekker levert', regels: 2 },
    { naam: 'ontvangt', label: 'Wat de trekker ontvangt', regels: 2 },
  ],
};

/** A norm with its value as typed (null while it is not a number). */
type NormRij = Omit<VoorgesteldeNorm, 'waarde'> & { waarde: number | null; invoer: string };
/** An amount as typed, with who pays it: a number in the list of partijen. */
type BedragRij = Omit<VoorgesteldBedrag, 'euro'> & {
  euro: number | null;
  invoer: string;
  betaler: number;
};

type VoorgesteldeAfspraak = Voorstel['hoofdstukken'][number]['afspraken'][number];
type VoorgesteldeNorm = VoorgesteldeAfspraak['normen'][number];
type VoorgesteldeLocatie = VoorgesteldeAfspraak['locaties'][number];
type VoorgesteldBedrag = VoorgesteldeAfspraak['geld'][number];

/** Of what the text states, what stands in `tekst` (one part of a split afspraak). */
function gegevensIn(a: Afspraak, tekst: string): Pick<Afspraak, 'normen' | 'locaties' | 'geld'> {
  return {
    normen: a.normen.filter((n) => tekst.includes(n.woorden)),
    locaties: a.locaties.filter((l) => tekst.includes(l.naam)),
    geld: a.geld.filter((g) => tekst.includes(g.woorden)),
  };
}

interface Hoofdstuk {
  sleutel: number;
  titel: string;
  afspraken: Afspraak[];
}

interface Rest {
  tekst: string;
  /** Set for an afspraak the reviewer removed, e.g. "Verwijderd: afspraak 1.2". */
  herkomst: string | null;
  /** A removed afspraak and where it stood, to put it back. */
  terug?: { afspraak: Afspraak; hoofdstuk: number; plek: number };
}

let volgende = 0;
const sleutel = () => ++volgende;

/** "Prestatieafspraken Vlietdam 2027–2030": the period the title names. */
function periodeUitTitel(titel: string): [number, number] | null {
  const m = /\b(20\d\d)\s*[-–—/]\s*(20\d\d)\b/.exec(titel);
  if (!m) return null;
  const [van, tot] = [Number(m[1]), Number(m[2])];
  return van <= tot ? [van, tot] : null;
}

function beginPeriode(v: Voorstel): [number, number] {
  const uitTitel = v.titel ? periodeUitTitel(v.titel) : null;
  if (uitTitel) return uitTitel;
  const jaren = v.hoofdstukken.flatMap((h) => h.afspraken.flatMap((a) => a.jaren));
  if (jaren.length > 0) return [Math.min(...jaren), Math.max(...jaren)];
  const volgendJaar = new Date().getFullYear() + 1;
  return [volgendJaar, volgendJaar + 3];
}

/** The sentences of a text, each with its own end: where an afspraak may be split. */
export function zinnen(tekst: string): string[] {
  return tekst
    .split(/(?<=[.;!?])\s+(?=[^\s])/u)
    .map((z) => z.trim())
    .filter(Boolean);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with the words that led to the proposed type in <mark>. */
function MetSignalen({
  tekst,
  signalen,
  gegevens = [],
}: {
  tekst: string;
  signalen: string[];
  /** Words taken over as a field (a norm, an amount, a place), with what they became. */
  gegevens?: { woorden: string; wat: string }[];
}) {
  const woorden = [...signalen, ...gegevens.map((g) => g.woorden)]
    .filter((s) => s.trim())
    .sort((a, b) => b.length - a.length);
  if (woorden.length === 0) return <>{tekst}</>;
  // Whole words only: the "als" of a condition, not the one inside "alsof".
  const delen = tekst.split(
    new RegExp(`(?<![\\p{L}\\p{N}])(${woorden.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
  );
  const gezocht = new Set(signalen.map((w) => w.toLocaleLowerCase('nl')));
  const overgenomen = new Map(gegevens.map((g) => [g.woorden.toLocaleLowerCase('nl'), g.wat]));
  return (
    <>
      {delen.map((deel, i) => {
        const laag = deel.toLocaleLowerCase('nl');
        const wat = overgenomen.get(laag);
        // A longer phrase taken over as a field wins over a signal word inside it.
        if (wat !== undefined)
          return (
            <mark key={i} className="import-gegeven" title={wat}>
              {deel}
            </mark>
          );
        return gezocht.has(laag) ? (
          <mark key={i}>{deel}</mark>
        ) : (
          <Fragment key={i}>{deel}</Fragment>
        );
      })}
    </>
  );
}

/** The signal words still in a (split or merged) text. */
function signalenIn(tekst: string, signalen: string[]): string[] {
  const laag = tekst.toLocaleLowerCase('nl');
  return [...new Set(signalen)].filter((s) => laag.includes(s.toLocaleLowerCase('nl')));
}

/** "gevestigd te Vlietdam, KvK 12345678, vertegenwoordigd door mevrouw A. Karaca (voorzitter)". */
function gegevensTekst(g: Partij['gegevens']): string {
  return [
    g.vestigingsplaats && `gevestigd te ${g.vestigingsplaats}`,
    g.kvkNummer && `KvK ${g.kvkNummer}`,
    g.vertegenwoordiger &&
      `vertegenwoordigd door ${g.vertegenwoordiger}${g.vertegenwoordigerFunctie ? ` (${g.vertegenwoordigerFunctie})` : ''}`,
  ]
    .filter(Boolean)
    .join(', ');
}

function beginStaat(v: Voorstel) {
  const partijen: Partij[] = v.partijen.map((p) => ({
    naam: p.naam,
    soort: p.soort ?? '',
    partijId: p.partijId ?? null,
    bron: p.tekst,
    gegevens: {
      vestigingsplaats: p.vestigingsplaats ?? null,
      kvkNummer: p.kvkNummer ?? null,
      vertegenwoordiger: p.vertegenwoordiger ?? null,
      vertegenwoordigerFunctie: p.vertegenwoordigerFunctie ?? null,
    },
  }));
  // Without a trekker in the text: the gemeente of the import (else the first gemeente).
  const eigen = partijen.findIndex((p) => p.partijId === v.gemeenteId);
  const eersteGemeente =
    eigen >= 0
      ? eigen
      : Math.max(
          0,
          partijen.findIndex((p) => p.soort === 'GEMEENTE'),
        );
  const hoofdstukken: Hoofdstuk[] = v.hoofdstukken.map((h) => ({
    sleutel: sleutel(),
    titel: h.titel,
    afspraken: h.afspraken.map((a) => {
      const trekker = a.trekker ? partijen.findIndex((p) => p.naam === a.trekker) : -1;
      return {
        sleutel: sleutel(),
        nummer: a.nummer ?? null,
        herkomst: null,
        tekst: a.tekst,
        type: a.type.type,
        voorgesteld: a.type.type,
        zekerheid: a.type.zekerheid,
        signalen: a.type.signalen,
        trekker: trekker >= 0 ? trekker : eersteGemeente,
        jaren: a.jaren,
        doelgroepen: a.doelgroepen,
        // Field by field: urql adds __typename, which an input does not take.
        normen: a.normen.map((n) => ({
          onderwerp: n.onderwerp,
          vergelijking: n.vergelijking,
          waarde: n.waarde,
          totWaarde: n.totWaarde,
          eenheid: n.eenheid,
          eenheidTekst: n.eenheidTekst,
          woorden: n.woorden,
          invoer: n.waarde.toLocaleString('nl-NL'),
        })),
        locaties: a.locaties.map((l) => ({ soort: l.soort, naam: l.naam })),
        // Who pays is seldom one phrase: the trekker, until the reviewer says otherwise.
        geld: a.geld.map((g) => ({
          euro: g.euro,
          frequentie: g.frequentie,
          jaar: g.jaar,
          totJaar: g.totJaar,
          doel: g.doel,
          woorden: g.woorden,
          invoer: g.euro.toLocaleString('nl-NL'),
          betaler: trekker >= 0 ? trekker : eersteGemeente,
        })),
        kenmerken: {},
      };
    }),
  }));
  const [startjaar, eindjaar] = beginPeriode(v);
  return {
    titel: v.titel ?? v.bestandsnaam.replace(/\.(docx|pdf)$/i, ''),
    startjaar: String(startjaar),
    eindjaar: String(eindjaar),
    preambule: v.considerans.join('\n'),
    /** Empty: a new overeenkomst; otherwise the one this becomes a bijlage of. */
    overeenkomstId: '',
    partijen,
    hoofdstukken,
    // Each created unless the reviewer unticks it.
    indicatoren: v.indicatoren.map((i) => ({
      naam: i.naam,
      eenheid: i.eenheid,
      aanmaken: true,
      // As typed, in Dutch: read when the agreement is created.
      streefwaarden: i.streefwaarden.map((sw) => ({
        jaar: sw.jaar,
        invoer: sw.waarde.toLocaleString('nl-NL'),
      })),
    })),
    overig: v.overig.map((tekst): Rest => ({ tekst, herkomst: null })),
  };
}

type Staat = ReturnType<typeof beginStaat>;

/** One refusal, at the field of the input it names (e.g. "input.hoofdstukken.2.afspraken.0.jaren"). */
interface VeldMelding {
  veld: string;
  tekst: string;
}

function meldingen(fout: CombinedError | undefined): VeldMelding[] {
  if (!fout) return [];
  const lijst = veldFouten(fout);
  if (lijst.length > 0) return lijst;
  const eerste = fout.graphQLErrors[0];
  const veld = eerste?.extensions?.veld;
  return typeof veld === 'string' ? [{ veld, tekst: eerste!.message }] : [];
}

/** The id of the control for an input path, to focus it and tie the message to it. */
function veldId(veld: string): string {
  return `imp-${veld.replace(/^input\./, '').replace(/\./g, '-')}`;
}

export function ImporterenPagina() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: IMPORT,
    variables: { id },
    requestPolicy: 'network-only',
  });
  usePaginaTitel(data ? 'Akkoord nakijken' : undefined);
  if (fetching && !data) return <Laden tekst="Voorstel laden…" />;
  if (!data) return <Fout fout={error} />;
  const v = data.overeenkomstImport;
  if (v.status !== 'CONCEPT')
    return (
      <div className="pagina">
        <p className="kruimelpad">
          <Link to="/">Overeenkomsten</Link> / Akkoord nakijken
        </p>
        <h1>Akkoord nakijken</h1>
        <p className="melding-info">
          Dit akkoord is al geïmporteerd.{' '}
          {v.overeenkomstId && (
            <Link to={`/overeenkomsten/${v.overeenkomstId}`}>Naar de overeenkomst</Link>
          )}
        </p>
      </div>
    );
  return <Nakijken key={v.id} voorstel={v} />;
}

function Nakijken({ voorstel }: { voorstel: Voorstel }) {
  const navigate = useNavigate();
  const [staat, zetStaat] = useState<Staat>(() => beginStaat(voorstel));
  const [bevestigen, zetBevestigen] = useState(false);
  const [eigen, zetEigen] = useState<VeldMelding[]>([]);
  const [resultaat, bevestig] = useMutation(BEVESTIG);
  const [{ data: bestaandeData }] = useQuery({
    query: BESTAANDE,
    variables: { filter: { gemeenteId: voorstel.gemeenteId } },
  });
  const bestaande = (bestaandeData?.overeenkomsten.items ?? []).filter((o) =>
    o.deelnemers.some((d) => d.regie && d.partij.id === voorstel.gemeenteId),
  );
  const bij = bestaande.find((o) => o.id === staat.overeenkomstId) ?? null;
  const serverMeldingen = useMemo(() => meldingen(resultaat.error), [resultaat.error]);
  const alle = eigen.length > 0 ? eigen : serverMeldingen;
  const foutVoor = (pad: string) =>
    alle.find((m) => m.veld === `input.${pad}` || m.veld.startsWith(`input.${pad}.`))?.tekst ??
    null;

  // After a refusal, the field it names gets the focus.
  const vorige = useRef<VeldMelding[]>([]);
  useEffect(() => {
    if (alle === vorige.current || alle.length === 0) return;
    vorige.current = alle;
    const veld = document.getElementById(veldId(alle[0]!.veld));
    if (veld) focusOp(veld);
  }, [alle]);

  const wijzig = (f: (s: Staat) => Staat) => zetStaat((s) => f(s));
  const wijzigAfspraak = (h: number, a: number, f: (a: Afspraak) => Afspraak) =>
    wijzig((s) => ({
      ...s,
      hoofdstukken: s.hoofdstukken.map((hs, i) =>
        i !== h ? hs : { ...hs, afspraken: hs.afspraken.map((x, j) => (j === a ? f(x) : x)) },
      ),
    }));
  const vervangAfspraken = (h: number, f: (lijst: Afspraak[]) => Afspraak[]) =>
    wijzig((s) => ({
      ...s,
      hoofdstukken: s.hoofdstukken.map((hs, i) =>
        i !== h ? hs : { ...hs, afspraken: f(hs.afspraken) },
      ),
    }));

  /** A removed afspraak back where it stood (or at its chapter's end). */
  const zetTerug = (index: number) =>
    wijzig((s) => {
      const terug = s.overig[index]?.terug;
      if (!terug) return s;
      return {
        ...s,
        overig: s.overig.filter((_, i) => i !== index),
        hoofdstukken: s.hoofdstukken.map((h, i) =>
          i !== terug.hoofdstuk
            ? h
            : {
                ...h,
                afspraken: [
                  ...h.afspraken.slice(0, terug.plek),
                  terug.afspraak,
                  ...h.afspraken.slice(terug.plek),
                ],
              },
        ),
      };
    });

  // A bijlage lives in the period of the overeenkomst it joins.
  const startjaar = bij ? bij.startjaar : Number(staat.startjaar);
  const eindjaar = bij ? bij.eindjaar : Number(staat.eindjaar);
  const periodeGeldig =
    Number.isInteger(startjaar) &&
    Number.isInteger(eindjaar) &&
    startjaar >= 1990 &&
    eindjaar <= 2100 &&
    startjaar <= eindjaar;
  const periode = periodeGeldig ? jarenVan(startjaar, eindjaar) : [];
  const aantalAfspraken = staat.hoofdstukken.reduce((n, h) => n + h.afspraken.length, 0);
  const nieuwePartijen = staat.partijen.filter((p) => !p.partijId).length;

  /** What the client can tell before asking the server; the server checks everything again. */
  const controleer = (): VeldMelding[] => {
    const lijst: VeldMelding[] = [];
    if (!staat.titel.trim())
      lijst.push({ veld: 'input.titel', tekst: 'Geef de overeenkomst een titel.' });
    if (!periodeGeldig)
      lijst.push({
        veld: 'input.startjaar',
        tekst: 'Vul een geldige periode in: het startjaar vóór of gelijk aan het eindjaar.',
      });
    staat.partijen.forEach((p, i) => {
      if (!p.naam.trim())
        lijst.push({ veld: `input.partijen.${i}.naam`, tekst: 'Elke partij heeft een naam.' });
      if (!p.soort)
        lijst.push({ veld: `input.partijen.${i}.soort`, tekst: 'Kies wat voor partij dit is.' });
    });
    if (!staat.partijen.some((p) => p.soort === 'GEMEENTE'))
      lijst.push({ veld: 'input.partijen', tekst: 'Ten minste één partij is een gemeente.' });
    if (aantalAfspraken === 0)
      lijst.push({ veld: 'input.hoofdstukken', tekst: 'Er is geen afspraak om aan te maken.' });
    staat.indicatoren
      .filter((i) => i.aanmaken)
      .forEach((ind, i) =>
        ind.streefwaarden.forEach((sw, j) => {
          if (leesGetal(sw.invoer) === null)
            lijst.push({
              veld: `input.indicatoren.${i}.streefwaarden.${j}.waarde`,
              tekst: `Vul voor ${ind.naam} in ${sw.jaar} een getal in, bijv. 1.250 of 2,5.`,
            });
        }),
      );
    staat.hoofdstukken.forEach((h, i) =>
      h.afspraken.forEach((a, j) => {
        a.geld.forEach((g, k) => {
          if (g.euro === null)
            lijst.push({
              veld: `input.hoofdstukken.${i}.afspraken.${j}.bedragen.${k}.euro`,
              tekst: 'Vul een bedrag in euro in, bijv. 200.000 of 1,5 miljoen.',
            });
        });
        a.normen.forEach((n, k) => {
          if (n.waarde === null)
            lijst.push({
              veld: `input.hoofdstukken.${i}.afspraken.${j}.normen.${k}.waarde`,
              tekst: 'Vul bij de norm een getal in.',
            });
        });
      }),
    );
    return lijst;
  };

  const maakAan = async () => {
    const input = {
      importId: voorstel.id,
      overeenkomstId: bij?.id ?? null,
      titel: staat.titel.trim(),
      startjaar,
      eindjaar,
      preambule: bij ? '' : staat.preambule,
      partijen: staat.partijen.map((p) => ({
        naam: p.naam.trim(),
        soort: p.soort as PartijSoort,
        ...(p.partijId ? { partijId: p.partijId } : p.gegevens),
      })),
      indicatoren: staat.indicatoren
        .filter((i) => i.aanmaken)
        .map(({ naam, eenheid, streefwaarden }) => ({
          naam,
          eenheid,
          streefwaarden: streefwaarden.map(({ jaar, invoer }) => ({
            jaar,
            waarde: leesGetal(invoer)!,
          })),
        })),
      hoofdstukken: staat.hoofdstukken.map((h) => ({
        titel: h.titel.trim(),
        afspraken: h.afspraken.map((a) => ({
          tekst: a.tekst,
          type: a.type,
          trekker: a.trekker,
          jaren: a.jaren,
          doelgroepen: a.doelgroepen,
          normen: a.normen.map(({ woorden: _, invoer: __, ...n }) => ({ ...n, waarde: n.waarde! })),
          locaties: a.locaties,
          bedragen: a.geld.map(({ woorden: _, invoer: __, ...g }) => ({ ...g, euro: g.euro! })),
          kenmerken: a.kenmerken,
        })),
      })),
    };
    const antwoord = await bevestig({ input });
    zetBevestigen(false);
    if (!antwoord.error && antwoord.data)
      void navigate(`/overeenkomsten/${antwoord.data.bevestigImport.id}`);
  };

  const algemeen =
    alle.length > 0
      ? alle.map((m) => m.tekst).join(' ')
      : resultaat.error
        ? foutmelding(resultaat.error)
        : null;

  return (
    <div className="pagina import-nakijken">
      <p className="kruimelpad">
        <Link to="/">Overeenkomsten</Link> / Akkoord nakijken
      </p>
      <h1>Akkoord nakijken</h1>
      <p>
        Gelezen uit <strong>{voorstel.bestandsnaam}</strong>
        {voorstel.paginas
          ? ` (${voorstel.paginas === 1 ? '1 pagina' : `${voorstel.paginas} pagina’s`})`
          : ''}
        . Controleer de titel, de partijen en per afspraak het type en de trekker. Er wordt niets
        aangemaakt totdat u dat bevestigt.
      </p>

      <section aria-labelledby="kop-algemeen" className="kaart import-sectie">
        <h2 id="kop-algemeen">Overeenkomst</h2>
        {bestaande.length > 0 && (
          <KeuzeVeld
            id={veldId('input.overeenkomstId')}
            label="Wat wordt dit akkoord?"
            waarde={staat.overeenkomstId}
            onKies={(overeenkomstId) => wijzig((s) => ({ ...s, overeenkomstId }))}
            opties={[
              { waarde: '', label: 'Een nieuwe overeenkomst' },
              ...bestaande.map((o) => ({
                waarde: o.id,
                label: `Een bijlage bij ‘${o.titel}’ (${o.startjaar}–${o.eindjaar})`,
              })),
            ]}
          >
            <Fout fout={foutVoor('overeenkomstId')} />
          </KeuzeVeld>
        )}
        <TekstVeld
          id={veldId('input.titel')}
          label={bij ? 'Titel van de bijlage' : 'Titel'}
          waarde={staat.titel}
          onWijzig={(titel) => wijzig((s) => ({ ...s, titel }))}
          required
          aria-invalid={!!foutVoor('titel') || undefined}
        >
          <Fout fout={foutVoor('titel')} />
        </TekstVeld>
        {bij ? (
          <p className="klein">
            Periode: {bij.startjaar}–{bij.eindjaar}, die van de overeenkomst. Partijen die er nog
            niet aan deelnemen, worden ondertekenaar.
          </p>
        ) : (
          <div className="formulier-rij import-periode">
            <TekstVeld
              id={veldId('input.startjaar')}
              label="Startjaar"
              waarde={staat.startjaar}
              inputMode="numeric"
              onWijzig={(startjaar) => wijzig((s) => ({ ...s, startjaar }))}
              aria-invalid={!!foutVoor('startjaar') || undefined}
            />
            <TekstVeld
              id={veldId('input.eindjaar')}
              label="Eindjaar"
              waarde={staat.eindjaar}
              inputMode="numeric"
              onWijzig={(eindjaar) => wijzig((s) => ({ ...s, eindjaar }))}
              aria-invalid={!!foutVoor('eindjaar') || undefined}
            />
          </div>
        )}
        <Fout fout={foutVoor('startjaar') ?? foutVoor('eindjaar')} />
      </section>

      <section aria-labelledby="kop-partijen" className="kaart import-sectie">
        <h2 id="kop-partijen">Partijen</h2>
        <p className="klein">
          Een partij die al in Driehoek staat, wordt gekoppeld; een nieuwe wordt aangemaakt. De
          eerste gemeente heeft de regie.
        </p>
        <Fout fout={alle.find((m) => m.veld === 'input.partijen')?.tekst} />
        <ul className="import-partijen">
          {staat.partijen.map((p, i) => (
            <li key={i} className="import-partij">
              <TekstVeld
                id={veldId(`input.partijen.${i}.naam`)}
                label={`Naam partij ${i + 1}`}
                waarde={p.naam}
                onWijzig={(naam) =>
                  wijzig((s) => ({
                    ...s,
                    partijen: s.partijen.map((x, j) => (j === i ? { ...x, naam } : x)),
                  }))
                }
                aria-invalid={!!foutVoor(`partijen.${i}.naam`) || undefined}
              >
                <Fout fout={foutVoor(`partijen.${i}.naam`)} />
              </TekstVeld>
              <KeuzeVeld
                id={veldId(`input.partijen.${i}.soort`)}
                label="Soort"
                waarde={p.soort}
                leeg="Kies een soort"
                opties={PARTIJ_SOORT}
                onKies={(soort) =>
                  wijzig((s) => ({
                    ...s,
                    partijen: s.partijen.map((x, j) =>
                      j === i ? { ...x, soort: soort as PartijSoort | '' } : x,
                    ),
                  }))
                }
                aria-invalid={!!foutVoor(`partijen.${i}.soort`) || undefined}
              >
                <Fout fout={foutVoor(`partijen.${i}.soort`)} />
              </KeuzeVeld>
              <p className="import-partij-status">
                {p.partijId ? (
                  <Badge soort="akkoord">Bestaat al</Badge>
                ) : (
                  <Badge soort="open">Nieuw</Badge>
                )}
              </p>
              {p.bron && p.bron !== p.naam && <p className="klein import-bron">Bron: {p.bron}</p>}
              {!p.partijId && gegevensTekst(p.gegevens) && (
                <p className="klein import-bron">
                  Wordt aangemaakt met: {gegevensTekst(p.gegevens)}
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="kop-considerans" className="kaart import-sectie">
        <h2 id="kop-considerans">Overwegingen (preambule)</h2>
        {bij && (
          <p className="melding-info">
            Een bijlage heeft geen eigen preambule: deze tekst wordt niet overgenomen. Wilt u hem
            bewaren, neem hem dan op in een afspraak. Het bestand blijft bewaard bij de documenten.
          </p>
        )}
        <TekstVeld
          disabled={!!bij}
          id={veldId('input.preambule')}
          label="Tekst van de preambule"
          regels={Math.min(12, Math.max(3, staat.preambule.split('\n').length + 1))}
          waarde={staat.preambule}
          onWijzig={(preambule) => wijzig((s) => ({ ...s, preambule }))}
        >
          <Fout fout={foutVoor('preambule')} />
        </TekstVeld>
      </section>

      <h2 id="kop-afspraken">Hoofdstukken en afspraken</h2>
      <p className="klein">
        Geel gemarkeerd in de tekst: de woorden waaraan het type is herkend; blauw onderstreept: wat
        als norm, bedrag of plaats is overgenomen (zie ‘Ook uit de tekst’). Een afspraak die u
        verwijdert, komt bij ‘Niet ondergebracht’ te staan; er gaat geen zin verloren.
      </p>
      <Fout fout={alle.find((m) => m.veld === 'input.hoofdstukken')?.tekst} />
      {staat.hoofdstukken.map((h, hi) => (
        <section key={h.sleutel} className="import-hoofdstuk" aria-labelledby={`imp-kop-${hi}`}>
          <h3 id={`imp-kop-${hi}`} className="sr-only">
            Hoofdstuk {hi + 1}: {h.titel}
          </h3>
          <TekstVeld
            id={veldId(`input.hoofdstukken.${hi}.titel`)}
            label={`Hoofdstuk ${hi + 1}`}
            waarde={h.titel}
            className="veld import-hoofdstuk-titel"
            onWijzig={(titel) =>
              wijzig((s) => ({
                ...s,
                hoofdstukken: s.hoofdstukken.map((x, j) => (j === hi ? { ...x, titel } : x)),
              }))
            }
          >
            <Fout fout={foutVoor(`hoofdstukken.${hi}.titel`)} />
          </TekstVeld>
          {h.afspraken.length === 0 && (
            <p className="leeg">Geen afspraken meer in dit hoofdstuk; het wordt niet aangemaakt.</p>
          )}
          <ol className="import-afspraken">
            {h.afspraken.map((a, ai) => (
              <AfspraakKaart
                key={a.sleutel}
                afspraak={a}
                pad={`hoofdstukken.${hi}.afspraken.${ai}`}
                partijen={staat.partijen}
                periode={periode}
                heeftVolgende={ai < h.afspraken.length - 1}
                foutVoor={foutVoor}
                onWijzig={(f) => wijzigAfspraak(hi, ai, f)}
                onSplits={(na) =>
                  vervangAfspraken(hi, (lijst) => {
                    const delen = zinnen(a.tekst);
                    const eerste = delen.slice(0, na).join(' ');
                    const tweede = delen.slice(na).join(' ');
                    const naam = a.nummer ?? a.herkomst?.replace(/^uit /, '') ?? null;
                    return [
                      ...lijst.slice(0, ai),
                      {
                        ...a,
                        tekst: eerste,
                        signalen: signalenIn(eerste, a.signalen),
                        ...gegevensIn(a, eerste),
                        kenmerken: {},
                      },
                      {
                        ...a,
                        sleutel: sleutel(),
                        nummer: null,
                        herkomst: naam ? `uit ${naam}` : 'afgesplitst',
                        tekst: tweede,
                        signalen: signalenIn(tweede, a.signalen),
                        ...gegevensIn(a, tweede),
                        kenmerken: {},
                      },
                      ...lijst.slice(ai + 1),
                    ];
                  })
                }
                onVoegSamen={() =>
                  vervangAfspraken(hi, (lijst) => {
                    const b = lijst[ai + 1]!;
                    return [
                      ...lijst.slice(0, ai),
                      {
                        ...a,
                        tekst: `${a.tekst} ${b.tekst}`,
                        signalen: [...new Set([...a.signalen, ...b.signalen])],
                        jaren: [...new Set([...a.jaren, ...b.jaren])].sort((x, y) => x - y),
                        doelgroepen: [...new Set([...a.doelgroepen, ...b.doelgroepen])],
                        normen: [...a.normen, ...b.normen],
                        locaties: [...a.locaties, ...b.locaties],
                        geld: [...a.geld, ...b.geld],
                        kenmerken: {},
                      },
                      ...lijst.slice(ai + 2),
                    ];
                  })
                }
                onVerwijder={() => {
                  kondigAan(
                    `Afspraak ${a.nummer ?? a.herkomst ?? ''} staat nu onder ‘Niet ondergebracht’.`,
                  );
                  vervangAfspraken(hi, (lijst) => lijst.filter((_, j) => j !== ai));
                  wijzig((s) => ({
                    ...s,
                    overig: [
                      ...s.overig,
                      {
                        tekst: a.tekst,
                        herkomst: `Verwijderd: afspraak ${a.nummer ?? a.herkomst ?? ''}`.trim(),
                        terug: { afspraak: a, hoofdstuk: hi, plek: ai },
                      },
                    ],
                  }));
                }}
              />
            ))}
          </ol>
        </section>
      ))}

      <section aria-labelledby="kop-overig" className="import-sectie">
        <h2 id="kop-overig">Niet ondergebracht</h2>
        {staat.overig.length === 0 ? (
          <p className="leeg">Alle tekst is ondergebracht.</p>
        ) : (
          <>
            <p className="klein">
              Deze tekst staat in het bestand, maar niet in een afspraak of de preambule. Neem hem
              zo nodig over in de preambule of een afspraak.
            </p>
            <ul className="import-overig">
              {staat.overig.map((r, i) => (
                <li key={i}>
                  {r.herkomst && <span className="klein">{r.herkomst} — </span>}
                  {r.tekst}
                  {r.terug && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="knop-tekst"
                        onClick={() => zetTerug(i)}
                        aria-label={`Terugzetten: ${r.herkomst?.replace(/^Verwijderd: /, '') ?? 'afspraak'}`}
                      >
                        Terugzetten
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {voorstel.tabellen.length > 0 && (
        <section aria-labelledby="kop-tabellen" className="import-sectie">
          <h2 id="kop-tabellen">Tabellen</h2>
          <p className="klein">
            Tabellen worden niet als afspraak aangemaakt. Een tabel met een kolom per jaar wordt
            gelezen als indicatoren met hun streefwaarden.
          </p>
          {staat.indicatoren.length > 0 && (
            <fieldset className="import-indicatoren">
              <legend>Indicatoren aanmaken</legend>
              {staat.indicatoren.map((ind, i) => {
                // Its place among the indicators sent: what the server's refusals name.
                const plek = staat.indicatoren.slice(0, i).filter((x) => x.aanmaken).length;
                return (
                  <div key={i} className="import-indicator">
                    <label className="keuze">
                      <input
                        type="checkbox"
                        checked={ind.aanmaken}
                        onChange={(e) =>
                          wijzig((s) => ({
                            ...s,
                            indicatoren: s.indicatoren.map((x, j) =>
                              j === i ? { ...x, aanmaken: e.target.checked } : x,
                            ),
                          }))
                        }
                      />{' '}
                      {ind.naam}
                      {ind.eenheid ? ` (${ind.eenheid})` : ''}
                    </label>
                    {ind.aanmaken && (
                      <div className="import-streefwaarden">
                        {ind.streefwaarden.map((sw, j) => {
                          const pad = `indicatoren.${plek}.streefwaarden.${j}`;
                          return (
                            <TekstVeld
                              key={sw.jaar}
                              id={veldId(`input.${pad}.waarde`)}
                              label={`${sw.jaar}`}
                              waarde={sw.invoer}
                              inputMode="decimal"
                              aria-invalid={
                                !!(foutVoor(`${pad}.waarde`) ?? foutVoor(`${pad}.jaar`)) ||
                                undefined
                              }
                              onWijzig={(invoer) =>
                                wijzig((s) => ({
                                  ...s,
                                  indicatoren: s.indicatoren.map((x, k) =>
                                    k === i
                                      ? {
                                          ...x,
                                          streefwaarden: x.streefwaarden.map((y, m) =>
                                            m === j ? { ...y, invoer } : y,
                                          ),
                                        }
                                      : x,
                                  ),
                                }))
                              }
                            >
                              <Fout fout={foutVoor(`${pad}.waarde`) ?? foutVoor(`${pad}.jaar`)} />
                            </TekstVeld>
                          );
                        })}
                      </div>
                    )}
                  </div>
                );
              })}
            </fieldset>
          )}
          {voorstel.tabellen.map((t, i) => (
            <div key={i} className="tabel-scroll">
              <table>
                <caption>{t.titel ?? `Tabel ${i + 1}`}</caption>
                <tbody>
                  {t.rijen.map((rij, r) => (
                    <tr key={r}>
                      {rij.map((cel, c) => (
                        <td key={c}>{cel}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      )}

      <section aria-labelledby="kop-ondertekening" className="import-sectie">
        <h2 id="kop-ondertekening">Ondertekening in het bestand</h2>
        {voorstel.ondertekening.length === 0 ? (
          <p className="leeg">Geen ondertekening gevonden.</p>
        ) : (
          <div className="preambule">
            {voorstel.ondertekening.map((regel, i) => (
              <p key={i}>{regel}</p>
            ))}
          </div>
        )}
        <p className="klein">
          De partijen ondertekenen de nieuwe overeenkomst opnieuw in Driehoek.
        </p>
      </section>

      <div className="import-voet">
        {algemeen && <Fout fout={algemeen} />}
        <button
          type="button"
          className="knop"
          onClick={() => {
            const lijst = controleer();
            zetEigen(lijst);
            if (lijst.length === 0) zetBevestigen(true);
          }}
        >
          {bij ? 'Bijlage toevoegen' : 'Overeenkomst aanmaken'}
        </button>
      </div>

      <Dialoog
        open={bevestigen}
        titel={bij ? 'Bijlage toevoegen?' : 'Overeenkomst aanmaken?'}
        onSluit={() => zetBevestigen(false)}
      >
        <p>
          {bij
            ? `U voegt ‘${staat.titel.trim()}’ als bijlage toe aan ‘${bij.titel}’ (${startjaar}–${eindjaar}) met `
            : `U maakt ‘${staat.titel.trim()}’ (${startjaar}–${eindjaar}) aan met `}
          {aantal(aantalAfspraken, 'afspraak', 'afspraken')} en{' '}
          {aantal(staat.partijen.length, 'partij', 'partijen')}
          {nieuwePartijen > 0
            ? `, waarvan ${nieuwePartijen === 1 ? 'één nieuwe partij' : `${nieuwePartijen} nieuwe partijen`} in Driehoek wordt aangemaakt`
            : ''}
          .
        </p>
        <p className="klein">Het bestand wordt bewaard bij de documenten van de overeenkomst.</p>
        <BevestigKnoppen
          tekst="Ja, aanmaken"
          bezig={resultaat.fetching}
          onBevestig={() => void maakAan()}
          onAnnuleer={() => zetBevestigen(false)}
        />
      </Dialoog>
    </div>
  );
}

function aantal(n: number, een: string, meer: string): string {
  return `${n} ${n === 1 ? een : meer}`;
}

function AfspraakKaart({
  afspraak: a,
  pad,
  partijen,
  periode,
  heeftVolgende,
  foutVoor,
  onWijzig,
  onSplits,
  onVoegSamen,
  onVerwijder,
}: {
  afspraak: Afspraak;
  pad: string;
  partijen: Partij[];
  periode: number[];
  heeftVolgende: boolean;
  foutVoor: (pad: string) => string | null;
  onWijzig: (f: (a: Afspraak) => Afspraak) => void;
  onSplits: (naZin: number) => void;
  onVoegSamen: () => void;
  onVerwijder: () => void;
}) {
  const id = veldId(`input.${pad}`);
  const kopId = useId();
  const delen = zinnen(a.tekst);
  const [splitsen, zetSplitsen] = useState(false);
  const [naZin, zetNaZin] = useState(1);
  const onzeker = a.zekerheid < 0.5;
  const naam = a.nummer ? `afspraak ${a.nummer}` : `afspraak (${a.herkomst ?? 'nieuw'})`;
  // Years the source names outside the period: shown, so they can be unticked.
  const jaren = [...new Set([...periode, ...a.jaren])].sort((x, y) => x - y);
  const jaarFout = foutVoor(`${pad}.jaren`);
  return (
    <li className={`import-afspraak${onzeker ? ' import-is-onzeker' : ''}`} aria-labelledby={kopId}>
      <div className="import-bron-tekst">
        <p className="import-nummer" id={kopId}>
          <span className="sr-only">Afspraak </span>
          {a.nummer ?? <span className="klein">{a.herkomst ?? 'zonder nummer'}</span>}
          {onzeker && <span className="badge badge-vertraagd import-onzeker">Onzeker</span>}
        </p>
        <p className="import-tekst" id={`${id}-tekst`}>
          <MetSignalen
            tekst={a.tekst}
            signalen={a.signalen}
            gegevens={[
              ...a.normen.map((n) => ({ woorden: n.woorden, wat: `Norm: ${n.onderwerp}` })),
              ...a.geld.map((g) => ({ woorden: g.woorden, wat: `Bedrag: ${g.doel}` })),
              ...a.locaties.map((l) => ({
                woorden: l.naam,
                wat: `${LOCATIE_SOORT_LABEL[l.soort] ?? 'Plaats'}`,
              })),
            ]}
          />
        </p>
        <Fout fout={foutVoor(`${pad}.tekst`)} />
        <div className="import-acties">
          {delen.length > 1 && (
            <button
              type="button"
              className="knop-tekst"
              aria-expanded={splitsen}
              onClick={() => zetSplitsen((s) => !s)}
            >
              Splitsen
            </button>
          )}
          {heeftVolgende && (
            <button
              type="button"
              className="knop-tekst"
              onClick={() => {
                onVoegSamen();
                kondigAan('Samengevoegd met de volgende afspraak.');
              }}
            >
              Samenvoegen met volgende
            </button>
          )}
          <button
            type="button"
            className="knop-tekst"
            onClick={onVerwijder}
            aria-label={`Verwijderen: ${naam} (tekst gaat naar ‘Niet ondergebracht’)`}
          >
            Verwijderen
          </button>
        </div>
        {splitsen && delen.length > 1 && (
          <div className="formulier-rij import-splitsen">
            <KeuzeVeld
              id={`${id}-splits`}
              label="Nieuwe afspraak begint bij"
              waarde={naZin}
              onKies={(w) => zetNaZin(Number(w))}
              opties={delen.slice(1).map((z, i) => ({
                waarde: i + 1,
                label: `Zin ${i + 2}: ${z.length > 50 ? `${z.slice(0, 50)}…` : z}`,
              }))}
            />
            <button
              type="button"
              className="knop-secundair"
              onClick={() => {
                zetSplitsen(false);
                onSplits(naZin);
                kondigAan('Gesplitst: het tweede deel staat als nieuwe afspraak eronder.');
              }}
            >
              Hier splitsen
            </button>
          </div>
        )}
      </div>
      <div className="import-keuzes">
        <KeuzeVeld
          id={`${id}-type`}
          label={`Type van ${naam}`}
          waarde={a.type}
          opties={TYPE_NAAM}
          onKies={(type) => onWijzig((x) => ({ ...x, type: type as AfspraakType }))}
          aria-describedby={`${id}-waarom`}
          aria-invalid={!!foutVoor(`${pad}.type`) || undefined}
        >
          <p className="klein import-waarom" id={`${id}-waarom`}>
            {a.type !== a.voorgesteld ? (
              <>Voorgesteld was: {TYPE_NAAM[a.voorgesteld]}. </>
            ) : onzeker ? (
              <>Onzeker voorstel. </>
            ) : null}
            {a.signalen.length > 0
              ? `Herkend aan: ${a.signalen.map((s) => `‘${s}’`).join(', ')}.`
              : 'Geen kenmerkende woorden gevonden.'}
          </p>
          <Fout fout={foutVoor(`${pad}.type`)} />
        </KeuzeVeld>
        <TypeGegevens afspraak={a} id={id} pad={pad} foutVoor={foutVoor} onWijzig={onWijzig} />
        <KeuzeVeld
          id={`${id}-trekker`}
          label="Trekker"
          waarde={a.trekker}
          opties={partijen.map((p, i) => ({ waarde: i, label: p.naam || `Partij ${i + 1}` }))}
          onKies={(w) => onWijzig((x) => ({ ...x, trekker: Number(w) }))}
          aria-invalid={!!foutVoor(`${pad}.trekker`) || undefined}
        >
          <Fout fout={foutVoor(`${pad}.trekker`)} />
        </KeuzeVeld>
        <fieldset
          className="import-jaren"
          id={`${id}-jaren`}
          aria-invalid={!!jaarFout || undefined}
          aria-describedby={jaarFout ? `${id}-jaren-fout` : undefined}
        >
          <legend>Jaren</legend>
          {jaren.length === 0 && <span className="klein">Vul eerst de periode in.</span>}
          {jaren.map((jaar) => (
            <label key={jaar} className="keuze import-jaar">
              <input
                type="checkbox"
                checked={a.jaren.includes(jaar)}
                onChange={(e) =>
                  onWijzig((x) => ({
                    ...x,
                    jaren: e.target.checked
                      ? [...x.jaren, jaar].sort((p, q) => p - q)
                      : x.jaren.filter((j) => j !== jaar),
                  }))
                }
              />{' '}
              {jaar}
              {!periode.includes(jaar) && <span className="klein"> (buiten de periode)</span>}
            </label>
          ))}
          <Fout fout={jaarFout} id={`${id}-jaren-fout`} />
        </fieldset>
        <UitDeTekst
          afspraak={a}
          id={id}
          pad={pad}
          partijen={partijen}
          foutVoor={foutVoor}
          onWijzig={onWijzig}
        />
      </div>
    </li>
  );
}

/**
 * Target groups, norms, places and amounts the text states: each becomes a field of the afspraak
 * unless the reviewer removes it; an amount also asks who pays it.
 */
function UitDeTekst({
  afspraak: a,
  id,
  pad,
  partijen,
  foutVoor,
  onWijzig,
}: {
  afspraak: Afspraak;
  id: string;
  pad: string;
  partijen: Partij[];
  foutVoor: (pad: string) => string | null;
  onWijzig: (f: (a: Afspraak) => Afspraak) => void;
}) {
  const items = a.doelgroepen.length + a.normen.length + a.locaties.length + a.geld.length;
  if (items === 0) return null;
  const zonder = <T,>(lijst: T[], i: number) => lijst.filter((_, j) => j !== i);
  const wijzigBedrag = (i: number, wijziging: Partial<Afspraak['geld'][number]>) =>
    onWijzig((x) => ({
      ...x,
      geld: x.geld.map((h, k) => (k === i ? { ...h, ...wijziging } : h)),
    }));
  const weg = (label: string, onKlik: () => void) => (
    <button type="button" className="knop-tekst" aria-label={`${label} weghalen`} onClick={onKlik}>
      ×
    </button>
  );
  return (
    <fieldset className="import-gegevens">
      <legend>Ook uit de tekst</legend>
      <ul className="import-gegevens-lijst">
        {a.doelgroepen.map((d, i) => (
          <li key={`d${d}`}>
            <span className="klein">Doelgroep</span> {DOELGROEP[d] ?? d}
            {weg(`Doelgroep ${DOELGROEP[d] ?? d}`, () =>
              onWijzig((x) => ({ ...x, doelgroepen: zonder(x.doelgroepen, i) })),
            )}
          </li>
        ))}
        {a.normen.map((n, i) => {
          const tekst = normWaardeTekst({ ...n, waardeTekst: null });
          return (
            <li key={`n${i}`}>
              <span>
                <span className="klein">Norm</span> {tekst} — {n.onderwerp}
                {weg(`Norm ${tekst}`, () =>
                  onWijzig((x) => ({ ...x, normen: zonder(x.normen, i) })),
                )}
              </span>
              <TekstVeld
                id={veldId(`input.${pad}.normen.${i}.waarde`)}
                label={`Waarde van de norm (${n.onderwerp.length > 40 ? `${n.onderwerp.slice(0, 40)}…` : n.onderwerp})`}
                waarde={n.invoer}
                inputMode="decimal"
                aria-invalid={!!foutVoor(`${pad}.normen.${i}.waarde`) || undefined}
                onWijzig={(invoer) =>
                  onWijzig((x) => ({
                    ...x,
                    normen: x.normen.map((m, k) =>
                      k === i ? { ...m, invoer, waarde: leesGetal(invoer) } : m,
                    ),
                  }))
                }
              >
                <Fout
                  fout={foutVoor(`${pad}.normen.${i}.waarde`) ?? foutVoor(`${pad}.normen.${i}`)}
                />
              </TekstVeld>
            </li>
          );
        })}
        {a.locaties.map((l, i) => (
          <li key={`l${i}`}>
            <span className="klein">{LOCATIE_SOORT_LABEL[l.soort] ?? 'Plaats'}</span> {l.naam}
            {weg(`Plaats ${l.naam}`, () =>
              onWijzig((x) => ({ ...x, locaties: zonder(x.locaties, i) })),
            )}
          </li>
        ))}
        {a.geld.map((g, i) => {
          const bedrag =
            `${g.euro === null ? 'dit bedrag' : bedragTekst(Math.round(g.euro * 100))} ${FREQUENTIE_TEKST[g.frequentie] ?? ''}`.trim();
          return (
            <li key={`g${i}`} className="import-bedrag">
              <span>
                <span className="klein">Bedrag</span> {bedrag} — {g.doel}
                {weg(`Bedrag ${bedrag}`, () =>
                  onWijzig((x) => ({ ...x, geld: zonder(x.geld, i) })),
                )}
              </span>
              <div className="formulier-rij">
                <TekstVeld
                  id={veldId(`input.${pad}.bedragen.${i}.euro`)}
                  label="Bedrag in euro"
                  waarde={g.invoer}
                  inputMode="decimal"
                  aria-invalid={!!foutVoor(`${pad}.bedragen.${i}.euro`) || undefined}
                  onWijzig={(invoer) => {
                    const centen = leesBedrag(invoer);
                    wijzigBedrag(i, { invoer, euro: centen === null ? null : centen / 100 });
                  }}
                >
                  <Fout fout={foutVoor(`${pad}.bedragen.${i}.euro`)} />
                </TekstVeld>
                <KeuzeVeld
                  id={`${id}-bedrag-${i}-frequentie`}
                  label={`Hoe vaak ${g.invoer ? `€ ${g.invoer}` : 'dit bedrag'}?`}
                  waarde={g.frequentie}
                  opties={Object.entries(FREQUENTIE_TEKST).map(([waarde, label]) => ({
                    waarde,
                    label,
                  }))}
                  onKies={(w) =>
                    wijzigBedrag(i, { frequentie: w as VoorgesteldBedrag['frequentie'] })
                  }
                />
                <KeuzeVeld
                  id={`${id}-bedrag-${i}-betaler`}
                  label={`Wie betaalt ${bedrag}?`}
                  waarde={g.betaler}
                  opties={partijen.map((p, k) => ({
                    waarde: k,
                    label: p.naam || `Partij ${k + 1}`,
                  }))}
                  onKies={(w) => wijzigBedrag(i, { betaler: Number(w) })}
                >
                  <Fout
                    fout={
                      foutVoor(`${pad}.bedragen.${i}.betaler`) ??
                      foutVoor(`${pad}.bedragen.${i}.jaar`)
                    }
                  />
                </KeuzeVeld>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

const FREQUENTIE_TEKST: Record<string, string> = {
  EENMALIG: 'eenmalig',
  PER_JAAR: 'per jaar',
  TOTAAL: 'in totaal',
};

/** The details of the chosen type, as read from the text, to correct before anything is made. */
function TypeGegevens({
  afspraak: a,
  id,
  pad,
  foutVoor,
  onWijzig,
}: {
  afspraak: Afspraak;
  id: string;
  pad: string;
  foutVoor: (pad: string) => string | null;
  onWijzig: (f: (a: Afspraak) => Afspraak) => void;
}) {
  const gelezen = useMemo(() => kenmerkenUit(a.tekst, a.jaren), [a.tekst, a.jaren]);
  const waarde = { ...gelezen, ...a.kenmerken };
  const zet = (wijziging: Partial<ImportKenmerken>) =>
    onWijzig((x) => ({ ...x, kenmerken: { ...x.kenmerken, ...wijziging } }));
  const fout = foutVoor(`${pad}.kenmerken`) ?? foutVoor(`${pad}.details`);
  return (
    <details className="import-type-gegevens" open={!!fout || undefined}>
      <summary>Gegevens van de {TYPE_NAAM[a.type].toLowerCase()}</summary>
      {a.type === 'BESCHRIJVEND' && (
        <KeuzeVeld
          id={`${id}-beschrijvend-soort`}
          label="Soort"
          waarde={waarde.beschrijvendSoort}
          opties={['UITGANGSPUNT', 'DEFINITIE', 'FINANCIEEL_UITGANGSPUNT'].map((soort) => ({
            waarde: soort,
            label: BESCHRIJVEND_SOORT_LABEL[soort] ?? soort,
          }))}
          onKies={(w) => zet({ beschrijvendSoort: w as ImportKenmerken['beschrijvendSoort'] })}
        />
      )}
      {KENMERK_VELDEN[a.type].map((veld) => (
        <TekstVeld
          key={veld.naam}
          id={`${id}-${veld.naam}`}
          label={veld.label}
          regels={veld.regels}
          waarde={waarde[veld.naam]}
          onWijzig={(tekst) => zet({ [veld.naam]: tekst })}
        />
      ))}
      <Fout fout={fout} />
    </details>
  );
}
