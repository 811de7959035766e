import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * A task's link names the afspraak and the panel where it is done
 * (`?afspraak=…&paneel=afspraak|standpunten|voorstellen|versies`): once the onderdeel is shown,
 * choose them and go there — on a narrow screen the panel sits below every afspraak, so it is
 * scrolled into view — and put the focus on the panel's tab, so a keyboard or screen reader
 * user starts where the task is.
 */
export function useNaarTaak<P extends string>(
  geladen: boolean,
  panelen: readonly P[],
  kies: (afspraakId: string) => void,
  zetPaneel: (paneel: P) => void,
): void {
  const [params] = useSearchParams();
  const afspraak = params.get('afspraak');
  const gevraagd = params.get('paneel');
  const paneel = panelen.find((p) => p === gevraagd) ?? null;
  useEffect(() => {
    if (!geladen || (!afspraak && !paneel)) return;
    if (afspraak) kies(afspraak);
    if (paneel) zetPaneel(paneel);
    const frame = requestAnimationFrame(() => {
      const smal = window.matchMedia('(max-width: 1100px)').matches;
      const kaart = afspraak ? document.querySelector(`[data-afspraak-id="${afspraak}"]`) : null;
      const doel = smal || !kaart ? document.getElementById('zijpaneel') : kaart;
      doel?.scrollIntoView({ block: 'start' });
      document.getElementById(`tab-${paneel ?? panelen[0]}`)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
    // Only when the address or the loading changes, not on every render of the page.
  }, [geladen, afspraak, paneel]);
}
