import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuditActie, AuditService } from '../audit/audit.service';
import { CollabServer } from '../collaboration/collab.server';
import { DocumentOpdrachten } from '../collaboration/document-opdrachten';
import { PREAMBULE_FRAGMENT, type PmNode } from '../collaboration/prosemirror';
import { crashpunt } from '../common/crashpunt';
import { findOrFail } from '../database/find';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { DETAILS_INPUT_KEY } from '../overeenkomsten/afspraak-details';
import { lidAlsInput } from '../overeenkomsten/afspraak-leden';
import type { CreateAfspraakInput } from '../overeenkomsten/afspraak.inputs';
import { AfsprakenService } from '../overeenkomsten/afspraken.service';
import { herstelNormen } from '../overeenkomsten/normen-inhoud';
import { type AfspraakInhoud } from '../overeenkomsten/onderdeel-inhoud';
import {
  OnderdeelInhoudReader,
  vergrendelConcept,
} from '../overeenkomsten/onderdeel-inhoud.reader';
import { PermissionsService } from '../partijen/permissions.service';
import { versieGebeurtenis } from './versie-gebeurtenis';
import { OnderdeelVersie } from './versie.entities';

/** Makes an earlier version's content the current draft again. */
@Injectable()
export class HerstelService {
  constructor(
    private readonly em: EntityManager,
    private readonly inhoud: OnderdeelInhoudReader,
    private readonly collab: CollabServer,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly permissions: PermissionsService,
    private readonly afspraken: AfsprakenService,
    private readonly opdrachten: DocumentOpdrachten,
  ) {}

  /**
   * Restores by changing the draft (roll forward): the history, its versions and signatures
   * stay as they were. The fields, the texts the document is to get and the audit entry commit
   * together; the texts reach the document right after (or at start-up, after a crash).
   */
  async herstel(actor: Actor, versieId: string): Promise<void> {
    const versie = await findOrFail(this.em.fork(), OnderdeelVersie, versieId, 'Versie', {
      populate: ['inhoud'],
    });
    const onderdeelId = versie.onderdeel.id;
    await this.permissions.onderdeelBewerken(actor, onderdeelId, 'Versie', versieId);
    const vast = versie.vastgelegdeInhoud();
    await this.collab.bijgewerkt(onderdeelId);
    crashpunt('herstel:start', versieId);
    await this.em.transactional(async (em) => {
      await vergrendelConcept(em, onderdeelId);
      const huidig = await this.inhoud.lees(onderdeelId, em);
      const volgorde: string[] = [];
      for (const afspraak of vast.afspraken) {
        const velden = herstelVelden(afspraak);
        const id = huidig.afspraken.some((a) => a.id === afspraak.id)
          ? (await this.afspraken.update({ id: afspraak.id, ...velden })).id
          : (await this.afspraken.create({ onderdeelId, ...velden })).id;
        volgorde.push(id);
        this.opdrachten.plan(
          em,
          onderdeelId,
          id,
          afspraak.tekstJson
            ? { inhoud: afspraak.tekstJson as unknown as PmNode }
            : { tekst: afspraak.tekst },
        );
      }
      for (const weg of huidig.afspraken.filter((a) => !vast.afspraken.some((v) => v.id === a.id)))
        await this.afspraken.delete(weg.id);
      await this.afspraken.reorder({ onderdeelId, afspraakIds: volgorde });
      if (vast.preambule)
        this.opdrachten.plan(
          em,
          onderdeelId,
          PREAMBULE_FRAGMENT,
          vast.preambule.json
            ? { inhoud: vast.preambule.json as unknown as PmNode }
            : { tekst: vast.preambule.tekst },
        );
      await em.flush();
      crashpunt('herstel:na-velden', versieId);
      await this.audit.schrijf(
        {
          overeenkomstId: versie.overeenkomst.id,
          actor,
          actie: AuditActie.VERSIE_HERSTELD,
          onderwerpSoort: 'OnderdeelVersie',
          onderwerpId: versie.id,
          gegevens: { onderdeelId, versie: versie.nummer, hash: versie.hash },
        },
        em,
      );
      crashpunt('herstel:na-audit', versieId);
    });
    crashpunt('herstel:na-commit', versieId);
    await this.opdrachten.voerUit(onderdeelId);
    this.gebeurtenissen.publiceer(
      versieGebeurtenis(GebeurtenisSoort.VERSIE_HERSTELD, actor, null, {
        overeenkomstId: versie.overeenkomst.id,
        onderdeelId,
        onderwerpId: versie.id,
      }),
    );
  }
}

/** An afspraak's fields from a version, as an update or a create would set them. */
export function herstelVelden(
  a: AfspraakInhoud,
): Omit<CreateAfspraakInput, 'onderdeelId' | 'tekst' | 'indicatorIds'> {
  const details: Record<string, unknown> = { ...a.details };
  delete details.type;
  return {
    titel: a.titel,
    type: a.type,
    themaId: a.thema.id,
    trekkerId: a.trekker.id,
    trekkerGroep: a.trekkerGroep ?? null,
    volwassenheid: a.volwassenheid,
    ...herstelNormen(a),
    doelgroepen: a.doelgroepen,
    details: { [DETAILS_INPUT_KEY[a.type]]: details },
    // A version from before leden existed has none: restoring it makes the afspraak single.
    leden: (a.leden ?? []).map((l) => lidAlsInput(l, DETAILS_INPUT_KEY[l.type])),
    betrokkenen: a.betrokkenen.map((b) => ({
      partijId: b.partijId,
      rol: b.rol,
      bijdrage: b.bijdrage,
      kostenaandeel: b.kostenaandeel,
    })),
    jaren: a.jaren,
    bedragen: (a.bedragen ?? []).map(({ betalers, ontvangers, ...b }) => ({
      ...b,
      betalers: betalers.map(({ naam: _naam, ...x }) => x),
      ontvangerIds: ontvangers.map((o) => o.partijId),
    })),
    // By kind, name and gemeente: a place is found again, or made again if it is gone.
    locaties: (a.locaties ?? []).map((l) => ({
      soort: l.soort,
      naam: l.naam,
      gemeenteId: l.gemeente?.id ?? null,
    })),
  };
}
