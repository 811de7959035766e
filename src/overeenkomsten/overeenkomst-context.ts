import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, notFound } from '../common/app-error';
import { Indicator } from '../indicatoren/indicator.entity';
import { Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { findOrFail } from '../database/find';
import { Partij } from '../partijen/partij.entity';
import { partijIdsInDetails, type StoredDetails } from './afspraak-details';
import { Deelnemer, DeelnemerRol, Overeenkomst } from './overeenkomst.entity';
import type { Thema } from './thema.entity';
import { controleerWanneer } from './proces-wanneer';

/**
 * What every check of an afspraak against its overeenkomst needs, loaded once per command by
 * AfsprakenService: the deelnemers, jaarschijven and themes, and the indicatoren on demand.
 */
export class OvereenkomstContext {
  static async laad(
    em: EntityManager,
    overeenkomstId: string,
    themas: { forOvereenkomst(overeenkomstId: string): Promise<Thema[]> },
  ): Promise<OvereenkomstContext> {
    const overeenkomst = await findOrFail(em, Overeenkomst, overeenkomstId, 'Overeenkomst');
    // One after the other: inside a transaction (an accepted proposal) they share a connection.
    const deelnemers = await em.find(Deelnemer, { overeenkomst }, { populate: ['partij'] });
    const jaarschijven = await em.find(Jaarschijf, { overeenkomst });
    const themaLijst = await themas.forOvereenkomst(overeenkomst.id);
    return new OvereenkomstContext(em, overeenkomst, deelnemers, jaarschijven, themaLijst);
  }

  constructor(
    private readonly em: EntityManager,
    readonly overeenkomst: Overeenkomst,
    private readonly deelnemers: Deelnemer[],
    private readonly jaarschijven: Jaarschijf[],
    private readonly themas: Thema[],
  ) {}

  /** A partij that takes part; waarnemers only where they may contribute without committing. */
  async deelnemer(partijId: string, veld: string, waarnemerMag = false): Promise<Partij> {
    const deelnemer = this.deelnemers.find((d) => d.partij.id === partijId);
    if (!deelnemer) {
      const partij = await this.em.findOne(Partij, { id: partijId });
      if (!partij) {
        const error = notFound('Partij', partijId);
        error.extensions.veld = veld;
        throw error;
      }
      throw new AppError(
        ErrorCode.GEEN_DEELNEMER,
        `${partij.naam} neemt niet deel aan "${this.overeenkomst.titel}"`,
        veld,
      );
    }
    if (!waarnemerMag && deelnemer.rol === DeelnemerRol.WAARNEMER) {
      throw new AppError(
        ErrorCode.GEEN_DEELNEMER,
        `${deelnemer.partij.getEntity().naam} is waarnemer en kan geen trekker zijn`,
        veld,
      );
    }
    return deelnemer.partij.getEntity();
  }

  /** Takes part as waarnemer (reads, commits to nothing). */
  isWaarnemer(partijId: string): boolean {
    return this.deelnemers.some(
      (d) => d.partij.id === partijId && d.rol === DeelnemerRol.WAARNEMER,
    );
  }

  /** `pad`: where the details are, e.g. `input.leden.1.details`. */
  async checkDetails(details: StoredDetails, pad = 'input.details'): Promise<void> {
    for (const id of partijIdsInDetails(details)) {
      await this.deelnemer(id, `${pad}.${details.type.toLowerCase()}`, true);
    }
    controleerWanneer(details, this.overeenkomst.startjaar, `${pad}.proces`);
  }

  jaarschijf(jaar: number, veld: string): Jaarschijf {
    const jaarschijf = this.jaarschijven.find((j) => j.jaar === jaar);
    if (!jaarschijf) {
      throw new AppError(
        ErrorCode.JAAR_BUITEN_PERIODE,
        `${jaar} valt buiten de periode ${this.overeenkomst.startjaar}–${this.overeenkomst.eindjaar} van de overeenkomst`,
        veld,
      );
    }
    return jaarschijf;
  }

  thema(id: string, veld: string): Thema {
    const thema = this.themas.find((t) => t.id === id);
    if (!thema) {
      const error = notFound('Thema', id);
      error.extensions.veld = veld;
      throw error;
    }
    return thema;
  }

  async indicatoren(ids: string[]): Promise<Indicator[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = await this.em.find(Indicator, {
      id: { $in: unique },
      overeenkomst: this.overeenkomst,
    });
    const missing = unique.find((id) => !found.some((i) => i.id === id));
    if (missing) {
      const error = notFound('Indicator', missing);
      error.extensions.veld = 'input.indicatorIds';
      throw error;
    }
    return found;
  }
}
