import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditRegel } from '../audit/audit.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { versieHash } from '../overeenkomsten/onderdeel-inhoud';
import type { AuditVerificatieModel } from './ondertekening.models';
import { OnderdeelVersie, Ondertekening } from './versie.entities';

/** Proves an overeenkomst's audit trail and versions whole, or names the first that is not. */
@Injectable()
export class VerificatieService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  /**
   * Recomputes the audit chain and every version's hash from what is stored, and checks that
   * each signature and each freeze entry name that same hash.
   */
  async verifieer(overeenkomstId: string): Promise<AuditVerificatieModel> {
    const keten = await this.audit.controleer(overeenkomstId);
    const em = this.em.fork();
    const versies = await em.find(
      OnderdeelVersie,
      { overeenkomst: overeenkomstId },
      {
        populate: ['yjsState', 'inhoud', 'onderdeel'],
        orderBy: { createdAt: 'asc', nummer: 'asc' },
      },
    );
    const handtekeningen = await em.find(
      Ondertekening,
      { versie: { overeenkomst: overeenkomstId } },
      { populate: ['partij'] },
    );
    // A version is written by a freeze, or by recording a signing outside Driehoek.
    const bevriezingen = await em.find(
      AuditRegel,
      {
        overeenkomst: overeenkomstId,
        actie: { $in: [AuditActie.BEVROREN, AuditActie.EXTERN_ONDERTEKEND] },
      },
      { fields: ['onderwerpId', 'gegevens'] },
    );
    const resultaat = (eersteFout: AuditVerificatieModel['eersteFout']): AuditVerificatieModel => ({
      geldig: !eersteFout,
      aantalRegels: keten.aantal,
      aantalVersies: versies.length,
      eersteFout,
    });
    if (keten.eersteFout) return resultaat({ ...keten.eersteFout, versieId: null });
    for (const v of versies) {
      const naam = `Versie ${v.nummer} van "${v.onderdeel.getEntity().titel}"`;
      const fout = (reden: string) =>
        resultaat({ volgnummer: null, versieId: v.id, reden: `${naam}: ${reden}` });
      if (versieHash(v.inhoud, new Uint8Array(v.yjsState)) !== v.hash)
        return fout('de vastgelegde inhoud past niet bij de hash');
      const bevroren = bevriezingen.find((b) => b.onderwerpId === v.id);
      if (!bevroren || bevroren.gegevens.hash !== v.hash)
        return fout('de hash komt niet overeen met die in het audit trail');
      const afwijkend = handtekeningen.find((h) => h.versie.id === v.id && h.versieHash !== v.hash);
      if (afwijkend)
        return fout(
          `de handtekening van ${afwijkend.partij.getEntity().naam} geldt een andere hash`,
        );
    }
    return resultaat(null);
  }
}
