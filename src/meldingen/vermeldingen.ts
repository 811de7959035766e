/** Someone or something that can be mentioned with @ in a comment: a person or a partij. */
export interface Vermeldbaar {
  id: string;
  naam: string;
}

/**
 * The candidates mentioned in a text as "@Naam": at each @ the longest name that follows it
 * (case-insensitive, ending at a word boundary), so "@Woonstede Noord" wins over "@Woonstede".
 * Each id is reported once.
 */
export function vindVermeldingen<T extends Vermeldbaar>(tekst: string, kandidaten: T[]): T[] {
  const opLengte = [...kandidaten]
    .filter((k) => k.naam.trim().length > 0)
    .sort((a, b) => b.naam.length - a.naam.length);
  const gevonden = new Map<string, T>();
  const klein = tekst.toLocaleLowerCase('nl');
  for (let i = klein.indexOf('@'); i >= 0; i = klein.indexOf('@', i + 1)) {
    if (i > 0 && /[\p{L}\p{N}._-]/u.test(klein[i - 1]!)) continue; // an e-mail address
    const rest = klein.slice(i + 1);
    const treffer = opLengte.find((k) => {
      const naam = k.naam.toLocaleLowerCase('nl');
      return rest.startsWith(naam) && !/^[\p{L}\p{N}]/u.test(rest.slice(naam.length));
    });
    if (treffer && !gevonden.has(treffer.id)) gevonden.set(treffer.id, treffer);
  }
  return [...gevonden.values()];
}
