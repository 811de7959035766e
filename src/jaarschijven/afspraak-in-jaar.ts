import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, invalid } from '../common/app-error';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { AfspraakJaarschijf, Jaarschijf, type JaarschijfStatus } from './jaarschijf.entity';

/**
 * The jaarschijf of `jaar` in which an afspraak applies, for what is reported or judged over that
 * year; refused (on `input.jaar`) when the year lies outside the periode or the afspraak does not
 * apply in it.
 */
export async function afspraakInJaar(
  em: EntityManager,
  afspraakId: string,
  jaar: number,
): Promise<{ jaarschijfId: string; status: JaarschijfStatus; nummer: string }> {
  const afspraak = await em.findOne(
    Afspraak,
    { id: afspraakId },
    { fields: ['nummer', 'overeenkomst'] },
  );
  const jaarschijf =
    afspraak &&
    (await em.findOne(
      Jaarschijf,
      { overeenkomst: afspraak.overeenkomst.id, jaar },
      { fields: ['status'] },
    ));
  if (!afspraak || !jaarschijf) {
    throw invalid(
      'input.jaar',
      `${jaar} valt buiten de periode van de overeenkomst`,
      ErrorCode.JAAR_BUITEN_PERIODE,
    );
  }
  if (!(await em.count(AfspraakJaarschijf, { afspraak: afspraakId, jaarschijf: jaarschijf.id })))
    throw invalid('input.jaar', `Afspraak ${afspraak.nummer} geldt niet in ${jaar}`);
  return { jaarschijfId: jaarschijf.id, status: jaarschijf.status, nummer: afspraak.nummer };
}
