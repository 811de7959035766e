import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** One message about someone else's step, which leads to it when clicked. */
export interface LiveBericht {
  id: number;
  tekst: string;
  /** Go to what the message is about (a comment, an afspraak); absent: nothing to open. */
  open?: () => void;
}

/** How long a message stays (longer while pointed at or focused). */
const DUUR = 12000;

/** The side of the window the stack stands on, and its top edge (pixels from the window's top). */
interface Plek {
  kant: 'rechts' | 'links';
  top: number;
}

/** What must never lie under a message: anything one can press or type in. */
const BEDIENING =
  'button, a[href], input, select, textarea, summary, [role="button"], [role="tab"]';

/** How far apart the places along an edge are tried when no corner is free. */
const STAP_RAND = 24;
const MARGE = 12;

/**
 * The boxes of the controls in the window now (the stack's own left out), measured once per
 * placement: trying a place is then arithmetic, so even a page full of buttons is quick.
 */
function bedieningVakken(stapel: HTMLElement): DOMRect[] {
  const vakken: DOMRect[] = [];
  for (const el of document.querySelectorAll(BEDIENING)) {
    if (stapel.contains(el)) continue;
    const vak = el.getBoundingClientRect();
    if (vak.width > 0 && vak.height > 0 && vak.bottom > 0 && vak.top < window.innerHeight)
      vakken.push(vak);
  }
  return vakken;
}

/** How many controls a rectangle would cover (a control partly under it counts). */
function bedekt(r: DOMRect, vakken: readonly DOMRect[]): number {
  return vakken.filter(
    (v) => v.left < r.right && v.right > r.left && v.top < r.bottom && v.bottom > r.top,
  ).length;
}

/** The highest top below the page header (when it shows), and the lowest in the window. */
function grenzen(hoogte: number): { boven: number; onder: number } {
  const kop = document.querySelector('.kop')?.getBoundingClientRect().bottom ?? 0;
  const boven = Math.max(kop, 0) + MARGE;
  return { boven, onder: Math.max(boven, window.innerHeight - hoogte - MARGE) };
}

function rechthoekOp(plek: Plek, breedte: number, hoogte: number): DOMRect {
  const x = plek.kant === 'rechts' ? window.innerWidth - breedte - MARGE : MARGE;
  return new DOMRect(x, plek.top, breedte, hoogte);
}

/**
 * The places to try, in order of preference: the four corners (top right under the header
 * first), then every place along the right and the left edge, top to bottom.
 */
function plekken(hoogte: number): Plek[] {
  const { boven, onder } = grenzen(hoogte);
  const hoeken: Plek[] = [
    { kant: 'rechts', top: boven },
    { kant: 'rechts', top: onder },
    { kant: 'links', top: onder },
    { kant: 'links', top: boven },
  ];
  const langs: Plek[] = [];
  for (const kant of ['rechts', 'links'] as const)
    for (let top = boven + STAP_RAND; top < onder; top += STAP_RAND) langs.push({ kant, top });
  return [...hoeken, ...langs];
}

/**
 * Messages about what others did, as small buttons in a corner of the window. The stack lets
 * every click outside its messages through, and stands in the corner where it covers no
 * control (measured when a message comes and while the page scrolls), so it never hides a
 * button one is about to press. Screen readers hear the same sentence in the page's own
 * live region; each message can be reached by keyboard and closed.
 */
export function LiveBerichten({
  berichten,
  onSluit,
}: {
  berichten: readonly LiveBericht[];
  onSluit: (id: number) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [plek, zetPlek] = useState<Plek | null>(null);
  const vast = useRef(false);

  const plaats = useCallback(() => {
    const stapel = ref.current;
    if (!stapel || berichten.length === 0) return;
    const { width, height } = stapel.getBoundingClientRect();
    const vakken = bedieningVakken(stapel);
    // Where it stands is kept while it covers nothing: a message does not wander needlessly.
    if (plek && bedekt(rechthoekOp(plek, width, height), vakken) === 0) return;
    let beste: { plek: Plek; aantal: number } | null = null;
    for (const p of plekken(height)) {
      const aantal = bedekt(rechthoekOp(p, width, height), vakken);
      if (!beste || aantal < beste.aantal) beste = { plek: p, aantal };
      if (aantal === 0) break;
    }
    if (beste && (beste.plek.kant !== plek?.kant || beste.plek.top !== plek.top))
      zetPlek(beste.plek);
  }, [berichten.length, plek]);

  useLayoutEffect(plaats, [plaats, berichten]);
  useEffect(() => {
    if (berichten.length === 0) return;
    let frame = 0;
    const opnieuw = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(plaats);
    };
    window.addEventListener('scroll', opnieuw, { passive: true, capture: true });
    window.addEventListener('resize', opnieuw);
    // The page under it changes too (a panel loads, a form opens): look again now and then.
    const klok = setInterval(opnieuw, 1000);
    return () => {
      clearInterval(klok);
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', opnieuw, { capture: true });
      window.removeEventListener('resize', opnieuw);
    };
  }, [berichten.length, plaats]);

  // Each message goes after a while, unless the pointer or focus is on the stack.
  const oudste = berichten[0];
  useEffect(() => {
    if (!oudste) return;
    const klok = setInterval(() => {
      if (!vast.current) onSluit(oudste.id);
    }, DUUR);
    return () => clearInterval(klok);
  }, [oudste, onSluit]);

  if (berichten.length === 0) return null;
  // Until measured: the top right corner under the header.
  const waar = plek ?? { kant: 'rechts', top: grenzen(0).boven };
  return (
    <div
      ref={ref}
      className={`live-berichten live-berichten-${waar.kant}`}
      style={{ top: waar.top }}
      onMouseEnter={() => (vast.current = true)}
      onMouseLeave={() => (vast.current = false)}
      onFocus={() => (vast.current = true)}
      onBlur={() => (vast.current = false)}
    >
      {berichten.map((b) => (
        <div key={b.id} className="live-bericht" data-testid="live-bericht">
          {b.open ? (
            <button
              type="button"
              className="live-bericht-open"
              onClick={() => {
                b.open?.();
                onSluit(b.id);
              }}
            >
              {b.tekst} <span className="live-bericht-actie">Bekijken</span>
            </button>
          ) : (
            <span className="live-bericht-open">{b.tekst}</span>
          )}
          <button
            type="button"
            className="live-bericht-sluit"
            aria-label="Bericht sluiten"
            onClick={() => onSluit(b.id)}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
