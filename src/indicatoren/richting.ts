import { registerEnumType } from '@nestjs/graphql';

/**
 * Which way an indicator improves. It decides whether a realisatie is on track: the nulmeting
 * cannot tell (a waiting time falls, a number of homes rises, a share of social rent must stay
 * inside a band), so the agreement says so.
 */
export enum IndicatorRichting {
  HOGER_IS_BETER = 'HOGER_IS_BETER',
  LAGER_IS_BETER = 'LAGER_IS_BETER',
  BINNEN_BANDBREEDTE = 'BINNEN_BANDBREEDTE',
}
registerEnumType(IndicatorRichting, {
  name: 'IndicatorRichting',
  description: 'Welke kant de indicator op moet; bepaalt of een realisatie op koers is',
  valuesMap: {
    HOGER_IS_BETER: { description: 'Meer is beter, bijv. opgeleverde woningen' },
    LAGER_IS_BETER: { description: 'Minder is beter, bijv. wachttijd of huisuitzettingen' },
    BINNEN_BANDBREEDTE: {
      description:
        'Op koers binnen de bandbreedte (of precies op de waarde), niet erboven of eronder',
    },
  },
});

/** How far a described effect was reached, judged in words instead of measured. */
export enum EffectOordeel {
  BEREIKT = 'BEREIKT',
  DEELS = 'DEELS',
  NIET = 'NIET',
}
registerEnumType(EffectOordeel, {
  name: 'EffectOordeel',
  description: 'Oordeel over een beoogd effect (streefwaarde van de soort EFFECT)',
  valuesMap: {
    BEREIKT: { description: 'Het effect is bereikt' },
    DEELS: { description: 'Het effect is deels bereikt' },
    NIET: { description: 'Het effect is niet bereikt' },
  },
});

export const RICHTING_TEKST: Record<IndicatorRichting, string> = {
  HOGER_IS_BETER: 'hoger is beter',
  LAGER_IS_BETER: 'lager is beter',
  BINNEN_BANDBREEDTE: 'binnen de bandbreedte',
};

export const OORDEEL_TEKST: Record<EffectOordeel, string> = {
  BEREIKT: 'bereikt',
  DEELS: 'deels bereikt',
  NIET: 'niet bereikt',
};

/** How many years past the periode a horizon target may lie ("in 2035 …"). */
export const MAX_HORIZON_JAREN = 15;
