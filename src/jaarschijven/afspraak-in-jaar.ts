import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, invalid } from '../common/app-error';
import type { JaarschijfStatus } from './jaarschijf.entity';

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
  const [rij] = await em.getConnection().execute<
    {
      jaarschijf_id: string | null;
      status: JaarschijfStatus;
      geldt: boolean;
      nummer: string;
    }[]
  >(
    `select j.id as jaarschijf_id, j.status, aj.id is not null as geldt, a.nummer
       from afspraak a left join jaarschijf j on j.overeenkomst_id = a.overeenkomst_id and j.jaar = ?
       left join afspraak_jaarschijf aj on aj.afspraak_id = a.id and aj.jaarschijf_id = j.id
      where a.id = ?`,
    [jaar, afspraakId],
    'all',
  );
  if (!rij?.jaarschijf_id) {
    throw invalid(
      'input.jaar',
      `${jaar} valt buiten de periode van de overeenkomst`,
      ErrorCode.JAAR_BUITEN_PERIODE,
    );
  }
  if (!rij.geldt) throw invalid('input.jaar', `Afspraak ${rij.nummer} geldt niet in ${jaar}`);
  return { jaarschijfId: rij.jaarschijf_id, status: rij.status, nummer: rij.nummer };
}
