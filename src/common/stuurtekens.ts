/*
 * C0 control characters other than tab and newline. PostgreSQL cannot store NUL in text or jsonb,
 * and none of them belongs in an agreement's text: GraphQL inputs refuse them, the co-editor keeps
 * them out of its documents and out of what it materialises.
 */

// eslint-disable-next-line no-control-regex -- the control characters are exactly what is matched
export const STUURTEKEN = /[\u0000-\u0008\u000b-\u001f]/;
// eslint-disable-next-line no-control-regex -- as above, every occurrence
const STUURTEKENS = /[\u0000-\u0008\u000b-\u001f]/g;

export function heeftStuurteken(tekst: string): boolean {
  return STUURTEKEN.test(tekst);
}

export function zonderStuurtekens(tekst: string): string {
  return tekst.replace(STUURTEKENS, '');
}

/** Where the control characters are in the text (each one UTF-16 unit long). */
export function stuurtekenPosities(tekst: string): number[] {
  return [...tekst.matchAll(STUURTEKENS)].map((m) => m.index);
}

/** Every string in a JSON-like value (keys included) without control characters. */
export function zonderStuurtekensDiep<T>(waarde: T): T {
  if (typeof waarde === 'string') return zonderStuurtekens(waarde) as T;
  if (Array.isArray(waarde)) return waarde.map((w: unknown) => zonderStuurtekensDiep(w)) as T;
  if (waarde && typeof waarde === 'object' && !(waarde instanceof Uint8Array)) {
    return Object.fromEntries(
      Object.entries(waarde).map(([k, w]) => [zonderStuurtekens(k), zonderStuurtekensDiep(w)]),
    ) as T;
  }
  return waarde;
}

/** Does any string in a JSON-like value (keys included) hold a control character? */
export function heeftStuurtekenDiep(waarde: unknown): boolean {
  if (typeof waarde === 'string') return heeftStuurteken(waarde);
  if (Array.isArray(waarde)) return waarde.some(heeftStuurtekenDiep);
  if (waarde && typeof waarde === 'object' && !(waarde instanceof Uint8Array)) {
    return Object.entries(waarde).some(([k, w]) => heeftStuurteken(k) || heeftStuurtekenDiep(w));
  }
  return false;
}
