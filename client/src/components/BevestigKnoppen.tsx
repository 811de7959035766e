/**
 * The answer to a question and the way out, side by side, under a dialog's text or a short
 * form: one component, so every confirmation says and does this alike. Without `onBevestig` the
 * answer submits the form it stands in.
 */
export function BevestigKnoppen({
  tekst,
  bezig,
  onBevestig,
  onAnnuleer,
  gevaar = false,
  uit = false,
}: {
  tekst: string;
  /** While the answer is being carried out. */
  bezig: boolean;
  onBevestig?: () => void;
  onAnnuleer: () => void;
  /** An answer that removes or withdraws something. */
  gevaar?: boolean;
  /** Not yet possible (e.g. a required reason is empty). */
  uit?: boolean;
}) {
  return (
    <div className="formulier-rij">
      <button
        type={onBevestig ? 'button' : 'submit'}
        className={gevaar ? 'knop-gevaar' : 'knop'}
        disabled={bezig || uit}
        onClick={onBevestig}
      >
        {tekst}
      </button>
      <button type="button" className="knop-tekst" onClick={onAnnuleer}>
        Annuleren
      </button>
    </div>
  );
}
