import { AppError, ErrorCode, invalid } from '../common/app-error';
import { type Indicator, type Streefwaarde, StreefwaardeSoort } from './indicator.entity';
import type { CreateStreefwaardeInput } from './indicator.inputs';

type StreefwaardeFields = Pick<
  CreateStreefwaardeInput,
  'soort' | 'waarde' | 'min' | 'max' | 'effect'
>;

/** A nulmeting is a value with its year, or neither. */
export function setNulmeting(
  indicator: Indicator,
  waarde: number | null | undefined,
  jaar: number | null | undefined,
): void {
  if ((waarde == null) !== (jaar == null)) {
    throw invalid(
      waarde == null ? 'input.nulmetingWaarde' : 'input.nulmetingJaar',
      'Een nulmeting heeft een waarde én een jaar',
    );
  }
  indicator.nulmetingWaarde = waarde ?? null;
  indicator.nulmetingJaar = jaar ?? null;
}

/**
 * A target is one number, a bandwidth, an open bandwidth (ten minste / hoogstens) or a described
 * effect; exactly the fields of its kind.
 */
export function applyStreefwaarde(streefwaarde: Streefwaarde, input: StreefwaardeFields): void {
  switch (input.soort) {
    case StreefwaardeSoort.EXACT:
      if (input.waarde == null)
        throw invalid('input.waarde', 'Een exacte streefwaarde heeft een waarde');
      Object.assign(streefwaarde, { waarde: input.waarde, min: null, max: null, effect: null });
      break;
    case StreefwaardeSoort.BANDBREEDTE:
      if (input.min == null || input.max == null) {
        throw new AppError(
          ErrorCode.BANDBREEDTE_ONGELDIG,
          'Een bandbreedte heeft een minimum en een maximum',
          input.min == null ? 'input.min' : 'input.max',
        );
      }
      if (input.min > input.max) {
        throw new AppError(
          ErrorCode.BANDBREEDTE_ONGELDIG,
          `Het minimum (${input.min}) van de bandbreedte is groter dan het maximum (${input.max})`,
          'input.min',
        );
      }
      Object.assign(streefwaarde, { waarde: null, min: input.min, max: input.max, effect: null });
      break;
    case StreefwaardeSoort.MINIMAAL:
      if (input.min == null)
        throw invalid('input.min', 'Een streefwaarde "ten minste" heeft een minimum (min)');
      Object.assign(streefwaarde, { waarde: null, min: input.min, max: null, effect: null });
      break;
    case StreefwaardeSoort.MAXIMAAL:
      if (input.max == null)
        throw invalid('input.max', 'Een streefwaarde "hoogstens" heeft een maximum (max)');
      Object.assign(streefwaarde, { waarde: null, min: null, max: input.max, effect: null });
      break;
    case StreefwaardeSoort.EFFECT:
      if (!input.effect) throw invalid('input.effect', 'Beschrijf het beoogde effect');
      Object.assign(streefwaarde, { waarde: null, min: null, max: null, effect: input.effect });
      break;
  }
  streefwaarde.soort = input.soort;
}
