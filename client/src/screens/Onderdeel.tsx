import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { AfspraakEditor, type Selectie } from '../components/AfspraakEditor';
import { Badge, Dialoog, Fout, Laden, Leeg } from '../components/ui';
import { graphql } from '../gql';
import { kleurVoor, partijKleur, useSamenwerking, type Verbindingsstatus } from '../lib/collab';
import type { SuggestieContext, SuggestieWeergave } from '../lib/suggestiemodus';
import { DEEL_SOORTEN, isSoort, STATUS_SOORTEN, useGebeurtenissen } from '../lib/gebeurtenissen';
import { isEigenEcho, useHerlaad } from '../lib/herladen';
import { schrijftVoor, useIk } from '../lib/ik';
import { ONDERDEEL_STATUS, TYPE_LABEL, opsomming } from '../lib/labels';
import { AfspraakPaneel } from './onderdeel/AfspraakPaneel';
import {
  StandpuntenMatrix,
  STANDPUNTEN,
  metVoorlopig,
  type VoorlopigStandpunt,
} from './onderdeel/Standpunten';
import { Voorstellen } from './onderdeel/Voorstellen';
import { ONDERDEEL_SUGGESTIES, SuggestiePaneel } from './onderdeel/Suggesties';
import { geldigeAkkoorden } from './onderdeel/AkkoordWaarschuwing';
import { useOpenSuggesties } from '../lib/suggesties-doc';
import { trekEigenSuggestieIn } from '../lib/suggestiemodus';
import type { Editor } from '@tiptap/react';
import { Versies } from './onderdeel/Versies';
import { NieuweAfspraak, NieuwVoorstelKnop } from './onderdeel/NieuweAfspraak';
import { FaseRegel } from './onderdeel/Fase';
import { useNaarTaak } from './onderdeel/naar-taak';
import { WatWordtGevraagd } from '../components/Taken';
import { openSuggestiesPerAfspraak } from './onderdeel/open-suggesties';
import { Zijblad } from './onderdeel/Zijblad';
import { useSmal } from '../lib/smal';
import { kondigAan, usePaginaTitel } from '../lib/paginatitel';
import { LiveBerichten, type LiveBericht } from '../components/LiveBerichten';
import { MARGE_BREEDTE } from '../components/OpmerkingenMarge';
import { Opmaakbalk } from '../components/Opmaakbalk';
import { aantal, berichtTekst, eigenHandeling, zodraErIs } from '../lib/live-berichten';
import { Inhoudsopgave, gaNaarAfspraak } from './onderdeel/Inhoudsopgave';
import { useOnderdeelOpmerkingen } from './onderdeel/onderdeel-opmerkingen';
import { Preambule } from './onderdeel/Preambule';

export const ONDERDEEL = graphql(`
  query Onderdeel($id: ID!) {
    onderdeel(id: $id) {
      id
      titel
      soort
      status
      fase
      ondertekenaars {
        id
        naam
      }
      externeOndertekening {
        versieId
        datum
        jaren
        bestandsnaam
        grootte
        sha256
        geregistreerdOp
        geregistreerdDoor
        downloadUrl
        ondertekenaars {
          partijId
          partij
          naam
          functie
        }
      }
      overeenkomst {
        id
        titel
        startjaar
        eindjaar
        deelnemers {
          id
          rol
          regie
          partij {
            id
            naam
          }
        }
        preambule
      }
      afspraken {
        id
        nummer
        titel
        type
        typeLabel
        tekst
        thema {
          id
          naam
        }
      }
    }
  }
`);

/** The hoofddocument's document holds the preamble in this fragment (see the server). */
const PREAMBULE = 'preambule';

const STATUS_TEKST: Record<Verbindingsstatus, string> = {
  verbinden: 'Verbinden…',
  online: 'Online',
  offline: 'Offline',
  opnieuw: 'Opnieuw verbinden…',
  geweigerd: 'Geen verbinding',
};

type Paneel = 'afspraak' | 'standpunten' | 'voorstellen' | 'versies';
const TABS: [Paneel, string][] = [
  ['afspraak', 'Afspraak'],
  ['standpunten', 'Standpunten'],
  ['voorstellen', 'Voorstellen'],
  ['versies', 'Versies en ondertekening'],
];

