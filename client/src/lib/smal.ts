import { useSyncExternalStore } from 'react';

/**
 * Below this width the onderdeel's side panel no longer fits beside the text: it becomes a sheet
 * over the whole screen, opened from an afspraak (the same width as the CSS media queries).
 */
export const SMAL = '(max-width: 1100px)';

function abonneer(opWijziging: () => void): () => void {
  const lijst = window.matchMedia(SMAL);
  lijst.addEventListener('change', opWijziging);
  return () => lijst.removeEventListener('change', opWijziging);
}

/** Whether the screen is narrow (a phone or a tablet); follows rotating and resizing. */
export function useSmal(): boolean {
  return useSyncExternalStore(abonneer, () => window.matchMedia(SMAL).matches);
}
