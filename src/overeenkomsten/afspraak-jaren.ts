import { AfspraakJaarschijf } from '../jaarschijven/jaarschijf.entity';
import { invalid } from '../common/app-error';
import type { Afspraak } from './afspraak.entity';
import type { AfspraakJaarInput } from './afspraak.inputs';
import type { OvereenkomstContext } from './overeenkomst-context';

/** Sets the years an afspraak applies to, each with its concretisering; a year once. */
export function zetJaren(
  afspraak: Afspraak,
  input: AfspraakJaarInput[],
  context: OvereenkomstContext,
): void {
  if (new Set(input.map((j) => j.jaar)).size !== input.length) {
    throw invalid('input.jaren', 'Elk jaar staat één keer in de lijst');
  }
  const bestaand = afspraak.jaarschijven.isInitialized() ? afspraak.jaarschijven.getItems() : [];
  const nieuw = input.map((j, i) => {
    const jaarschijf = context.jaarschijf(j.jaar, `input.jaren.${i}.jaar`);
    const item =
      bestaand.find((x) => x.jaarschijf.id === jaarschijf.id) ??
      new AfspraakJaarschijf(afspraak, jaarschijf);
    item.concretisering = j.concretisering;
    return item;
  });
  afspraak.jaarschijven.set(nieuw);
}
