import type { CombinedError } from 'urql';

/** A Dutch message for an error of the API, for a person (the server's message when it has one). */
export function foutmelding(fout: CombinedError | Error | null | undefined): string | null {
  if (!fout) return null;
  if ('graphQLErrors' in fout && fout.graphQLErrors.length > 0) {
    const eerste = fout.graphQLErrors[0]!;
    const code = eerste.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR')
      return 'Er ging iets mis op de server. Probeer het later opnieuw.';
    const velden = veldFouten(fout);
    if (velden.length > 0) return velden.map((v) => v.tekst).join(' ');
    return eerste.message;
  }
  if ('networkError' in fout && fout.networkError) {
    return 'Geen verbinding met de server. Controleer uw netwerk en probeer het opnieuw.';
  }
  return fout.message.replace(/^\[\w+\]\s*/, '');
}

/** The error code of the first GraphQL error, e.g. NIET_IEDEREEN_AKKOORD. */
export function foutcode(fout: CombinedError | null | undefined): string | undefined {
  const code = fout?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The input field an error is about, e.g. "input.wachtwoord". */
export function foutveld(fout: CombinedError | null | undefined): string | undefined {
  const veld = fout?.graphQLErrors[0]?.extensions?.veld;
  return typeof veld === 'string' ? veld : undefined;
}

/** Dutch names of input fields, for messages that name a field (never its code name). */
const VELDNAMEN: Record<string, string> = {
  toelichting: 'De toelichting',
  overrideReden: 'De reden',
  reden: 'De reden',
  tekst: 'De tekst',
  titel: 'De titel',
  naam: 'De naam',
  email: 'Het e-mailadres',
  wachtwoord: 'Het wachtwoord',
  functie: 'De functie',
  omschrijving: 'De omschrijving',
  eenheid: 'De eenheid',
  definitie: 'De definitie',
};

/** One refusal per field, as a sentence: "De toelichting is verplicht." */
export interface VeldFout {
  /** The field's path in the input, e.g. "input.toelichting". */
  veld: string;
  tekst: string;
}

/**
 * The server's refusals per field (VALIDATIE_FOUT: `extensions.velden`, each `{ veld, melding }`;
 * another code naming one field: `extensions.veld`), one sentence per field. Of several
 * refusals of one missing field ("moet tekst zijn", "is verplicht") the one that says so wins.
 */
export function veldFouten(fout: CombinedError | Error | null | undefined): VeldFout[] {
  if (!fout || !('graphQLErrors' in fout)) return [];
  const eerste = fout.graphQLErrors[0];
  const velden = eerste?.extensions?.velden;
  if (!Array.isArray(velden)) return [];
  const perVeld = new Map<string, string>();
  for (const v of velden as unknown[]) {
    if (typeof v !== 'object' || !v || !('veld' in v) || !('melding' in v)) continue;
    const veld = String(v.veld);
    const melding = String(v.melding);
    if (!perVeld.has(veld) || melding === 'is verplicht') perVeld.set(veld, melding);
  }
  return [...perVeld].map(([veld, melding]) => ({ veld, tekst: zin(veld, melding) }));
}

function zin(veld: string, melding: string): string {
  const naam = VELDNAMEN[veld.split('.').pop() ?? ''] ?? 'Dit veld';
  return `${naam} ${melding.replace(/[.]$/, '')}.`;
}

/** The refusal of one field (matched on the end of its path), to show under that field. */
export function foutBijVeld(
  fout: CombinedError | Error | null | undefined,
  veld: string,
): string | null {
  if (!fout || !('graphQLErrors' in fout)) return null;
  const lijst = veldFouten(fout);
  const eigen = lijst.find((v) => v.veld === veld || v.veld.endsWith(`.${veld}`));
  if (eigen) return eigen.tekst;
  const eerste = fout.graphQLErrors[0];
  const genoemd = eerste?.extensions?.veld;
  return lijst.length === 0 &&
    typeof genoemd === 'string' &&
    (genoemd === veld || genoemd.endsWith(`.${veld}`))
    ? eerste!.message
    : null;
}
