/**
 * The login session of this browser tab. Kept in sessionStorage, so two windows can be two
 * different people (the gemeente and the corporatie side by side), and a tab forgets it when closed.
 */
export interface Sessie {
  accessToken: string;
  vernieuwToken: string;
  /** ISO time the access token expires. */
  verlooptOp: string;
}

const SLEUTEL = 'driehoek.sessie';
type Luisteraar = (sessie: Sessie | null) => void;
const luisteraars = new Set<Luisteraar>();

export function leesSessie(): Sessie | null {
  try {
    const ruw = sessionStorage.getItem(SLEUTEL);
    return ruw ? (JSON.parse(ruw) as Sessie) : null;
  } catch {
    return null;
  }
}

export function zetSessie(sessie: Sessie | null): void {
  if (sessie) sessionStorage.setItem(SLEUTEL, JSON.stringify(sessie));
  else sessionStorage.removeItem(SLEUTEL);
  for (const luisteraar of luisteraars) luisteraar(sessie);
}

export function opSessie(luisteraar: Luisteraar): () => void {
  luisteraars.add(luisteraar);
  return () => luisteraars.delete(luisteraar);
}

const VERNIEUW = `mutation Vernieuw($input: VernieuwInput!) { vernieuwToken(input: $input) { accessToken vernieuwToken verlooptOp } }`;
let bezig: Promise<string | null> | null = null;

/** A valid access token: renewed (once for all callers) when it expires within a minute. */
export async function geldigToken(): Promise<string | null> {
  const sessie = leesSessie();
  if (!sessie) return null;
  if (new Date(sessie.verlooptOp).getTime() - Date.now() > 60_000) return sessie.accessToken;
  bezig ??= (async () => {
    try {
      const antwoord = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: VERNIEUW,
          variables: { input: { vernieuwToken: sessie.vernieuwToken } },
        }),
      });
      const json = (await antwoord.json()) as { data?: { vernieuwToken?: Sessie } | null };
      const nieuw = json.data?.vernieuwToken ?? null;
      zetSessie(nieuw);
      return nieuw?.accessToken ?? null;
    } catch {
      // Offline: keep the session, the caller's request fails and says so.
      return sessie.accessToken;
    } finally {
      bezig = null;
    }
  })();
  return bezig;
}