export function OnderdeelPagina() {
  const { id = '', onderdeelId = '' } = useParams();
  const ik = useIk();
  const [{ data, fetching, error }, herlaad] = useQuery({
    query: ONDERDEEL,
    variables: { id: onderdeelId },
  });
  const [serverMatrix, herlaadMatrix] = useQuery({
    query: STANDPUNTEN,
    variables: { onderdeelId },
  });
  // Optimistic standpunten: shown at once, replaced by the server's answer, rolled back on error.
  const [voorlopig, zetVoorlopig] = useState<VoorlopigStandpunt[]>([]);
  useEffect(() => {
    zetVoorlopig((v) => v.filter((x) => !x.bevestigd));
  }, [serverMatrix.data]);
  const matrix = metVoorlopig(serverMatrix, voorlopig, ik.naam);
  const opStandpunt = (
    v: Omit<VoorlopigStandpunt, 'bevestigd'>,
    uitkomst: 'bezig' | 'bevestigd' | 'mislukt',
  ) => {
    const zelfde = (x: VoorlopigStandpunt) =>
      x.afspraakId === v.afspraakId && x.partijId === v.partijId;
    if (uitkomst === 'bezig')
      zetVoorlopig((l) => [...l.filter((x) => !zelfde(x)), { ...v, bevestigd: false }]);
    else if (uitkomst === 'mislukt') zetVoorlopig((l) => l.filter((x) => !zelfde(x)));
    else {
      zetVoorlopig((l) => l.map((x) => (zelfde(x) ? { ...x, bevestigd: true } : x)));
      herlaadMatrix({ requestPolicy: 'network-only' });
    }
  };
  const [serverSuggesties, herlaadSuggesties] = useQuery({
    query: ONDERDEEL_SUGGESTIES,
    variables: { id: onderdeelId },
  });
  const vanServer = useMemo(
    () => new Map(serverSuggesties.data?.onderdeel.suggesties.map((s) => [s.id, s])),
    [serverSuggesties.data],
  );
  // Whose akkoord an accepted suggestion voided: said until read, not only for a moment.
  const [vervallen, zetVervallen] = useState<string | null>(null);
  const [paneel, zetPaneel] = useState<Paneel>('afspraak');
  const [gekozen, kies] = useState<string | null>(null);
  // A link from a melding names the afspraak (and comment) or the panel to open.
  const [selectie, zetSelectie] = useState<Selectie | null>(null);
  const [live, zetLive] = useState(0);
  const [melding, zetMelding] = useState('');
  const [nieuw, zetNieuw] = useState(false);
  // On a phone or tablet the panel is a sheet over the text, opened from an afspraak.
  const smal = useSmal();
  const [bladOpen, zetBladOpen] = useState(false);
  const [paneelFocus, zetPaneelFocus] = useState(0);
  const [terugNaar, zetTerugNaar] = useState<string | null>(null);
  /** The panel for this afspraak, with the focus on its heading (the selection in it is kept). */
  const openPaneel = (afspraakId: string, tab: Paneel = 'afspraak') => {
    kies(afspraakId);
    zetPaneel(tab);
    zetBladOpen(true);
    zetPaneelFocus((n) => n + 1);
  };
  useEffect(() => {
    if (!terugNaar) return;
    document.getElementById(`paneel-knop-${terugNaar}`)?.focus();
    zetTerugNaar(null);
  }, [terugNaar]);
  const opmerkingen = useOnderdeelOpmerkingen(onderdeelId);
  // The thread the user is looking at: its passage is drawn stronger, its card marked.
  const [actieveOpmerking, zetActieveOpmerking] = useState<string | null>(null);
  // The text the toolbar acts on: the one last worked in.
  const [opmaak, zetOpmaak] = useState<{ editor: Editor; naam: string } | null>(null);
  const [berichten, zetBerichten] = useState<LiveBericht[]>([]);
  const volgnummer = useRef(0);
  const sluitBericht = useCallback(
    (id: number) => zetBerichten((l) => l.filter((b) => b.id !== id)),
    [],
  );

  const onderdeel = data?.onderdeel;
  usePaginaTitel(onderdeel && `${onderdeel.titel} – ${onderdeel.overeenkomst.titel}`);
  const schrijf = schrijftVoor(ik);
  const mijnPartij =
    ik.lidmaatschappen.find((l) => onderdeel?.ondertekenaars.some((p) => p.id === l.partij.id))
      ?.partij ?? ik.lidmaatschappen[0]?.partij;
  const deelnemerIds = useMemo(
    () => onderdeel?.overeenkomst.deelnemers.map((d) => d.partij.id) ?? [],
    [onderdeel],
  );
  const gebruiker = useMemo(
    () => ({
      name: `${ik.naam} (${mijnPartij?.naam ?? ''})`,
      color: kleurVoor(mijnPartij?.id ?? ik.id),
      partij: mijnPartij?.naam ?? '',
    }),
    [ik, mijnPartij],
  );
  const { samen, status, gesynchroniseerd, wachtrij, weigering, aanwezigen, toegang } =
    useSamenwerking(onderdeelId, gebruiker);
  // Who comes and goes is said in the polite live region (the chips alone only show it).
  const vorigeAanwezigen = useRef<Map<number, string> | null>(null);
  useEffect(() => {
    const nu = new Map(aanwezigen.map((a) => [a.clientId, a.name]));
    const vorige = vorigeAanwezigen.current;
    vorigeAanwezigen.current = nu;
    if (!vorige) return;
    const namen = (van: Map<number, string>, zonder: Map<number, string>) =>
      [...van].filter(([c]) => !zonder.has(c)).map(([, naam]) => naam);
    const binnen = namen(nu, vorige);
    const weg = namen(vorige, nu);
    const zinnen = [
      binnen.length > 0 &&
        `${opsomming(binnen)} ${binnen.length === 1 ? 'is' : 'zijn'} nu aanwezig.`,
      weg.length > 0 && `${opsomming(weg)} ${weg.length === 1 ? 'is' : 'zijn'} niet meer aanwezig.`,
    ].filter(Boolean);
    if (zinnen.length > 0) kondigAan(zinnen.join(' '));
  }, [aanwezigen]);
  // In the negotiation every edit of an afspraak's text is a suggestion for the user's partij.
  const suggesties = useMemo<SuggestieContext>(
    () => ({
      // The co-editor says so as soon as the phase changes; until it has, the loaded onderdeel.
      aan:
        (toegang?.onderhandelen ?? onderdeel?.fase === 'ONDERHANDELEN') &&
        onderdeel?.status === 'CONCEPT',
      partijId: mijnPartij?.id ?? '',
      gebruikerId: ik.id,
      partijIds: [...schrijf],
    }),
    // `schrijf` is derived from `ik`.
    [toegang?.onderhandelen, onderdeel?.fase, onderdeel?.status, mijnPartij, ik],
  );
  const weergave = useMemo<SuggestieWeergave>(() => {
    const namen = new Map(
      onderdeel?.overeenkomst.deelnemers.map((d) => [d.partij.id, d.partij.naam]),
    );
    return {
      kleurVanPartij: (partijId) => partijKleur(partijId, deelnemerIds),
      partijNaam: (partijId) => namen.get(partijId) ?? '',
      auteurVan: (id) => vanServer.get(id)?.auteur ?? null,
    };
  }, [onderdeel, deelnemerIds, vanServer]);

  // Reloads on live events never cancel a request on its way (several events come at once).
  const onderdeelOpnieuw = useHerlaad(fetching, herlaad);
  const matrixOpnieuw = useHerlaad(serverMatrix.fetching, herlaadMatrix);
  const suggestiesOpnieuw = useHerlaad(serverSuggesties.fetching, herlaadSuggesties);
  // Live events of the overeenkomst: refresh what they concern and say what happened.
  useGebeurtenissen(id, (g) => {
    // The overeenkomst's own themes and deelnemers show in this onderdeel too.
    const vanOvereenkomst = isSoort(g, [...DEEL_SOORTEN.thema, ...DEEL_SOORTEN.deelnemer]);
    if (g.onderdeelId !== onderdeelId && !vanOvereenkomst) return;
    // This window's own blanket akkoord: its answer already reloaded the matrix.
    if (isEigenEcho(g)) return;
    zetLive((n) => n + 1);
    if (g.soort === 'OPMERKING') opmerkingen.herlaad();
    // One's own step is on the screen already: no message about it.
    if (!eigenHandeling(g, ik.id)) {
      const a = data?.onderdeel.afspraken.find((x) => x.id === g.afspraakId);
      const tekst = berichtTekst(g, a);
      zetMelding(tekst);
      const afspraakId = g.afspraakId;
      const draadId = g.draadId;
      const open = !afspraakId
        ? undefined
        : g.soort === 'OPMERKING' && draadId
          ? () => gaNaarOpmerking(draadId, afspraakId, true)
          : () => {
              kies(afspraakId);
              gaNaarAfspraak(afspraakId);
            };
      volgnummer.current++;
      const id = volgnummer.current;
      // At most three at once: the oldest goes first.
      // The same message again (someone typing a suggestion) replaces the last one.
      zetBerichten((l) => [...l.filter((b) => b.tekst !== tekst).slice(-2), { id, tekst, open }]);
    }
    // A phase change alters no standpunt.
    if (g.soort !== 'FASE') matrixOpnieuw();
    if (isSoort(g, ['SUGGESTIE', 'FASE'])) suggestiesOpnieuw();
    if (g.soort === 'SUGGESTIE' && g.vervallenAkkoorden?.length) {
      const a = data?.onderdeel.afspraken.find((x) => x.id === g.afspraakId);
      // The partij whose akkoord lapsed is told so in the second person, with what to do next.
      const eigen = new Set(ik.lidmaatschappen.map((l) => l.partij.naam));
      const mijn = g.vervallenAkkoorden.filter((n) => eigen.has(n));
      const anderen = g.vervallenAkkoorden.filter((n) => !eigen.has(n));
      zetVervallen(
        [
          `${g.door} (${g.partij ?? ''}) aanvaardde een suggestie in afspraak ${a?.nummer ?? ''}: de tekst is veranderd.`,
          mijn.length > 0 &&
            `Uw akkoord namens ${opsomming(mijn)} op die afspraak is daardoor vervallen; geef opnieuw uw standpunt op de nieuwe tekst.`,
          anderen.length > 0 &&
            `Het akkoord van ${opsomming(anderen)} op die afspraak is vervallen.`,
        ]
          .filter(Boolean)
          .join(' '),
      );
    }
    if (
      vanOvereenkomst ||
      isSoort(g, [
        ...STATUS_SOORTEN,
        'VOORSTEL',
        'FASE',
        'SUGGESTIE',
        'AFSPRAAK_NIEUW',
        'AFSPRAAK_GEWIJZIGD',
        'AFSPRAAK_VERWIJDERD',
        ...DEEL_SOORTEN.onderdeel,
      ])
    )
      onderdeelOpnieuw();
  });

  // A task's link (home page, overeenkomst) names the afspraak and panel to open.
  useNaarTaak(
    !!samen && !!onderdeel,
    TABS.map(([p]) => p),
    (afspraakId, tab) => {
      // A panel of the whole onderdeel (versies) opens beside the afspraak shown already.
      const bij = afspraakId ?? gekozen ?? onderdeel?.afspraken[0]?.id;
      if (bij) openPaneel(bij, tab ?? 'afspraak');
      else if (tab) zetPaneel(tab);
    },
  );
  /**
   * Show a comment thread: in the margin beside its passage at desktop width when asked and
   * it has one, else in the panel, where it can be answered; it gets the focus.
   */
  const gaNaarOpmerking = (draadId: string, afspraakId: string, inMarge = false) => {
    kies(afspraakId);
    zetPaneel('afspraak');
    zetActieveOpmerking(draadId);
    const marge = inMarge && window.matchMedia(MARGE_BREEDTE).matches;
    zodraErIs(
      [...(marge ? [`[data-marge-id="${draadId}"]`] : []), `#opmerking-${draadId}`],
      (el) => {
        el.scrollIntoView({ block: 'center' });
        el.focus({ preventScroll: true });
      },
    );
  };

  const afspraakIds = useMemo(() => onderdeel?.afspraken.map((a) => a.id) ?? [], [onderdeel]);
  const openSuggesties = useOpenSuggesties(samen?.doc, afspraakIds);
  const editors = useRef(new Map<string, Editor>());

  const gezien = useRef(new Set<string>());
  // An afspraak someone else added shows up as a new fragment in the document: load the list again.
  const bekend = useMemo(
    () => new Set([PREAMBULE, ...(data?.onderdeel.afspraken.map((a) => a.id) ?? [])]),
    [data],
  );
  useEffect(() => {
    if (!samen || !data) return;
    const doc = samen.doc;
    let klok: ReturnType<typeof setTimeout> | undefined;
    const kijk = () => {
      // Each unknown name once: a deleted afspraak's fragment stays in the document.
      const nieuw = [...doc.share.keys()].filter(
        (naam) => !bekend.has(naam) && !gezien.current.has(naam),
      );
      if (nieuw.length > 0) {
        nieuw.forEach((naam) => gezien.current.add(naam));
        clearTimeout(klok);
        klok = setTimeout(() => herlaad({ requestPolicy: 'network-only' }), 300);
      }
    };
    doc.on('update', kijk);
    return () => {
      doc.off('update', kijk);
      clearTimeout(klok);
    };
  }, [samen, data, bekend, herlaad]);

  useEffect(() => {
    if (!melding) return;
    const klok = setTimeout(() => zetMelding(''), 6000);
    return () => clearTimeout(klok);
  }, [melding]);

  if (fetching && !data) return <Laden tekst="Onderdeel laden…" />;
  if (!onderdeel) return <Fout fout={error} />;

  const ondertekent = onderdeel.ondertekenaars.some((p) => schrijf.has(p.id));
  // The co-editor says what this connection may change (and when that changes: a freeze, a role
  // taken away); until it has, the text is read-only and the rest follows the loaded onderdeel.
  const bewerkbaar =
    (toegang ? !toegang.alleenLezen : ondertekent && onderdeel.status === 'CONCEPT') &&
    status !== 'geweigerd';
  const tekstBewerkbaar = !!toegang && !toegang.alleenLezen && status !== 'geweigerd';
  const preambuleBewerkbaar = !!toegang && !toegang.preambuleAlleenLezen && status !== 'geweigerd';
  const regie = onderdeel.overeenkomst.deelnemers.some(
    (d) => d.regie && ik.lidmaatschappen.some((l) => l.partij.id === d.partij.id),
  );
  const alleenLezenReden =
    onderdeel.status !== 'CONCEPT'
      ? `Dit onderdeel is ${ONDERDEEL_STATUS[onderdeel.status]!.toLowerCase()}: de tekst ligt vast.`
      : toegang?.bevroren
        ? 'Dit onderdeel is bevroren: de tekst ligt vast.'
        : !bewerkbaar && status !== 'geweigerd'
          ? 'Alleen lezen: uw partij ondertekent dit onderdeel niet of u hebt geen schrijfrol.'
          : null;
  const afspraak = onderdeel.afspraken.find((a) => a.id === gekozen) ?? onderdeel.afspraken[0];
  const werkMee = (afspraakId: string, naam: string) => {
    const e = editors.current.get(afspraakId);
    if (e && e !== opmaak?.editor) zetOpmaak({ editor: e, naam });
  };
  const rijen = new Map(matrix.data?.standpunten.rijen.map((r) => [r.afspraakId, r]));
  const verbinding =
    status === 'offline' && wachtrij ? 'Offline – wijzigingen in wachtrij' : STATUS_TEKST[status];

  return (
    <div className="pagina pagina-breed">
      {/* Past the preamble and every afspraak in one step (the panel of the chosen afspraak). */}
      {afspraak && (
        <button type="button" className="overslaan" onClick={() => openPaneel(afspraak.id, paneel)}>
          Naar het zijpaneel (standpunt, opmerkingen, ondertekening)
        </button>
      )}
      <p className="kruimelpad">
        <Link to="/">Overeenkomsten</Link> /{' '}
        <Link to={`/overeenkomsten/${id}`}>{onderdeel.overeenkomst.titel}</Link> / {onderdeel.titel}
      </p>
      <div className="onderdeel-kop">
        <h1>{onderdeel.titel}</h1>
        <Badge soort={onderdeel.status}>{ONDERDEEL_STATUS[onderdeel.status]}</Badge>
        <span
          className={`verbinding verbinding-${status}${wachtrij ? ' verbinding-wachtrij' : ''}`}
          role="status"
          data-status={status}
        >
          <span className="stip" aria-hidden="true" /> {verbinding}
          {status === 'online' && wachtrij && ' – wijzigingen worden verstuurd'}
          {status === 'online' && !gesynchroniseerd && ' – bijwerken…'}
        </span>
        {!bewerkbaar && (
          <Badge soort="alleen-lezen">
            <span data-testid="alleen-lezen">Alleen lezen</span>
          </Badge>
        )}
      </div>
      {onderdeel.status === 'CONCEPT' && (
        <FaseRegel
          onderdeelId={onderdeel.id}
          fase={onderdeel.fase}
          regie={regie}
          onGewijzigd={() => herlaad({ requestPolicy: 'network-only' })}
        />
      )}
      <WatWordtGevraagd
        overeenkomstIds={[id]}
        overeenkomstId={id}
        onderdeelId={onderdeelId}
        kop="Wat wordt hier van u gevraagd"
        verbergLeeg
      />
      {weigering && <Fout fout={weigering} />}
      {alleenLezenReden && <p className="melding-info">{alleenLezenReden}</p>}
      <div className="aanwezig" aria-label="Nu aanwezig">
        <span className="klein">Nu aanwezig:</span>
        <span className="persoon" style={{ backgroundColor: gebruiker.color }}>
          {gebruiker.name} (u)
        </span>
        {aanwezigen.map((a) => (
          <span key={a.clientId} className="persoon" style={{ backgroundColor: a.color }}>
            {a.name}
          </span>
        ))}
      </div>
      <p className="sr-only" aria-live="polite">
        {melding}
      </p>
      {vervallen && (
        <div className="melding-info vervallen-melding" role="status">
          {vervallen}{' '}
          <button type="button" className="knop-tekst" onClick={() => zetVervallen(null)}>
            Gelezen
          </button>
        </div>
      )}
      <LiveBerichten berichten={berichten} onSluit={sluitBericht} />

      <div className="werkruimte">
        <section className="document" aria-label="Afspraken">
          {samen && (
            <div className="document-balk">
              <Inhoudsopgave afspraken={onderdeel.afspraken} onKies={kies} />
              {(tekstBewerkbaar || preambuleBewerkbaar) && (
                <Opmaakbalk
                  editor={opmaak?.editor ?? null}
                  naam={opmaak?.naam ?? ''}
                  suggesties={suggesties.aan && opmaak?.naam !== 'de preambule'}
                />
              )}
            </div>
          )}
          {bewerkbaar && (
            <div className="acties">
              <button type="button" className="knop-secundair" onClick={() => zetNieuw(true)}>
                + Nieuwe afspraak
              </button>
              {onderdeel.fase === 'ONDERHANDELEN' && (
                <NieuwVoorstelKnop
                  onderdeelId={onderdeel.id}
                  overeenkomstId={onderdeel.overeenkomst.id}
                  partijen={onderdeel.overeenkomst.deelnemers
                    .filter((d) => d.rol !== 'WAARNEMER')
                    .map((d) => d.partij)}
                  startjaar={onderdeel.overeenkomst.startjaar}
                  eindjaar={onderdeel.overeenkomst.eindjaar}
                  onKlaar={() => zetPaneel('voorstellen')}
                />
              )}
            </div>
          )}
          <Dialoog open={nieuw} titel="Nieuwe afspraak" onSluit={() => zetNieuw(false)}>
            <NieuweAfspraak
              onderdeelId={onderdeel.id}
              overeenkomstId={onderdeel.overeenkomst.id}
              partijen={onderdeel.overeenkomst.deelnemers
                .filter((d) => d.rol !== 'WAARNEMER')
                .map((d) => d.partij)}
              startjaar={onderdeel.overeenkomst.startjaar}
              eindjaar={onderdeel.overeenkomst.eindjaar}
              onKlaar={(afspraakId) => {
                zetNieuw(false);
                kies(afspraakId);
                zetPaneel('afspraak');
                herlaad({ requestPolicy: 'network-only' });
                herlaadMatrix({ requestPolicy: 'network-only' });
              }}
            />
          </Dialoog>
          {onderdeel.afspraken.length === 0 && <Leeg>Dit onderdeel heeft nog geen afspraken.</Leeg>}
          {!samen && <Laden tekst="Document openen…" />}
          {samen && onderdeel.soort === 'HOOFDDOCUMENT' && (
            <Preambule onderdeelId={onderdeel.id} tekst={onderdeel.overeenkomst.preambule}>
              <AfspraakEditor
                afspraakId={PREAMBULE}
                nummer=""
                titel="Preambule"
                samen={samen}
                gebruiker={gebruiker}
                bewerkbaar={preambuleBewerkbaar}
                onFocus={() => werkMee(PREAMBULE, 'de preambule')}
                onSelectie={() => undefined}
                onEditor={(e) => {
                  if (e) editors.current.set(PREAMBULE, e);
                  else editors.current.delete(PREAMBULE);
                }}
              />
            </Preambule>
          )}
          {samen &&
            onderdeel.afspraken.map((a) => {
              const rij = rijen.get(a.id);
              const akkoord =
                rij?.cellen.filter(
                  (c) =>
                    c.standpunt && !c.standpunt.verouderd && c.standpunt.oordeel !== 'NIET_AKKOORD',
                ).length ?? 0;
              return (
                <article
                  key={a.id}
                  className={`afspraak ${afspraak?.id === a.id ? 'afspraak-gekozen' : ''}`}
                  aria-labelledby={`afk-${a.id}`}
                  data-afspraak-id={a.id}
                >
                  <header className="afspraak-kop">
                    <span className="nummer">{a.nummer}</span>
                    <Badge soort={`type-${a.type}`}>{TYPE_LABEL[a.type]}</Badge>
                    <h2 id={`afk-${a.id}`}>{a.titel}</h2>
                    {(openSuggesties.get(a.id)?.length ?? 0) > 0 && (
                      <span className="suggestie-teller" data-testid="open-suggesties">
                        {openSuggesties.get(a.id)!.length}{' '}
                        {openSuggesties.get(a.id)!.length === 1 ? 'suggestie' : 'suggesties'}
                      </span>
                    )}
                    {opmerkingen.van(a.id).open > 0 && (
                      <button
                        type="button"
                        className="knop-tekst opmerking-teller"
                        data-testid="open-opmerkingen"
                        onClick={() => {
                          kies(a.id);
                          zetPaneel('afspraak');
                          zodraErIs([`#opm-${a.id}`], (el) => el.scrollIntoView());
                        }}
                      >
                        {aantal(opmerkingen.van(a.id).open, 'opmerking', 'opmerkingen')}
                        <span className="sr-only"> open bij afspraak {a.nummer}</span>
                      </button>
                    )}
                    {rij && (
                      <span
                        className={`akkoord-teller ${rij.akkoord ? 'akkoord-ja' : ''}`}
                        title="Partijen akkoord"
                      >
                        {akkoord}/{rij.cellen.length} akkoord
                      </span>
                    )}
                  </header>
                  <AfspraakEditor
                    afspraakId={a.id}
                    nummer={a.nummer}
                    titel={a.titel}
                    samen={samen}
                    gebruiker={gebruiker}
                    bewerkbaar={tekstBewerkbaar}
                    onFocus={() => {
                      kies(a.id);
                      werkMee(a.id, `afspraak ${a.nummer} ${a.titel}`);
                    }}
                    onSelectie={zetSelectie}
                    suggesties={suggesties}
                    weergave={weergave}
                    akkoorden={geldigeAkkoorden(rij)}
                    onEditor={(e) => {
                      if (e) editors.current.set(a.id, e);
                      else editors.current.delete(a.id);
                    }}
                    opmerkingen={{
                      draden: opmerkingen.van(a.id).verankerd,
                      actief: actieveOpmerking,
                      onKies: (id) => zetActieveOpmerking(id),
                      onOpen: (id) => gaNaarOpmerking(id, a.id),
                    }}
                  />
                  {/* Right after its text in the Tab order: the panel of THIS afspraak, with the
                      text selected in it still there to anchor a comment to. */}
                  <button
                    type="button"
                    id={`paneel-knop-${a.id}`}
                    className="knop-secundair paneel-knop"
                    onClick={() => openPaneel(a.id)}
                  >
                    Standpunt, opmerkingen en details
                    <span className="sr-only"> van afspraak {a.nummer}</span>
                  </button>
                </article>
              );
            })}
        </section>
        <Zijblad
          smal={smal}
          open={bladOpen}
          kop={afspraak ? `Afspraak ${afspraak.nummer}` : onderdeel.titel}
          terug={afspraak ? `Terug naar afspraak ${afspraak.nummer}` : 'Terug naar de tekst'}
          focus={paneelFocus}
          onSluit={() => {
            zetBladOpen(false);
            if (afspraak) zetTerugNaar(afspraak.id);
          }}
        >
          <div className="paneel-tabs" role="tablist" aria-label="Zijpaneel">
            {TABS.map(([p, label], i) => (
              <button
                key={p}
                type="button"
                role="tab"
                id={`tab-${p}`}
                aria-selected={paneel === p}
                aria-controls={`paneel-${p}`}
                tabIndex={paneel === p ? 0 : -1}
                className="tab"
                onClick={() => zetPaneel(p)}
                onKeyDown={(e) => {
                  // Arrow keys move between the tabs (WAI-ARIA tabs pattern).
                  const stap = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                  if (!stap) return;
                  const [volgende] = TABS[(i + stap + TABS.length) % TABS.length]!;
                  zetPaneel(volgende);
                  document.getElementById(`tab-${volgende}`)?.focus();
                }}
              >
                {label}
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`paneel-${paneel}`}
            aria-labelledby={`tab-${paneel}`}
            className="paneel-inhoud"
          >
            {paneel === 'afspraak' && afspraak && (
              <AfspraakPaneel
                key={afspraak.id}
                afspraakId={afspraak.id}
                onderdeel={onderdeel}
                bewerkbaar={bewerkbaar}
                selectie={selectie?.afspraakId === afspraak.id ? selectie : null}
                live={live}
                actieveOpmerking={actieveOpmerking}
                standpunten={rijen.get(afspraak.id)?.cellen ?? []}
                onStandpunt={opStandpunt}
                suggesties={
                  <SuggestiePaneel
                    afspraakId={afspraak.id}
                    lijst={openSuggesties.get(afspraak.id) ?? []}
                    vanServer={vanServer}
                    weergave={weergave}
                    gebruikerId={ik.id}
                    schrijftVoor={schrijf}
                    onBeoordeeld={() => {
                      herlaadSuggesties({ requestPolicy: 'network-only' });
                      herlaadMatrix({ requestPolicy: 'network-only' });
                    }}
                    onTrekIn={(id) => {
                      const e = editors.current.get(afspraak.id);
                      if (e && !e.isDestroyed) trekEigenSuggestieIn(e.view, id);
                    }}
                  />
                }
              />
            )}
            {paneel === 'standpunten' && (
              <StandpuntenMatrix
                resultaat={matrix}
                mijnPartij={
                  onderdeel.status === 'CONCEPT'
                    ? onderdeel.ondertekenaars.find((p) => schrijf.has(p.id))
                    : undefined
                }
                openSuggesties={() =>
                  samen
                    ? openSuggestiesPerAfspraak(
                        samen.doc,
                        onderdeel.afspraken.map((a) => a.id),
                      )
                    : new Map<string, number>()
                }
                onderdeelId={onderdeel.id}
                onGewijzigd={matrixOpnieuw}
                onKies={(afspraakId) => openPaneel(afspraakId)}
              />
            )}
            {paneel === 'voorstellen' && (
              <Voorstellen onderdeelId={onderdeel.id} live={live} afspraken={onderdeel.afspraken} />
            )}
            {paneel === 'versies' && (
              <Versies
                onderdeel={onderdeel}
                regie={regie}
                live={live}
                iedereenAkkoord={matrix.data?.standpunten.iedereenAkkoord ?? false}
                onGewijzigd={() => {
                  herlaad({ requestPolicy: 'network-only' });
                  herlaadMatrix({ requestPolicy: 'network-only' });
                }}
              />
            )}
          </div>
        </Zijblad>
      </div>
    </div>
  );
}
