import { canonicalJson } from '../audit/canonical';
import { doelenVoorHash } from './doelen-inhoud';
import type { AfspraakInhoud } from './onderdeel-inhoud';

/*
 * What the audit trail records of a draft afspraak's own edits (issue 15, "everywhere"): which
 * fields changed, and for the short ones what they were and became. Long content (details,
 * leden, norms, amounts, ...) is named only: the versions and the export hold the words, the
 * trail says who changed what when.
 */

/** Fields shown with their value before and after: short enough to read in the trail. */
const KORT: Record<string, (a: AfspraakInhoud) => unknown> = {
  titel: (a) => a.titel,
  type: (a) => a.type,
  thema: (a) => a.thema.naam,
  trekker: (a) => a.trekker.naam,
  trekkerGroep: (a) => a.trekkerGroep ?? null,
  volwassenheid: (a) => a.volwassenheid,
};

/**
 * Fields compared by content only. Names (of partijen, places) are left out where an id says
 * the same, so renaming a partij elsewhere is not reported as an edit of this afspraak.
 */
const LANG: Record<string, (a: AfspraakInhoud) => unknown> = {
  details: (a) => a.details,
  leden: (a) => a.leden ?? [],
  voorwaarden: (a) => ({ tekst: a.voorwaarden, delen: a.voorwaardeDelen ?? [] }),
  doelgroepen: (a) => ({
    standaard: a.doelgroepen,
    eigen: (a.eigenDoelgroepen ?? []).map((d) => d.id),
  }),
  betrokkenen: (a) => a.betrokkenen.map(({ naam: _naam, ...b }) => b),
  jaren: (a) => a.jaren,
  bedragen: (a) =>
    (a.bedragen ?? []).map(({ betalers, ontvangers, ...b }) => ({
      ...b,
      betalers: betalers.map(({ naam: _naam, ...x }) => x),
      ontvangers: ontvangers.map((o) => o.partijId),
    })),
  locaties: (a) => (a.locaties ?? []).map((l) => l.id),
  normen: (a) => a.normen ?? [],
  verwijzingen: (a) => (a.verwijzingen ?? []).map(({ tekst: _tekst, ...v }) => v),
  indicatoren: (a) => doelenVoorHash({ indicatoren: a.indicatoren, doelgroepen: [] }),
};

export interface AfspraakWijziging {
  nummer: string;
  titel: string;
  /** The fields whose content changed, in a fixed order. */
  gewijzigd: string[];
  /** For the short fields among them: the value before and after. */
  van: Record<string, unknown>;
  naar: Record<string, unknown>;
}

/**
 * What an update changed, or null when it changed nothing (a save without changes writes no
 * entry). `tekst`: the text the edit sets, which reaches the stored afspraak only once the
 * co-editor has written it, so it is compared with the text before.
 */
export function afspraakWijziging(
  voor: AfspraakInhoud,
  na: AfspraakInhoud,
  tekst?: string | null,
): AfspraakWijziging | null {
  const gewijzigd: string[] = [];
  const van: Record<string, unknown> = {};
  const naar: Record<string, unknown> = {};
  for (const [veld, waarde] of Object.entries(KORT)) {
    if (canonicalJson(waarde(voor)) === canonicalJson(waarde(na))) continue;
    gewijzigd.push(veld);
    van[veld] = waarde(voor);
    naar[veld] = waarde(na);
  }
  if (tekst != null && tekst !== voor.tekst) gewijzigd.push('tekst');
  for (const [veld, waarde] of Object.entries(LANG)) {
    if (canonicalJson(waarde(voor)) !== canonicalJson(waarde(na))) gewijzigd.push(veld);
  }
  if (gewijzigd.length === 0) return null;
  return { nummer: na.nummer, titel: na.titel, gewijzigd, van, naar };
}

/** What the trail records of a new or removed afspraak: enough to recognise it. */
export function afspraakSamenvatting(a: AfspraakInhoud): Record<string, unknown> {
  return {
    nummer: a.nummer,
    titel: a.titel,
    type: a.type,
    thema: a.thema.naam,
    trekker: a.trekker.naam,
  };
}
