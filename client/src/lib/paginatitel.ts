import { useEffect } from 'react';

/**
 * Page titles and what happens after moving to another screen (WCAG 2.4.2, 2.4.3, 4.1.3).
 * The link that was clicked is gone with the old screen, so without this the focus falls to the
 * page body and a screen reader says nothing: the new screen's main heading takes the focus and
 * its name is announced in the polite live region of the frame.
 */

/** The live region (in the frame and on the login page) for short announcements. */
export const AANKONDIGING_ID = 'aankondiging';

let naNavigatie = false;

/** The frame calls this when the path changed: the next screen to name itself takes the focus. */
export function markeerNavigatie(): void {
  naNavigatie = true;
}

/** Says `tekst` in the polite live region (emptied first, so the same text is said again). */
export function kondigAan(tekst: string): void {
  const regio = document.getElementById(AANKONDIGING_ID);
  if (!regio) return;
  regio.textContent = '';
  // A change the screen reader notices: the empty region first, the text a moment later.
  window.setTimeout(() => {
    regio.textContent = tekst;
  }, 50);
}

/** Moves the focus to an element that is not focusable by itself (a heading, a section). */
export function focusOp(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus();
}

/**
 * Titles the page "<titel> – Driehoek" once `titel` is known (undefined while loading); after a
 * move to this screen, also focuses its main heading and announces it.
 */
export function usePaginaTitel(titel: string | undefined): void {
  useEffect(() => {
    if (!titel) return;
    document.title = `${titel} – Driehoek`;
    if (!naNavigatie) return;
    naNavigatie = false;
    const main = document.querySelector<HTMLElement>('main');
    focusOp(main?.querySelector<HTMLElement>('h1') ?? main);
    kondigAan(`${titel} geopend`);
  }, [titel]);
}
