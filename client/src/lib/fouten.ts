import type { CombinedError } from 'urql';

/** A Dutch message for an error of the API, for a person (the server's message when it has one). */
export function foutmelding(fout: CombinedError | Error | null | undefined): string | null {
  if (!fout) return null;
  if ('graphQLErrors' in fout && fout.graphQLErrors.length > 0) {
    const eerste = fout.graphQLErrors[0]!;
    const code = eerste.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR')
      return 'Er ging iets mis op de server. Probeer het later opnieuw.';
    const velden = eerste.extensions?.velden;
    if (Array.isArray(velden) && velden.length > 0) {
      return (
        velden
          // The server names each field's refusal "melding" (VALIDATIE_FOUT); never print an object.
          .map((v: unknown) =>
            typeof v !== 'object' || !v
              ? String(v)
              : 'melding' in v
                ? String(v.melding)
                : 'message' in v
                  ? String(v.message)
                  : eerste.message,
          )
          .join(' ')
      );
    }
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
