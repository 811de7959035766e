import { TekstVeld } from '../../components/Velden';

/** The moment of a one-off proces step as the form holds it: the year as typed, and words. */
export interface Wanneer {
  jaar: string;
  tekst: string;
}

export const GEEN_WANNEER: Wanneer = { jaar: '', tekst: '' };

export const wanneerVan = (d: {
  wanneerJaar?: number | null;
  wanneerTekst?: string | null;
}): Wanneer => ({
  jaar: d.wanneerJaar != null ? String(d.wanneerJaar) : '',
  tekst: d.wanneerTekst ?? '',
});

/** The fields of ProcesDetailsInput; a year that is no number goes as typed, for the server to refuse. */
export const wanneerInput = (w: Wanneer) => ({
  wanneerJaar: w.jaar.trim() ? Number(w.jaar.trim()) : null,
  wanneerTekst: w.tekst.trim() || null,
});

/** "Wanneer": the year of a one-off step ("in 2027 maken partijen nieuwe afspraken"), with words. */
export function ProcesWanneerVelden({
  idPrefix,
  waarde,
  onWijzig,
}: {
  idPrefix: string;
  waarde: Wanneer;
  onWijzig: (w: Wanneer) => void;
}) {
  return (
    <>
      <TekstVeld
        id={`${idPrefix}-wanneer-jaar`}
        label="Jaar van een eenmalige stap"
        inputMode="numeric"
        placeholder="bijv. 2027"
        waarde={waarde.jaar}
        onWijzig={(jaar) => onWijzig({ ...waarde, jaar })}
      />
      <TekstVeld
        id={`${idPrefix}-wanneer-tekst`}
        label="Moment in woorden"
        placeholder="bijv. voor de zomer"
        waarde={waarde.tekst}
        onWijzig={(tekst) => onWijzig({ ...waarde, tekst })}
      />
    </>
  );
}
