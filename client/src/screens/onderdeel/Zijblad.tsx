import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The onderdeel's side panel (standpunt, comments, proposals, signing). Beside the text at desktop
 * width; on a phone or tablet (`smal`) a sheet over the whole screen, opened from an afspraak, so
 * nobody has to scroll past every afspraak to reach it. While the sheet is open what lies under it
 * is inert (neither Tab nor a screen reader reaches it), Escape closes it, and the page's `onSluit`
 * gives the focus back to the afspraak it was opened from.
 */
export function Zijblad({
  smal,
  open,
  kop,
  terug,
  focus,
  onSluit,
  children,
}: {
  smal: boolean;
  /** The sheet is open (only on a narrow screen; at desktop width the panel is always there). */
  open: boolean;
  /** The panel's heading: which afspraak it belongs to. */
  kop: string;
  /** The close button's text on a narrow screen, e.g. "Terug naar afspraak 1.2". */
  terug: string;
  /** Changes each time the panel is asked for: its heading takes the focus. */
  focus: number;
  onSluit: () => void;
  children: ReactNode;
}) {
  const kopRef = useRef<HTMLHeadingElement>(null);
  const ref = useRef<HTMLElement>(null);
  const blad = smal && open;

  useEffect(() => {
    if (focus > 0) kopRef.current?.focus();
  }, [focus]);

  useEffect(() => {
    const paneel = ref.current;
    if (!blad || !paneel) return;
    // Everything beside the sheet's ancestors goes inert, except live regions, which must still speak.
    const inert: HTMLElement[] = [];
    for (let e: HTMLElement | null = paneel; e && e !== document.body; e = e.parentElement) {
      for (const broer of e.parentElement?.children ?? []) {
        if (broer === e || !(broer instanceof HTMLElement) || broer.inert) continue;
        if (broer.hasAttribute('aria-live') || broer.matches('[role="status"], [role="alert"]'))
          continue;
        broer.inert = true;
        inert.push(broer);
      }
    }
    // The sheet scrolls itself; the page under it stays where the afspraak is.
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      inert.forEach((e) => (e.inert = false));
      document.body.style.overflow = overflow;
    };
  }, [blad]);

  return (
    <aside
      ref={ref}
      id="zijpaneel"
      className={`paneel${smal ? ' paneel-blad' : ''}`}
      hidden={smal && !open}
      role={blad ? 'dialog' : undefined}
      aria-modal={blad || undefined}
      aria-labelledby="zijpaneel-kop"
      onKeyDown={(e) => {
        // A dialog inside the panel (signing, freezing) closes by itself on Escape.
        if (blad && e.key === 'Escape' && !(e.target as Element).closest('dialog')) {
          e.preventDefault();
          onSluit();
        }
      }}
    >
      <div className="paneel-kop">
        {smal && (
          <button type="button" className="knop-secundair" onClick={onSluit}>
            <span aria-hidden="true">← </span>
            {terug}
          </button>
        )}
        <h2 id="zijpaneel-kop" ref={kopRef} tabIndex={-1}>
          {kop}
        </h2>
      </div>
      {children}
    </aside>
  );
}
