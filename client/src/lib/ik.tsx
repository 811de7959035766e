import { createContext, useContext } from 'react';
import type { IkQuery } from '../gql/graphql';

export type Ik = IkQuery['me'];
export type Lidmaatschap = Ik['lidmaatschappen'][number];

export const IkContext = createContext<Ik | null>(null);

export function useIk(): Ik {
  const ik = useContext(IkContext);
  if (!ik) throw new Error('Niet ingelogd');
  return ik;
}

const SCHRIJVERS = ['OPSTELLER', 'ONDERTEKENAAR'];

/** The partijen this person writes for (opsteller or ondertekenaar). */
export function schrijftVoor(ik: Ik): Set<string> {
  return new Set(
    ik.lidmaatschappen
      .filter((l) => l.rollen.some((r) => SCHRIJVERS.includes(r)))
      .map((l) => l.partij.id),
  );
}

/** The partijen this person signs for. */
export function tekentVoor(ik: Ik): Set<string> {
  return new Set(
    ik.lidmaatschappen.filter((l) => l.rollen.includes('ONDERTEKENAAR')).map((l) => l.partij.id),
  );
}

/** The partijen this person manages the members of. */
export function beheertVoor(ik: Ik): Lidmaatschap[] {
  return ik.lidmaatschappen.filter((l) => l.rollen.includes('BEHEERDER'));
}

/**
 * The gemeenten this person drafts for (opsteller or ondertekenaar of a gemeente): who may start
 * an overeenkomst, e.g. by importing an existing agreement.
 */
export function steltOpVoorGemeenten(ik: Ik): Lidmaatschap['partij'][] {
  const schrijft = schrijftVoor(ik);
  return ik.lidmaatschappen
    .filter((l) => l.partij.soort === 'GEMEENTE' && schrijft.has(l.partij.id))
    .map((l) => l.partij);
}
