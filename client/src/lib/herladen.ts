import { useCallback, useEffect, useRef } from 'react';
import type { Gebeurtenis } from './gebeurtenissen';

/**
 * Live events this window caused itself, waited for so they can be let pass: the mutation's
 * answer already brought this window up to date (urql reloads every query holding a type the
 * answer names), and reloading again for its echo only repeated or cancelled that request.
 * Other windows, also of the same person, still reload on the event.
 */
const verwacht: { soort: string; onderdeelId: string; tot: number }[] = [];

/**
 * Expect the echo of one's own action (kept a short while: an event may also never come);
 * returns how to withdraw it when the action failed.
 */
export function verwachtEigen(soort: string, onderdeelId: string): () => void {
  const item = { soort, onderdeelId, tot: Date.now() + 10_000 };
  verwacht.push(item);
  return () => {
    const i = verwacht.indexOf(item);
    if (i >= 0) verwacht.splice(i, 1);
  };
}

/** Whether `g` is the expected echo of this window's own action (then forgotten). */
export function isEigenEcho(g: Gebeurtenis): boolean {
  const nu = Date.now();
  for (let i = verwacht.length - 1; i >= 0; i--) if (verwacht[i]!.tot < nu) verwacht.splice(i, 1);
  const i = verwacht.findIndex((v) => v.soort === g.soort && v.onderdeelId === g.onderdeelId);
  if (i < 0) return false;
  verwacht.splice(i, 1);
  return true;
}

/**
 * Reloading a query without cancelling: asked while the query is on its way, it goes out once
 * more when that answer is in (which may predate the change), instead of aborting it. Several
 * events in a row thus cost at most two requests, never a burst of cancelled ones.
 */
export function useHerlaad(
  bezig: boolean,
  herlaad: (opties: { requestPolicy: 'network-only' }) => void,
): () => void {
  const nogmaals = useRef(false);
  const onderweg = useRef(bezig);
  onderweg.current = bezig;
  useEffect(() => {
    if (bezig || !nogmaals.current) return;
    nogmaals.current = false;
    herlaad({ requestPolicy: 'network-only' });
  }, [bezig, herlaad]);
  return useCallback(() => {
    if (onderweg.current) nogmaals.current = true;
    else {
      onderweg.current = true;
      herlaad({ requestPolicy: 'network-only' });
    }
  }, [herlaad]);
}
