/**
 * Pages through a long list the server hands out a page at a time: which rows are shown of how
 * many, and the previous and next page.
 */
export function Paginering({
  skip,
  take,
  total,
  wat,
  zetSkip,
  vorige = 'Vorige',
  volgende = 'Volgende',
}: {
  skip: number;
  take: number;
  total: number;
  /** What the rows are, plural: "overeenkomsten". */
  wat: string;
  zetSkip: (skip: number) => void;
  /** The buttons' words where "previous" means something more precise, as "Nieuwer" in a feed. */
  vorige?: string;
  volgende?: string;
}) {
  if (total <= take && skip === 0) return null;
  return (
    <nav aria-label={`Pagina’s van de ${wat}`} className="paginering">
      <button
        type="button"
        className="knop-secundair"
        disabled={skip === 0}
        onClick={() => zetSkip(Math.max(0, skip - take))}
      >
        {vorige}
      </button>
      <span aria-live="polite">
        {Math.min(skip + 1, total)}–{Math.min(skip + take, total)} van {total} {wat}
      </span>
      <button
        type="button"
        className="knop-secundair"
        disabled={skip + take >= total}
        onClick={() => zetSkip(skip + take)}
      >
        {volgende}
      </button>
    </nav>
  );
}
