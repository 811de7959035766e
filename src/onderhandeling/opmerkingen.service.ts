import { type FilterQuery, ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { type Anker, ankerTekst, ankerVoorCitaat } from '../collaboration/anker';
import { CollabServer } from '../collaboration/collab.server';
import { ErrorCode, invalid } from '../common/app-error';
import { Klok } from '../common/klok';
import { findOrFail } from '../database/find';
import { GebeurtenisSoort, Gebeurtenissen, OpmerkingActie } from '../live/gebeurtenissen';
import { Afspraak } from '../overeenkomsten/afspraak.entity';
import { Deelnemer } from '../overeenkomsten/overeenkomst.entity';
import { Partij } from '../partijen/partij.entity';
import { partijModel } from '../partijen/partij.model';
import { type Betrokkenheid, PermissionsService } from '../partijen/permissions.service';
import type { AnkerInput, PlaatsOpmerkingInput, ReageerInput } from './onderhandeling.inputs';
import { Opmerking } from './onderhandeling.entities';
import type { AnkerModel, OpmerkingModel } from './onderhandeling.models';
import { StandpuntenService } from './standpunten.service';

@Injectable()
export class OpmerkingenService {
  constructor(
    private readonly em: EntityManager,
    private readonly collab: CollabServer,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly permissions: PermissionsService,
    private readonly standpunten: StandpuntenService,
    private readonly klok: Klok,
  ) {}

  async plaats(actor: Actor, input: PlaatsOpmerkingInput): Promise<OpmerkingModel> {
    const { overeenkomstId, namens } = await this.namens(
      actor,
      input.afspraakId,
      input.partijId,
      'Afspraak',
      input.afspraakId,
    );
    const onderdeelId = await this.standpunten.onderdeelVan(input.afspraakId);
    if (input.gerichtAanId) await this.eisDeelnemer(overeenkomstId, input.gerichtAanId);
    const anker = input.anker
      ? await this.plaatsAnker(onderdeelId, input.afspraakId, input.anker)
      : null;
    const opmerking = new Opmerking({
      afspraak: ref(Afspraak, input.afspraakId),
      draad: null,
      auteur: ref(Gebruiker, actor.gebruikerId),
      partij: ref(Partij, namens.partijId),
      tekst: input.tekst,
    });
    if (anker) {
      opmerking.ankerStart = anker.start;
      opmerking.ankerEind = anker.eind;
      opmerking.ankerCitaat = anker.citaat;
    }
    if (input.gerichtAanId) opmerking.gerichtAan = ref(Partij, input.gerichtAanId);
    const stap = { actie: OpmerkingActie.GEPLAATST, draadId: opmerking.id };
    await this.bewaar(actor, namens, overeenkomstId, onderdeelId, opmerking, stap, {
      tekst: input.tekst,
      citaat: anker?.citaat ?? null,
      gerichtAan: input.gerichtAanId ?? null,
    });
    return (await this.lijst(input.afspraakId)).find((o) => o.id === opmerking.id)!;
  }

  async reageer(actor: Actor, input: ReageerInput): Promise<OpmerkingModel> {
    const op = await findOrFail(this.em, Opmerking, input.opmerkingId, 'Opmerking');
    const afspraakId = op.afspraak.id;
    const { overeenkomstId, namens } = await this.namens(
      actor,
      afspraakId,
      input.partijId,
      'Opmerking',
      input.opmerkingId,
    );
    const onderdeelId = await this.standpunten.onderdeelVan(afspraakId);
    const draad = op.draad ?? ref(op);
    const reactie = new Opmerking({
      afspraak: op.afspraak,
      draad,
      auteur: ref(Gebruiker, actor.gebruikerId),
      partij: ref(Partij, namens.partijId),
      tekst: input.tekst,
    });
    const stap = { actie: OpmerkingActie.REACTIE, draadId: draad.id };
    await this.bewaar(actor, namens, overeenkomstId, onderdeelId, reactie, stap, {
      tekst: input.tekst,
      reactieOp: draad.id,
    });
    return (await this.lijst(afspraakId)).find((o) => o.id === draad.id)!;
  }

  /**
   * The overeenkomst of the afspraak commented on, and the partij the person comments for (a
   * deelnemer that may comment); `label` and `id` name what was asked for when refused.
   */
  private async namens(
    actor: Actor,
    afspraakId: string,
    partijId: string | undefined,
    label: string,
    id: string,
  ): Promise<{ overeenkomstId: string; namens: Betrokkenheid }> {
    const overeenkomstId = await this.permissions.overeenkomstVan(
      'afspraak',
      afspraakId,
      'Afspraak',
    );
    const namens = await this.permissions.namensDeelnemer(
      actor,
      overeenkomstId,
      partijId,
      label,
      id,
    );
    return { overeenkomstId, namens };
  }

  /** Resolves or reopens a thread; any participant who may comment may do either. */
  async zetOpgelost(
    actor: Actor,
    opmerkingId: string,
    opgelost: boolean,
    partijId?: string,
  ): Promise<OpmerkingModel> {
    const op = await findOrFail(this.em, Opmerking, opmerkingId, 'Opmerking');
    const draad = op.draad ? await op.draad.loadOrFail() : op;
    const afspraakId = draad.afspraak.id;
    const { overeenkomstId, namens } = await this.namens(
      actor,
      afspraakId,
      // Acting for several partijen: the thread's own partij, when the person is one of its writers.
      partijId ?? (actor.magBewerkenVoor(draad.partij.id) ? draad.partij.id : undefined),
      'Opmerking',
      opmerkingId,
    );
    draad.zetOpgelost(opgelost, ref(Gebruiker, actor.gebruikerId), this.klok.nu());
    const onderdeelId = await this.standpunten.onderdeelVan(afspraakId);
    await this.bewaar(
      actor,
      namens,
      overeenkomstId,
      onderdeelId,
      draad,
      { actie: opgelost ? OpmerkingActie.OPGELOST : OpmerkingActie.HEROPEND, draadId: draad.id },
      {},
    );
    return (await this.lijst(afspraakId)).find((o) => o.id === draad.id)!;
  }

  /** The threads on an afspraak, with where their anchors stand in the text now. */
  async lijst(afspraakId: string, alleenOpen = false): Promise<OpmerkingModel[]> {
    return this.draden(
      { afspraak: afspraakId },
      () => this.standpunten.onderdeelVan(afspraakId),
      alleenOpen,
    );
  }

  /**
   * The threads on every afspraak of an onderdeel, in one query and one look into its document:
   * what the editor highlights, the margin shows and the afspraak cards count.
   */
  async vanOnderdeel(onderdeelId: string, alleenOpen = false): Promise<OpmerkingModel[]> {
    return this.draden(
      { afspraak: { onderdeel: onderdeelId } },
      () => Promise.resolve(onderdeelId),
      alleenOpen,
    );
  }

  private async draden(
    waar: FilterQuery<Opmerking>,
    onderdeel: () => Promise<string>,
    alleenOpen: boolean,
  ): Promise<OpmerkingModel[]> {
    const alle = await this.em.fork().find(Opmerking, waar, {
      populate: ['auteur', 'partij', 'gerichtAan', 'opgelostDoor'],
      orderBy: { createdAt: 'asc', id: 'asc' },
    });
    const ankers = alle.some((o) => o.ankerStart)
      ? await this.collab.metDocument(
          await onderdeel(),
          (doc) =>
            new Map(
              alle
                .filter((o) => o.ankerStart && o.ankerEind)
                .map((o) => [
                  o.id,
                  doc.share.has(o.afspraak.id)
                    ? ankerTekst(doc, doc.getXmlFragment(o.afspraak.id), {
                        start: o.ankerStart!,
                        eind: o.ankerEind!,
                      })
                    : { geldig: false, tekst: '', verloren: true },
                ]),
            ),
        )
      : new Map<string, { tekst: string; verloren: boolean }>();
    const model = (o: Opmerking): OpmerkingModel => {
      const nu = ankers.get(o.id);
      const anker: AnkerModel | null =
        o.ankerStart && o.ankerEind
          ? {
              start: o.ankerStart,
              eind: o.ankerEind,
              citaat: o.ankerCitaat ?? '',
              huidigeTekst: nu?.tekst ?? '',
              verloren: nu?.verloren ?? true,
            }
          : null;
      return {
        id: o.id,
        afspraakId: o.afspraak.id,
        tekst: o.tekst,
        auteur: o.auteur.getEntity().naam,
        partij: partijModel(o.partij.getEntity()),
        gerichtAan: o.gerichtAan ? partijModel(o.gerichtAan.getEntity()) : null,
        anker,
        opgelost: o.opgelost,
        opgelostDoor: o.opgelostDoor?.getEntity().naam ?? null,
        opgelostOp: o.opgelostOp,
        datum: o.createdAt,
        reacties: [],
      };
    };
    const draden = alle.filter((o) => !o.draad).map(model);
    for (const reactie of alle.filter((o) => o.draad)) {
      draden.find((d) => d.id === reactie.draad!.id)?.reacties.push(model(reactie));
    }
    return alleenOpen ? draden.filter((d) => !d.opgelost) : draden;
  }

  private async plaatsAnker(
    onderdeelId: string,
    afspraakId: string,
    input: AnkerInput,
  ): Promise<Anker & { citaat: string }> {
    const uitkomst = await this.collab.metDocument(onderdeelId, (doc) => {
      if (!doc.share.has(afspraakId)) return null;
      const fragment = doc.getXmlFragment(afspraakId);
      const anker: Anker | null =
        input.citaat != null
          ? ankerVoorCitaat(fragment, input.citaat, input.voorkomen)
          : { start: input.start!, eind: input.eind! };
      if (!anker) return null;
      const nu = ankerTekst(doc, fragment, anker);
      return nu.geldig && !nu.verloren ? { ...anker, citaat: nu.tekst } : null;
    });
    if (uitkomst) return uitkomst;
    throw input.citaat != null
      ? invalid(
          'input.anker.citaat',
          'komt niet voor in de tekst van deze afspraak (zoek binnen één alinea)',
        )
      : invalid('input.anker', 'wijst niet naar een stuk tekst van deze afspraak');
  }

  private async eisDeelnemer(overeenkomstId: string, partijId: string): Promise<void> {
    if (
      !(await this.em.fork().count(Deelnemer, { overeenkomst: overeenkomstId, partij: partijId }))
    ) {
      throw invalid(
        'input.gerichtAanId',
        'De partij tot wie de opmerking zich richt neemt niet deel aan deze overeenkomst',
        ErrorCode.GEEN_DEELNEMER,
      );
    }
  }

  private async bewaar(
    actor: Actor,
    namens: Betrokkenheid,
    overeenkomstId: string,
    onderdeelId: string,
    opmerking: Opmerking,
    stap: { actie: OpmerkingActie; draadId: string },
    gegevens: Record<string, unknown>,
  ): Promise<void> {
    await this.em.transactional(async (em) => {
      em.persist(opmerking);
      await em.flush();
      await this.audit.schrijf(
        {
          overeenkomstId,
          actor,
          partij: { id: namens.partijId, naam: namens.partijNaam },
          actie: AUDIT_ACTIE[stap.actie],
          onderwerpSoort: 'Opmerking',
          onderwerpId: opmerking.id,
          gegevens: { afspraakId: opmerking.afspraak.id, ...gegevens },
        },
        em,
      );
    });
    this.gebeurtenissen.publiceer({
      soort: GebeurtenisSoort.OPMERKING,
      overeenkomstId,
      onderdeelId,
      afspraakId: opmerking.afspraak.id,
      onderwerpId: opmerking.id,
      door: actor.naam,
      doorId: actor.gebruikerId,
      partij: namens.partijNaam,
      opmerkingActie: stap.actie,
      draadId: stap.draadId,
    });
  }
}

/** The audit trail's word for each step (a reply is recorded as a comment, as before). */
const AUDIT_ACTIE: Record<OpmerkingActie, AuditActie> = {
  [OpmerkingActie.GEPLAATST]: AuditActie.OPMERKING,
  [OpmerkingActie.REACTIE]: AuditActie.OPMERKING,
  [OpmerkingActie.OPGELOST]: AuditActie.OPMERKING_OPGELOST,
  [OpmerkingActie.HEROPEND]: AuditActie.OPMERKING_HEROPEND,
};
