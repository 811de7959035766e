import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level and no whitespace, so the same content always
 * gives the same bytes, whatever order a database or a client returned its keys in.
 */
export function canonicalJson(waarde: unknown): string {
  return JSON.stringify(sorteer(waarde));
}

function sorteer(waarde: unknown): unknown {
  if (Array.isArray(waarde)) return waarde.map(sorteer);
  if (waarde instanceof Date) return waarde.toISOString();
  if (waarde && typeof waarde === 'object') {
    return Object.fromEntries(
      Object.keys(waarde)
        .filter((k) => (waarde as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, sorteer((waarde as Record<string, unknown>)[k])]),
    );
  }
  return waarde;
}

export function sha256(gegevens: string | Uint8Array): string {
  return createHash('sha256').update(gegevens).digest('hex');
}
