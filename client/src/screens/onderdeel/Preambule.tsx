import { useEffect, useState, type ReactNode } from 'react';

/** Longer than this (characters) and the preamble starts folded even on a first visit. */
const LANG = 700;

function sleutel(onderdeelId: string): string {
  return `driehoek:preambule-gezien:${onderdeelId}`;
}

/**
 * The hoofddocument's preamble, folded to its first lines once it has been seen (or from the
 * start when it is long), so the afspraken come first; a button (or working in the text)
 * unfolds it. Folded, the beginning stays visible and editable.
 */
export function Preambule({
  onderdeelId,
  tekst,
  children,
}: {
  onderdeelId: string;
  tekst: string;
  children: ReactNode;
}) {
  const [ingeklapt, zetIngeklapt] = useState(() => {
    try {
      return tekst.length > LANG || localStorage.getItem(sleutel(onderdeelId)) !== null;
    } catch {
      return tekst.length > LANG;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(sleutel(onderdeelId), '1');
    } catch {
      // Private mode without storage: it simply unfolds again next time.
    }
  }, [onderdeelId]);
  return (
    <article
      className={`afspraak preambule-blok${ingeklapt ? ' preambule-ingeklapt' : ''}`}
      aria-labelledby="preambule-kop"
    >
      <header className="afspraak-kop">
        <h2 id="preambule-kop">Preambule</h2>
        <button
          type="button"
          className="knop-tekst"
          aria-expanded={!ingeklapt}
          aria-controls="preambule-tekst"
          onClick={() => zetIngeklapt((i) => !i)}
        >
          {ingeklapt ? 'Hele preambule tonen' : 'Preambule inklappen'}
        </button>
      </header>
      {/* Working in the text unfolds it. */}
      <div id="preambule-tekst" onFocus={() => zetIngeklapt(false)}>
        {children}
      </div>
    </article>
  );
}
