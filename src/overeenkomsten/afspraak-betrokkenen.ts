import { ref } from '@mikro-orm/core';
import { ErrorCode, invalid } from '../common/app-error';
import type { Partij } from '../partijen/partij.entity';
import { AfspraakType } from './afspraak-type';
import { Afspraak, AfspraakBetrokkene } from './afspraak.entity';
import type { BetrokkeneInput } from './afspraak.inputs';
import { bepaalRollen, type RolPartij } from './afspraak-rollen';
import type { OvereenkomstContext } from './overeenkomst-context';

/** Where refusals point: the fields of a create or update, or the afspraak itself (a copy). */
export interface BetrokkenenVelden {
  trekker: string;
  betrokkenen: string;
}

export const INPUT_VELDEN: BetrokkenenVelden = {
  trekker: 'input.trekkerId',
  betrokkenen: 'input.betrokkenen',
};

/**
 * Sets the betrokkenen of an afspraak with their roles, or, with `input` undefined, re-checks the
 * ones it has against a changed trekker, trekker group or type (the trekker's own row becomes
 * trekker). Expects the afspraak's betrokkenen initialised when it has any.
 */
export async function zetBetrokkenen(
  afspraak: Afspraak,
  input: BetrokkeneInput[] | undefined,
  context: OvereenkomstContext,
  velden: BetrokkenenVelden = INPUT_VELDEN,
): Promise<void> {
  const bestaand = afspraak.betrokkenen.isInitialized() ? afspraak.betrokkenen.getItems() : [];
  const gevraagd: BetrokkeneInput[] =
    input ??
    bestaand.map((b) => ({
      partijId: b.partij.id,
      bijdrage: b.bijdrage,
      kostenaandeel: b.kostenaandeel ?? null,
    }));
  const totaal = gevraagd.reduce((sum, b) => sum + (b.kostenaandeel ?? 0), 0);
  if (totaal > 100.0001) {
    throw invalid(velden.betrokkenen, `De kostenaandelen tellen op tot ${totaal}%, meer dan 100%`);
  }
  if (new Set(gevraagd.map((b) => b.partijId)).size !== gevraagd.length) {
    throw invalid(
      velden.betrokkenen,
      'Elke partij staat één keer bij de betrokkenen',
      ErrorCode.AL_AANWEZIG,
    );
  }
  const partijen: Partij[] = [];
  for (const [i, b] of gevraagd.entries()) {
    partijen.push(await context.deelnemer(b.partijId, `${velden.betrokkenen}.${i}.partijId`, true));
  }
  const rolPartij = (p: Partij): RolPartij => ({
    id: p.id,
    naam: p.naam,
    soort: p.soort,
    waarnemer: context.isWaarnemer(p.id),
  });
  const trekker = await context.deelnemer(afspraak.trekker.id, velden.trekker, true);
  const details = afspraak.details as { type: AfspraakType; garantstellerIds?: string[] };
  const rollen = bepaalRollen(
    gevraagd.map((b, i) => ({
      partij: rolPartij(partijen[i]!),
      rol: input ? b.rol : undefined,
      kostenaandeel: b.kostenaandeel ?? null,
      bestaand: bestaand.find((x) => x.partij.id === b.partijId)?.rol,
    })),
    {
      trekker: rolPartij(trekker),
      groep: afspraak.trekkerGroep ?? null,
      garantstellerIds:
        details.type === AfspraakType.GARANTIE ? (details.garantstellerIds ?? []) : [],
    },
    velden,
  );
  const nieuw = gevraagd.map((b, i) => {
    const partij = partijen[i]!;
    const betrokkene =
      bestaand.find((x) => x.partij.id === partij.id) ??
      new AfspraakBetrokkene(afspraak, ref(partij), rollen[i]!, b.bijdrage, null, i);
    betrokkene.rol = rollen[i]!;
    betrokkene.bijdrage = b.bijdrage;
    betrokkene.kostenaandeel = b.kostenaandeel ?? null;
    betrokkene.volgorde = i;
    return betrokkene;
  });
  afspraak.betrokkenen.set(nieuw);
}
