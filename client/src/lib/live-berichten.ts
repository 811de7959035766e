import type { Gebeurtenis } from './gebeurtenissen';
import { GEBEURTENIS } from './labels';

/** "1 reactie", "3 reacties": a count with its noun in the right number. */
export function aantal(n: number, enkel: string, meer: string): string {
  return `${n} ${n === 1 ? enkel : meer}`;
}

/** What happened to a comment, in words (the event kind is one for four steps). */
const OPMERKING_ACTIE: Record<string, string> = {
  GEPLAATST: 'plaatste een opmerking',
  REACTIE: 'reageerde op een opmerking',
  OPGELOST: 'loste een opmerking op',
  HEROPEND: 'heropende een opmerking',
};

/** Steps on one afspraak that read best with the afspraak in the sentence. */
const MET_AFSPRAAK: Record<string, string> = {
  STANDPUNT: 'nam een standpunt in over',
  SUGGESTIE: 'werkte de suggesties bij in',
  AFSPRAAK_GEWIJZIGD: 'wijzigde de gegevens van',
  AFSPRAAK_NIEUW: 'voegde een afspraak toe:',
};

/**
 * The sentence a live event becomes: who (and for which partij), what, and where —
 * "Anna de Vries (Woonstede) plaatste een opmerking bij 2.3 Nieuwbouw".
 */
export function berichtTekst(
  g: Pick<Gebeurtenis, 'soort' | 'door' | 'partij' | 'opmerkingActie'>,
  afspraak?: { nummer: string; titel: string },
): string {
  const wie = g.partij ? `${g.door} (${g.partij})` : g.door;
  const wat =
    (g.soort === 'OPMERKING' && g.opmerkingActie && OPMERKING_ACTIE[g.opmerkingActie]) ||
    GEBEURTENIS[g.soort] ||
    'wijzigde iets';
  if (!afspraak) return `${wie} ${wat}.`;
  const welke = `${afspraak.nummer} ${afspraak.titel}`;
  const met = MET_AFSPRAAK[g.soort];
  if (g.soort === 'OPMERKING') return `${wie} ${wat} bij ${welke}.`;
  return met ? `${wie} ${met} ${welke}.` : `${wie} ${wat} (afspraak ${welke}).`;
}

/** Whether the event is the person's own doing: the screen already shows it, no message. */
export function eigenHandeling(g: Pick<Gebeurtenis, 'doorId'>, gebruikerId: string): boolean {
  return !!g.doorId && g.doorId === gebruikerId;
}

/**
 * Calls `doe` with the first element matching one of the selectors, in that order, as soon as
 * one is there (a panel may still be loading what a message leads to); gives up after a while.
 */
export function zodraErIs(selectors: readonly string[], doe: (el: HTMLElement) => void): void {
  const zoek = () => {
    for (const s of selectors) {
      const el = document.querySelector<HTMLElement>(s);
      if (el) return el;
    }
    return null;
  };
  const nu = zoek();
  if (nu) return doe(nu);
  const waarnemer = new MutationObserver(() => {
    const el = zoek();
    if (!el) return;
    waarnemer.disconnect();
    clearTimeout(klok);
    doe(el);
  });
  const klok = setTimeout(() => waarnemer.disconnect(), 5000);
  waarnemer.observe(document.body, { childList: true, subtree: true });
}
