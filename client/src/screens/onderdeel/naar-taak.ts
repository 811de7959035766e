import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { SMAL } from '../../lib/smal';

/**
 * A task's or a melding's link names the afspraak and the panel where it is done
 * (`?afspraak=…&paneel=afspraak|standpunten|voorstellen|versies`, perhaps `&opmerking=…`):
 * once the onderdeel is shown, `open` chooses them (on a phone or tablet it opens the panel's
 * sheet); the page goes there and the focus goes to the panel's tab, so a keyboard or screen
 * reader user starts where the task is.
 */
export function useNaarTaak<P extends string>(
  geladen: boolean,
  panelen: readonly P[],
  open: (afspraakId: string | null, paneel: P | null) => void,
): void {
  const [params] = useSearchParams();
  const afspraak = params.get('afspraak');
  const gevraagd = params.get('paneel');
  const paneel = panelen.find((p) => p === gevraagd) ?? null;
  useEffect(() => {
    if (!geladen || (!afspraak && !paneel)) return;
    open(afspraak, paneel);
    const frame = requestAnimationFrame(() => {
      const smal = window.matchMedia(SMAL).matches;
      const kaart = afspraak ? document.querySelector(`[data-afspraak-id="${afspraak}"]`) : null;
      const doel = smal || !kaart ? document.getElementById('zijpaneel') : kaart;
      doel?.scrollIntoView({ block: 'start' });
      document.getElementById(`tab-${paneel ?? panelen[0]}`)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
    // Only when the address or the loading changes, not on every render of the page.
  }, [geladen, afspraak, paneel]);
}
