import type { GraphQLResolveInfo } from 'graphql';
import { gevraagdeVelden } from '../common/gevraagde-velden';

/** Which heavy parts of the graph a request asks for; the rest is always loaded (it is small). */
export interface Need {
  afspraken: boolean;
  indicatoren: boolean;
  /** Warnings need each afspraak's indicator links (SMART zonder indicator). */
  waarschuwingen?: boolean;
}

export const NEED_ALL: Need = { afspraken: true, indicatoren: true, waarschuwingen: true };

/** The fields that list an agreement's afspraken (the financial overview is summed from them). */
const LIJSTEN_VAN_AFSPRAKEN = ['afspraken', 'alleAfspraken', 'financieelOverzicht'];

/**
 * Decides from the query's selection what to load. Only fields named afspraak(en) (and the
 * financial overview) expose afspraken and only indicator-related fields expose indicatoren, so a name check suffices.
 */
export function needFrom(info: GraphQLResolveInfo): Need {
  const names = gevraagdeVelden(info);
  return {
    afspraken: [...LIJSTEN_VAN_AFSPRAKEN, 'afspraak'].some((n) => names.has(n)),
    indicatoren: ['indicatoren', 'indicator', 'streefwaarden', 'realisaties'].some((n) =>
      names.has(n),
    ),
    waarschuwingen: names.has('waarschuwingen'),
  };
}

/**
 * Whether a list of afspraken may read only the afspraken on its page: not when the query
 * reaches, below the list, a field that lists an agreement's afspraken (an onderdeel's or
 * overeenkomst's afspraken, an indicator's, the financial overview), since those would then
 * hold only the page.
 */
export function alleenDePagina(info: GraphQLResolveInfo): boolean {
  const names = gevraagdeVelden(info, { onder: true });
  return ![...LIJSTEN_VAN_AFSPRAKEN, 'indicatoren'].some((n) => names.has(n));
}
