import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * What a link from a melding points at inside an onderdeel: ?afspraak=…&opmerking=… or
 * ?paneel=versies. The onderdeel screen opens it; the comment is scrolled to and focused.
 */
export function useVerwijzing(): {
  afspraak: string | null;
  paneel: string | null;
  opmerking: string | null;
} {
  const [params] = useSearchParams();
  return {
    afspraak: params.get('afspraak'),
    paneel: params.get('paneel'),
    opmerking: params.get('opmerking'),
  };
}

/** Scrolls the comment a melding points at into view and moves focus to it, once it is shown. */
export function useNaarOpmerking(opmerkingId: string | null, geladen: boolean): void {
  useEffect(() => {
    if (!opmerkingId || !geladen) return;
    const element = document.getElementById(`opmerking-${opmerkingId}`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [opmerkingId, geladen]);
}
