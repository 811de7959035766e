import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { ankerBereik } from '../lib/opmerking-ankers';
import { aantal } from '../lib/live-berichten';

/** One open thread as the margin shows it. */
export interface MargeDraad {
  id: string;
  auteur: string;
  partij: string;
  tekst: string;
  reacties: number;
  gerichtAan: string | null;
  anker: { start: string; eind: string };
}

/** Desktop width: from here comments stand in the margin beside their passage. */
export const MARGE_BREEDTE = '(min-width: 1280px)';

/** Whether the window is at least desktop width, kept up to date. */
export function useBreed(query = MARGE_BREEDTE): boolean {
  const [breed, zet] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const bij = () => zet(mq.matches);
    mq.addEventListener('change', bij);
    return () => mq.removeEventListener('change', bij);
  }, [query]);
  return breed;
}

/** Space between two cards that would otherwise overlap, in pixels. */
const TUSSENRUIMTE = 6;

/**
 * The open threads of one afspraak beside the passages they hang on (desktop width). Each card
 * stands level with the start of its passage; cards that would overlap are pushed down in
 * order. Where a passage was deleted the card stays, at the top, saying so.
 */
export function OpmerkingenMarge({
  editor,
  nummer,
  draden,
  actief,
  onKies,
}: {
  editor: Editor | null;
  nummer: string;
  draden: readonly MargeDraad[];
  actief: string | null;
  onKies: (opmerkingId: string) => void;
}) {
  const breed = useBreed();
  const ref = useRef<HTMLDivElement>(null);
  const [plek, zetPlek] = useState<{ top: Record<string, number>; hoogte: number }>({
    top: {},
    hoogte: 0,
  });
  const [verloren, zetVerloren] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (!breed || !editor || draden.length === 0) return;
    let frame = 0;
    const bereken = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const marge = ref.current;
        if (!marge || editor.isDestroyed) return;
        const basis = marge.getBoundingClientRect().top;
        const weg = new Set<string>();
        const gewenst = draden
          .map((d) => {
            const bereik = ankerBereik(editor.state, d.anker);
            if (!bereik) weg.add(d.id);
            return { id: d.id, top: bereik ? editor.view.coordsAtPos(bereik.van).top - basis : 0 };
          })
          .sort((a, b) => a.top - b.top);
        const top: Record<string, number> = {};
        let onder = 0;
        for (const g of gewenst) {
          const kaart = marge.querySelector<HTMLElement>(`[data-marge-id="${g.id}"]`);
          top[g.id] = Math.max(g.top, onder);
          onder = top[g.id]! + (kaart?.offsetHeight ?? 0) + TUSSENRUIMTE;
        }
        zetPlek((oud) =>
          oud.hoogte === onder && gewenst.every((g) => oud.top[g.id] === top[g.id])
            ? oud
            : { top, hoogte: onder },
        );
        zetVerloren((oud) =>
          oud.size === weg.size && [...weg].every((id) => oud.has(id)) ? oud : weg,
        );
      });
    };
    bereken();
    editor.on('transaction', bereken);
    const waarnemer = new ResizeObserver(bereken);
    waarnemer.observe(editor.view.dom);
    if (ref.current) waarnemer.observe(ref.current);
    return () => {
      cancelAnimationFrame(frame);
      editor.off('transaction', bereken);
      waarnemer.disconnect();
    };
  }, [breed, editor, draden]);

  if (!breed || draden.length === 0) return null;
  return (
    <div
      ref={ref}
      className="opmerkingen-marge"
      role="group"
      aria-label={`Opmerkingen in de marge van afspraak ${nummer}`}
      style={{ minHeight: plek.hoogte }}
    >
      {draden.map((d) => (
        <button
          key={d.id}
          type="button"
          data-marge-id={d.id}
          className={`marge-opmerking${actief === d.id ? ' marge-opmerking-actief' : ''}`}
          style={{ top: plek.top[d.id] ?? 0 }}
          aria-pressed={actief === d.id}
          onClick={() => onKies(d.id)}
        >
          <span className="marge-auteur">
            {d.auteur} ({d.partij})
          </span>
          {verloren.has(d.id) && <span className="klein"> · tekst geschrapt</span>}
          <span className="marge-tekst">{d.tekst}</span>
          {(d.reacties > 0 || d.gerichtAan) && (
            <span className="klein">
              {d.gerichtAan && `aan ${d.gerichtAan}`}
              {d.gerichtAan && d.reacties > 0 && ' · '}
              {d.reacties > 0 && aantal(d.reacties, 'reactie', 'reacties')}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
