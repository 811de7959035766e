import { DutchValidationPipe } from '../common/validation';
import { NieuweAfspraakInput } from './onderhandeling.inputs';

const pipe = new DutchValidationPipe();

/**
 * A proposal's new afspraak as stored (JSON), read back through the very validation the
 * dienVoorstelIn mutation gave it, so what is created on acceptance is a checked
 * NieuweAfspraakInput and not a cast: a stored value the rules no longer allow is refused with
 * VALIDATIE_FOUT naming the field (nieuweAfspraak.…).
 */
export async function nieuweAfspraakUit(opgeslagen: unknown): Promise<NieuweAfspraakInput> {
  return (await pipe.transform(opgeslagen, {
    type: 'body',
    metatype: NieuweAfspraakInput,
    data: 'nieuweAfspraak',
  })) as NieuweAfspraakInput;
}
