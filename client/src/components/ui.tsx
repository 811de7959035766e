import { useEffect, useRef, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { foutmelding } from '../lib/fouten';

export function Laden({ tekst = 'Laden…' }: { tekst?: string }) {
  return (
    <p className="laden" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {tekst}
    </p>
  );
}

/** An error in Dutch, announced to screen readers, placed next to what caused it. */
export function Fout({
  fout,
  id,
}: {
  fout: CombinedError | Error | string | null | undefined;
  id?: string;
}) {
  const tekst = typeof fout === 'string' ? fout : foutmelding(fout);
  if (!tekst) return null;
  return (
    <p className="fout" role="alert" id={id}>
      {tekst}
    </p>
  );
}

export function Leeg({ children }: { children: ReactNode }) {
  return <p className="leeg">{children}</p>;
}

export function Badge({ children, soort }: { children: ReactNode; soort?: string }) {
  return <span className={`badge ${soort ? `badge-${soort.toLowerCase()}` : ''}`}>{children}</span>;
}

/** A modal dialog on the native <dialog> element: focus trapped, Escape closes. */
export function Dialoog({
  open,
  titel,
  onSluit,
  children,
}: {
  open: boolean;
  titel: string;
  onSluit: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialoog = ref.current;
    if (!dialoog) return;
    if (open && !dialoog.open) dialoog.showModal();
    if (!open && dialoog.open) dialoog.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby="dialoog-titel" onClose={onSluit} className="dialoog">
      {open && (
        <>
          <div className="dialoog-kop">
            <h2 id="dialoog-titel">{titel}</h2>
            <button type="button" className="knop-tekst" onClick={onSluit} aria-label="Sluiten">
              ✕
            </button>
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}
