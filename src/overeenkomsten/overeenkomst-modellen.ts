import { detailsView } from './afspraak-details';
import { ledenView } from './afspraak-leden';
import { waarschuwingen } from './afspraak-waarschuwingen';
import { bedragenView } from './afspraak-bedragen';
import { normenVelden } from './normen-view';
import { eigenDoelgroepenView } from './eigen-doelgroepen';
import { AFSPRAAK_TYPE_LABEL } from './afspraak-type';
import { statusUitRijen } from './overeenkomst-status';
import type { PartijModel } from '../partijen/partij.model';
import type {
  AfspraakModel,
  IndicatorModel,
  JaarschijfModel,
  OnderdeelModel,
  OvereenkomstModel,
  StreefwaardeModel,
  ThemaModel,
} from './overeenkomst.model';
import type {
  AfspraakRow,
  BetrokkeneRow,
  OvereenkomstRijen,
  PartijRow,
  StreefwaardeRow,
  ThemaRow,
} from './overeenkomst.reader';
import { trekkerTekst } from '../gedeeld/rollen';
import { BetrokkeneRol } from './afspraak-rollen';
import { LocatieSoort, type LocatieModel } from './afspraak-locaties';
import { locatieModellen } from './locatie-modellen';

/** The same order as `a.naam.localeCompare(b.naam)`, without building a collator per call. */
const collator = new Intl.Collator();
const byNaam = (a: { naam: string }, b: { naam: string }) => collator.compare(a.naam, b.naam);

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export function partijModel(row: PartijRow): PartijModel {
  return {
    id: row.id,
    naam: row.naam,
    soort: row.soort,
    regio: row.regio,
    statutaireNaam: row.statutaire_naam,
    vestigingsplaats: row.vestigingsplaats,
    kvkNummer: row.kvk_nummer,
    vertegenwoordiger: row.vertegenwoordiger,
    vertegenwoordigerFunctie: row.vertegenwoordiger_functie,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Builds the agreements' object graph from their rows (read by OvereenkomstReader), in the order
 * of `ids`; `partij` resolves every partij named anywhere in them.
 */
export function overeenkomstModellen(
  ids: string[],
  {
    overeenkomsten,
    gemeenten,
    deelnemers,
    jaarschijven,
    themas,
    onderdelen,
    ondertekenaars,
    afspraken,
    betrokkenen,
    afspraakJaren,
    indicatoren,
    streefwaarden,
    realisaties,
    koppelingen,
    locaties,
    afspraakLocaties,
    verwezen = [],
  }: OvereenkomstRijen,
  partij: (id: string) => PartijModel,
  /** The current year, Dutch time: the status depends on it. */
  jaar: number,
): OvereenkomstModel[] {
  const themaModels = themaModellen(themas);
  const gemeentenBy = groupBy(gemeenten, (g) => g.overeenkomst_id);
  const deelnemersBy = groupBy(deelnemers, (d) => d.overeenkomst_id);
  const jaarschijvenBy = groupBy(jaarschijven, (j) => j.overeenkomst_id);
  const onderdelenBy = groupBy(onderdelen, (o) => o.overeenkomst_id);
  const ondertekenaarsBy = groupBy(ondertekenaars, (o) => o.onderdeel_id);
  const afsprakenBy = groupBy(afspraken, (a) => a.onderdeel_id);
  const betrokkenenBy = groupBy(betrokkenen, (b) => b.afspraak_id);
  const jarenBy = groupBy(afspraakJaren, (j) => j.afspraak_id);
  const indicatorenBy = groupBy(indicatoren, (i) => i.overeenkomst_id);
  const streefBy = groupBy(streefwaarden, (s) => s.indicator_id);
  const realBy = groupBy(realisaties, (r) => r.indicator_id);
  const koppelingenByIndicator = groupBy(koppelingen, (k) => k.indicator_id);
  const koppelingenByAfspraak = groupBy(koppelingen, (k) => k.afspraak_id);
  const locatieModels = locatieModellen(locaties, partij);
  const locatiesBy = groupBy(locaties, (l) => l.overeenkomst_id);
  const afspraakLocatiesBy = groupBy(afspraakLocaties, (l) => l.afspraak_id);
  const locatieVan = (id: string | null): LocatieModel | null =>
    id == null ? null : (locatieModels.get(id) ?? null);
  const nummers = new Map([...verwezen, ...afspraken].map((a) => [a.id, a.nummer]));
  const nummerVan = (id: string) => nummers.get(id);

  const jaarschijfModels = new Map<string, JaarschijfModel>();
  const afspraakModels = new Map<string, AfspraakModel>();
  const indicatorModels = new Map<string, IndicatorModel>();
  /** Each afspraak's place in its overeenkomst's alleAfspraken. */
  const positie = new Map<string, number>();
  const byYear = <T extends { jaar: number }>(items: T[]) => items.sort((a, b) => a.jaar - b.jaar);

  const result = new Map<string, OvereenkomstModel>();
  for (const row of overeenkomsten) {
    const o: OvereenkomstModel = {
      id: row.id,
      titel: row.titel,
      startjaar: row.startjaar,
      eindjaar: row.eindjaar,
      status: statusUitRijen(
        row,
        onderdelenBy.get(row.id) ?? [],
        jaarschijvenBy.get(row.id) ?? [],
        jaar,
      ),
      preambule: row.preambule,
      preambuleJson: row.preambule_json,
      referenties: (row.referenties ?? []).map((r) => ({
        soort: r.soort,
        titel: r.titel,
        url: r.url ?? null,
      })),
      eigenDoelgroepen: eigenDoelgroepenView(row.eigen_doelgroepen),
      gemeenten: (gemeentenBy.get(row.id) ?? []).map((g) => partij(g.partij_id)).sort(byNaam),
      deelnemers: (deelnemersBy.get(row.id) ?? []).map((d) => ({
        id: d.id,
        rol: d.rol,
        regie: d.regie,
        partij: partij(d.partij_id),
      })),
      onderdelen: [],
      jaarschijven: [],
      indicatoren: [],
      themas: themas
        .filter((t) => t.overeenkomst_id === null || t.overeenkomst_id === row.id)
        .map((t) => themaModels.get(t.id)!),
      alleAfspraken: [],
      locaties: (locatiesBy.get(row.id) ?? [])
        .map((l) => locatieModels.get(l.id)!)
        .sort(locatieVolgorde),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
    o.jaarschijven = (jaarschijvenBy.get(row.id) ?? []).map((j) => {
      const model: JaarschijfModel = {
        id: j.id,
        jaar: j.jaar,
        status: j.status,
        toelichting: j.toelichting,
        overeenkomst: o,
      };
      jaarschijfModels.set(j.id, model);
      return model;
    });
    o.onderdelen = (onderdelenBy.get(row.id) ?? []).map((d) => {
      const onderdeel: OnderdeelModel = {
        id: d.id,
        soort: d.soort,
        titel: d.titel,
        volgorde: d.volgorde,
        status: d.status,
        fase: d.fase,
        ondertekenaars: (ondertekenaarsBy.get(d.id) ?? [])
          .map((x) => partij(x.partij_id))
          .sort(byNaam),
        afspraken: [],
        overeenkomst: o,
      };
      onderdeel.afspraken = (afsprakenBy.get(d.id) ?? []).map((a) => {
        const jaren = byYear(
          (jarenBy.get(a.id) ?? []).map((j) => {
            const jaarschijf = jaarschijfModels.get(j.jaarschijf_id)!;
            return {
              id: j.id,
              jaar: jaarschijf.jaar,
              concretisering: j.concretisering,
              jaarschijf,
            };
          }),
        );
        const model: AfspraakModel = {
          id: a.id,
          nummer: a.nummer,
          volgorde: a.volgorde,
          titel: a.titel,
          type: a.type,
          typeLabel: AFSPRAAK_TYPE_LABEL[a.type],
          tekst: a.tekst,
          tekstJson: a.tekst_json,
          tekstMetSuggesties: a.tekst_met_suggesties,
          volwassenheid: a.volwassenheid,
          voorwaarden: a.voorwaarden,
          doelgroepen: a.doelgroepen,
          thema: themaModels.get(a.thema_id)!,
          ...trekkersVan(a, betrokkenenBy.get(a.id) ?? [], partij),
          betrokkenen: (betrokkenenBy.get(a.id) ?? []).map((b) => ({
            id: b.id,
            rol: b.rol,
            bijdrage: b.bijdrage,
            kostenaandeel: b.kostenaandeel,
            partij: partij(b.partij_id),
          })),
          jaarschijven: jaren,
          indicatoren: [],
          locaties: (afspraakLocatiesBy.get(a.id) ?? []).map((l) =>
            locatieModels.get(l.locatie_id)!,
          ),
          details: detailsView(a.details, partij),
          leden: ledenView(a.leden, a.nummer, partij),
          waarschuwingen: waarschuwingen({
            volwassenheid: a.volwassenheid,
            type: a.type,
            details: a.details,
            tekst: a.tekst,
            aantalIndicatoren: koppelingenByAfspraak.get(a.id)?.length ?? 0,
            leden: a.leden ?? [],
          }),
          bedragen: a.bedragen.length
            ? bedragenView(
                a.bedragen,
                partij,
                jaren.map((j) => j.jaar),
                o.jaarschijven.map((j) => j.jaar),
              )
            : [],
          ...normenVelden(
            a,
            row.id,
            row.eigen_doelgroepen ?? [],
            nummerVan,
            (id) => locatieModels.get(id)?.naam,
            (id) => partij(id).naam,
          ),
          onderdeel,
          overeenkomst: o,
          createdAt: a.created_at,
          updatedAt: a.updated_at,
        };
        afspraakModels.set(a.id, model);
        return model;
      });
      o.alleAfspraken.push(...onderdeel.afspraken);
      return onderdeel;
    });
    o.indicatoren = (indicatorenBy.get(row.id) ?? []).map((i) => {
      const doelen = streefwaardeModellen(streefBy.get(i.id) ?? [], o.jaarschijven, locatieVan);
      const real = (realBy.get(i.id) ?? []).map((r) => {
        const jaarschijf = jaarschijfModels.get(r.jaarschijf_id)!;
        return {
          id: r.id,
          jaar: jaarschijf.jaar,
          waarde: r.waarde,
          oordeel: r.oordeel,
          tussenstand: r.tussenstand,
          bron: r.bron,
          toelichting: r.toelichting,
          jaarschijf,
          locatie: locatieVan(r.locatie_id),
        };
      });
      const model: IndicatorModel = {
        id: i.id,
        naam: i.naam,
        eenheid: i.eenheid,
        definitie: i.definitie,
        definitieBron: i.definitie_bron,
        nulmetingWaarde: i.nulmeting_waarde,
        nulmetingJaar: i.nulmeting_jaar,
        richting: i.richting,
        afspraken: [],
        streefwaarden: doelen.filter((d) => !d.horizon && !d.locatie),
        horizondoelen: doelen.filter((d) => d.horizon),
        realisaties: byYear(real.filter((x) => !x.locatie)),
        streefwaardenPerLocatie: perJaarEnPlaats(doelen.filter((d) => !d.horizon && d.locatie)),
        realisatiesPerLocatie: perJaarEnPlaats(real.filter((x) => x.locatie)),
        overeenkomst: o,
      };
      indicatorModels.set(i.id, model);
      return model;
    });
    o.alleAfspraken.forEach((a, i) => positie.set(a.id, i));
    result.set(row.id, o);
  }
  for (const [indicatorId, links] of koppelingenByIndicator) {
    const indicator = indicatorModels.get(indicatorId);
    if (!indicator) continue;
    indicator.afspraken = links.map((l) => afspraakModels.get(l.afspraak_id)!).filter(Boolean);
    indicator.afspraken.sort((a, b) => positie.get(a.id)! - positie.get(b.id)!);
  }
  for (const [afspraakId, links] of koppelingenByAfspraak) {
    const afspraak = afspraakModels.get(afspraakId);
    if (afspraak)
      afspraak.indicatoren = links
        .map((l) => indicatorModels.get(l.indicator_id))
        .filter((i): i is IndicatorModel => i !== undefined)
        .sort(byNaam);
  }
  return ids.map((id) => result.get(id)).filter((o): o is OvereenkomstModel => o !== undefined);
}

/** The accountable trekker first, then the betrokkenen that trekt too; the group as such. */
function trekkersVan(
  a: AfspraakRow,
  betrokkenen: BetrokkeneRow[],
  partij: (id: string) => PartijModel,
): Pick<AfspraakModel, 'trekker' | 'trekkers' | 'trekkerGroep' | 'trekkerTekst'> {
  const trekker = partij(a.trekker_id);
  const trekkers = [
    trekker,
    ...betrokkenen
      .filter((b) => b.rol === BetrokkeneRol.TREKKER && b.partij_id !== a.trekker_id)
      .map((b) => partij(b.partij_id)),
  ];
  return {
    trekker,
    trekkers,
    trekkerGroep: a.trekker_groep,
    trekkerTekst: trekkerTekst(
      a.trekker_groep,
      trekkers.map((t) => t.naam),
    ),
  };
}

/** Places in a fixed order: by kind (as the enum lists them), then by name. */
const SOORT_VOLGORDE = Object.values(LocatieSoort);
function locatieVolgorde(a: LocatieModel, b: LocatieModel): number {
  return SOORT_VOLGORDE.indexOf(a.soort) - SOORT_VOLGORDE.indexOf(b.soort) || byNaam(a, b);
}

function perJaarEnPlaats<T extends { jaar: number; locatie: LocatieModel | null }>(
  items: T[],
): T[] {
  return items.sort((a, b) => a.jaar - b.jaar || locatieVolgorde(a.locatie!, b.locatie!));
}

/** The themes as models, each linked to the theme it falls under (its domein). */
export function themaModellen(rows: ThemaRow[]): Map<string, ThemaModel> {
  const models = new Map<string, ThemaModel>(
    rows.map((t) => [
      t.id,
      {
        id: t.id,
        naam: t.naam,
        volgorde: t.volgorde,
        standaard: t.overeenkomst_id === null,
        domein: null,
      },
    ]),
  );
  for (const t of rows) if (t.domein_id) models.get(t.id)!.domein = models.get(t.domein_id) ?? null;
  return models;
}

/**
 * The targets of one indicator by year: in their jaarschijf, or (none for that year) on the
 * horizon after the periode. By year, so a horizon target falls in its jaarschijf once the
 * periode reaches it.
 */
function streefwaardeModellen(
  rows: StreefwaardeRow[],
  jaarschijven: JaarschijfModel[],
  locatieVan: (id: string | null) => LocatieModel | null,
): StreefwaardeModel[] {
  return rows
    .map((s) => {
      const jaarschijf = jaarschijven.find((j) => j.jaar === s.jaar) ?? null;
      return {
        id: s.id,
        jaar: s.jaar,
        horizon: jaarschijf === null,
        soort: s.soort,
        waarde: s.waarde,
        min: s.min,
        max: s.max,
        effect: s.effect,
        jaarschijf,
        locatie: locatieVan(s.locatie_id),
      };
    })
    .sort((a, b) => a.jaar - b.jaar);
}
