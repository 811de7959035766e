import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { DocumentOpdrachten } from '../collaboration/document-opdrachten';
import { crashpunt } from '../common/crashpunt';
import type { PmNode } from '../collaboration/prosemirror';
import { AppError, ErrorCode, invalid, notFound } from '../common/app-error';
import { Klok } from '../common/klok';
import { afspraakInJaar } from '../jaarschijven/afspraak-in-jaar';
import { Indicator, Streefwaarde } from '../indicatoren/indicator.entity';
import { applyStreefwaarde } from '../indicatoren/indicatoren.service';
import { dag } from '../jaarcyclus/kalender';
import { JaarcyclusService } from '../jaarcyclus/jaarcyclus.service';
import {
  AfspraakJaarschijf,
  Jaarschijf,
  JaarschijfStatus,
} from '../jaarschijven/jaarschijf.entity';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { openAddendum } from '../ondertekening/addendum';
import { Afspraak, AfspraakBetrokkene } from '../overeenkomsten/afspraak.entity';
import { renumber } from '../overeenkomsten/afspraken.service';
import { Onderdeel, OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import {
  bevroren,
  hoofddocumentVan,
  vergrendelOnderdeel,
} from '../overeenkomsten/onderdeel-inhoud';
import { BEWERK_ROLLEN, LidRol } from '../partijen/lidmaatschap.entity';
import { Partij } from '../partijen/partij.entity';
import { PermissionsService } from '../partijen/permissions.service';
import { ToegangEvents } from '../partijen/toegang-events';
import type { VerantwoordingStatus } from '../verantwoording/verantwoording.entity';
import {
  type Bijstelling,
  Evaluatie,
  EvaluatieBesluit,
  EvaluatieBevestiging,
  Stoplicht,
} from './evaluatie.entity';
import type {
  BevestigEvaluatieInput,
  EvaluatieInput,
  EvaluatieOverzichtModel,
  StoplichtenModel,
} from './evaluatie.models';

const DOOR_DE_DRIEHOEK = 'De evaluatie (door de driehoek: de ondertekenaars van het hoofddocument)';

/** What is done once the transaction that closed an evaluation has committed. */
interface NaSluiten {
  gesloten: boolean;
  teksten: { onderdeelId: string; afspraakId: string; inhoud: PmNode | null; tekst: string }[];
  addenda: boolean;
}

/**
 * The evaluatie in juni: the driehoek judges every afspraak of the year just ended (stoplicht,
 * conclusie, les, besluit), then each signing partij of the hoofddocument confirms. The last
 * confirmation closes the year: the besluiten take effect (carried into the next jaarschijf,
 * new streefwaarden, taken off later years) and the jaarschijf becomes geëvalueerd.
 */
@Injectable()
export class EvaluatieService {
  constructor(
    private readonly em: EntityManager,
    private readonly permissions: PermissionsService,
    private readonly audit: AuditService,
    private readonly klok: Klok,
    private readonly jaarcyclus: JaarcyclusService,
    private readonly opdrachten: DocumentOpdrachten,
    private readonly toegang: ToegangEvents,
    private readonly gebeurtenissen: Gebeurtenissen,
  ) {}

  async evalueer(actor: Actor, input: EvaluatieInput): Promise<string> {
    const overeenkomstId = await this.permissions.overeenkomstVan(
      'afspraak',
      input.afspraakId,
      'Afspraak',
    );
    const hoofd = await hoofddocumentVan(this.em, overeenkomstId);
    const namens = await this.permissions.namensOndertekenaar(
      actor,
      hoofd,
      input.partijId,
      BEWERK_ROLLEN,
      DOOR_DE_DRIEHOEK,
      'Afspraak',
      input.afspraakId,
    );
    if (this.klok.nu() < dag(input.jaar + 1, '01-01')) {
      throw new AppError(
        ErrorCode.TE_VROEG,
        `De evaluatie van ${input.jaar} kan vanaf 1 januari ${input.jaar + 1}, als het jaar voorbij is`,
        'input.jaar',
      );
    }
    const rij = await afspraakInJaar(this.em, input.afspraakId, input.jaar);
    if (rij.status === JaarschijfStatus.GEEVALUEERD) {
      throw new AppError(
        ErrorCode.STATUS_ONJUIST,
        `De evaluatie van ${input.jaar} is al door de driehoek afgesloten`,
        'input.jaar',
      );
    }
    if (
      rij.status !== JaarschijfStatus.IN_UITVOERING &&
      rij.status !== JaarschijfStatus.VERANTWOORDING
    ) {
      throw new AppError(
        ErrorCode.STATUS_ONJUIST,
        `Jaarschijf ${input.jaar} is niet uitgevoerd (status ${rij.status.toLowerCase().replace(/_/g, ' ')}); alleen een jaar in uitvoering of verantwoording wordt geëvalueerd`,
        'input.jaar',
      );
    }
    const bijstellingen = await this.bijstellingen(input, overeenkomstId);
    if (input.besluit === EvaluatieBesluit.DOORZETTEN) {
      const [volgend] = await this.em
        .getConnection()
        .execute<{ id: string }[]>(
          'select id from jaarschijf where overeenkomst_id = ? and jaar = ?',
          [overeenkomstId, input.jaar + 1],
          'all',
        );
      if (!volgend) {
        throw invalid(
          'input.besluit',
          `Er is geen jaarschijf ${input.jaar + 1} in deze overeenkomst; doorzetten kan niet — kies afgerond of vervallen, of neem de afspraak op in de volgende overeenkomst`,
          ErrorCode.JAAR_BUITEN_PERIODE,
        );
      }
    }
    const jaarschijfId = rij.jaarschijfId;
    await this.em.transactional(async (em) => {
      await this.vergrendelJaarschijf(em, jaarschijfId);
      const bestaand = await em.findOne(Evaluatie, {
        afspraak: input.afspraakId,
        jaarschijf: jaarschijfId,
      });
      const velden = {
        stoplicht: input.stoplicht,
        conclusie: input.conclusie,
        les: input.les ?? '',
        besluit: input.besluit,
        partij: ref(Partij, namens.partijId),
        door: ref(Gebruiker, actor.gebruikerId),
      };
      if (bestaand) Object.assign(bestaand, velden, { bijstellingen });
      else {
        const evaluatie = new Evaluatie({
          afspraak: ref(Afspraak, input.afspraakId),
          jaarschijf: ref(Jaarschijf, jaarschijfId),
          ...velden,
        });
        evaluatie.bijstellingen = bijstellingen;
        em.persist(evaluatie);
      }
      await em.flush();
      // A changed judgement asks everyone to look again before the year is closed.
      const vervallen = await em.nativeDelete(EvaluatieBevestiging, { jaarschijf: jaarschijfId });
      await this.audit.schrijf(
        {
          overeenkomstId,
          actor,
          partij: { id: namens.partijId, naam: namens.partijNaam },
          actie: AuditActie.EVALUATIE,
          onderwerpSoort: 'Afspraak',
          onderwerpId: input.afspraakId,
          gegevens: {
            nummer: rij.nummer,
            jaar: input.jaar,
            stoplicht: input.stoplicht,
            conclusie: input.conclusie,
            les: input.les ?? '',
            besluit: input.besluit,
            bijstellingen,
            bevestigingenVervallen: vervallen,
          },
        },
        em,
      );
    });
    this.gebeurtenissen.publiceer({
      soort: GebeurtenisSoort.EVALUATIE,
      overeenkomstId,
      onderdeelId: hoofd,
      afspraakId: input.afspraakId,
      onderwerpId: jaarschijfId,
      door: actor.naam,
      partij: namens.partijNaam,
    });
    return overeenkomstId;
  }

  async bevestig(actor: Actor, input: BevestigEvaluatieInput): Promise<string> {
    const overeenkomstId = await this.permissions.overeenkomstVan(
      'jaarschijf',
      input.jaarschijfId,
      'Jaarschijf',
    );
    const hoofd = await hoofddocumentVan(this.em, overeenkomstId);
    const namens = await this.permissions.namensOndertekenaar(
      actor,
      hoofd,
      input.partijId,
      [LidRol.ONDERTEKENAAR],
      'Het afsluiten van de evaluatie',
      'Jaarschijf',
      input.jaarschijfId,
    );
    // Read before the transaction: on the embedded database it holds the only connection.
    const kalender = await this.jaarcyclus.kalender(overeenkomstId);
    const nodig = await this.bevestigers(hoofd, input.jaarschijfId);
    const na: NaSluiten = { gesloten: false, teksten: [], addenda: false };
    crashpunt('evaluatie:start', input.jaarschijfId);
    await this.em.transactional(async (em) => {
      const j = await this.vergrendelJaarschijf(em, input.jaarschijfId);
      if (j.status === JaarschijfStatus.GEEVALUEERD) {
        throw new AppError(ErrorCode.STATUS_ONJUIST, `De evaluatie van ${j.jaar} is al afgesloten`);
      }
      if (j.status !== JaarschijfStatus.VERANTWOORDING) {
        throw new AppError(
          ErrorCode.STATUS_ONJUIST,
          `Jaarschijf ${j.jaar} staat nog niet in de verantwoording; de evaluatie wordt afgesloten na de verantwoording`,
        );
      }
      const vanaf = dag(j.jaar + 1, kalender.evaluatieVan);
      if (this.klok.nu() < vanaf) {
        throw new AppError(
          ErrorCode.TE_VROEG,
          `De evaluatie van ${j.jaar} kan worden afgesloten vanaf ${vanaf.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' })}`,
        );
      }
      const open = await em.getConnection().execute<{ nummer: string }[]>(
        `select a.nummer from afspraak_jaarschijf aj join afspraak a on a.id = aj.afspraak_id
             join onderdeel o on o.id = a.onderdeel_id
            where aj.jaarschijf_id = ?
              and not exists (select 1 from evaluatie e where e.afspraak_id = a.id and e.jaarschijf_id = aj.jaarschijf_id)
            order by o.volgorde, a.volgorde`,
        [input.jaarschijfId],
        'all',
        em.getTransactionContext(),
      );
      if (open.length > 0) {
        throw new AppError(
          ErrorCode.EVALUATIE_ONVOLLEDIG,
          `Nog niet geëvalueerd: ${open.length === 1 ? 'afspraak' : `${open.length} afspraken`} ${open
            .slice(0, 12)
            .map((a) => a.nummer)
            .join(', ')}${open.length > 12 ? ', …' : ''}`,
        );
      }
      if (
        await em.count(EvaluatieBevestiging, {
          jaarschijf: input.jaarschijfId,
          partij: namens.partijId,
        })
      ) {
        throw new AppError(
          ErrorCode.AL_AANWEZIG,
          `${namens.partijNaam} heeft de evaluatie van ${j.jaar} al bevestigd`,
        );
      }
      em.persist(
        new EvaluatieBevestiging(
          ref(Jaarschijf, input.jaarschijfId),
          ref(Partij, namens.partijId),
          ref(Gebruiker, actor.gebruikerId),
        ),
      );
      await em.flush();
      await this.audit.schrijf(
        {
          overeenkomstId,
          actor,
          partij: { id: namens.partijId, naam: namens.partijNaam },
          actie: AuditActie.EVALUATIE_BEVESTIGD,
          onderwerpSoort: 'Jaarschijf',
          onderwerpId: input.jaarschijfId,
          gegevens: { jaar: j.jaar },
        },
        em,
      );
      const bevestigd = await em.find(
        EvaluatieBevestiging,
        { jaarschijf: input.jaarschijfId },
        { fields: ['partij'] },
      );
      const ontbreekt = nodig.filter((p) => !bevestigd.some((b) => b.partij.id === p.partij_id));
      if (ontbreekt.length === 0) {
        Object.assign(na, await this.sluit(em, actor, overeenkomstId, input.jaarschijfId, j.jaar));
        crashpunt('evaluatie:na-sluiten', input.jaarschijfId);
        // The carried-over afspraken' text goes into the documents with the commit (see
        // DocumentOpdrachten): a crash cannot leave a copy without it.
        for (const t of na.teksten) {
          if (t.inhoud) this.opdrachten.plan(em, t.onderdeelId, t.afspraakId, { inhoud: t.inhoud });
          else if (t.tekst)
            this.opdrachten.plan(em, t.onderdeelId, t.afspraakId, { tekst: t.tekst });
        }
        await em.flush();
      }
    });
    crashpunt('evaluatie:na-commit', input.jaarschijfId);
    for (const onderdeelId of new Set(na.teksten.map((t) => t.onderdeelId)))
      await this.opdrachten.voerUit(onderdeelId);
    if (na.addenda) await this.toegang.gewijzigd();
    this.gebeurtenissen.publiceer({
      soort: na.gesloten ? GebeurtenisSoort.EVALUATIE_GESLOTEN : GebeurtenisSoort.EVALUATIE,
      overeenkomstId,
      onderdeelId: hoofd,
      afspraakId: null,
      onderwerpId: input.jaarschijfId,
      door: actor.naam,
      partij: namens.partijNaam,
    });
    return overeenkomstId;
  }

  /** The besluiten take effect; the jaarschijf becomes geëvalueerd. Inside the transaction. */
  private async sluit(
    em: EntityManager,
    actor: Actor,
    overeenkomstId: string,
    jaarschijfId: string,
    jaar: number,
  ): Promise<NaSluiten> {
    const na: NaSluiten = { gesloten: true, teksten: [], addenda: false };
    const evaluaties = await em.find(
      Evaluatie,
      { jaarschijf: jaarschijfId },
      {
        populate: [
          'afspraak',
          'afspraak.jaarschijven.jaarschijf',
          'afspraak.betrokkenen',
          'afspraak.indicatoren',
        ],
        orderBy: { afspraak: { volgorde: 'asc' } },
      },
    );
    const volgend = await em.findOne(Jaarschijf, { overeenkomst: overeenkomstId, jaar: jaar + 1 });
    const later = (a: Afspraak) =>
      a.jaarschijven.getItems().filter((aj) => aj.jaarschijf.getEntity().jaar > jaar);
    const wijzigtOnderdeel = (e: Evaluatie) =>
      e.besluit === EvaluatieBesluit.DOORZETTEN ||
      ((e.besluit === EvaluatieBesluit.AFGEROND || e.besluit === EvaluatieBesluit.VERVALLEN) &&
        later(e.afspraak.getEntity()).length > 0);

    // Changing a signed onderdeel is an addendum, to be signed again; one under signature waits.
    const onderdeelIds = [
      ...new Set(
        evaluaties.filter(wijzigtOnderdeel).map((e) => e.afspraak.getEntity().onderdeel.id),
      ),
    ];
    for (const onderdeelId of onderdeelIds) {
      const { titel, status } = await vergrendelOnderdeel(em, onderdeelId);
      if (status === OnderdeelStatus.TER_ONDERTEKENING) throw bevroren(titel);
      if (status === OnderdeelStatus.ONDERTEKEND) {
        await openAddendum(em, this.audit, {
          overeenkomstId,
          actor,
          onderdeelId,
          reden: `Besluiten uit de evaluatie van ${jaar}`,
        });
        na.addenda = true;
      }
    }

    const gewijzigdeOnderdelen = new Set<string>();
    for (const e of evaluaties) {
      const afspraak = e.afspraak.getEntity();
      if (e.besluit === EvaluatieBesluit.AFGEROND || e.besluit === EvaluatieBesluit.VERVALLEN) {
        afspraak.jaarschijven.remove(later(afspraak));
      } else if (e.besluit === EvaluatieBesluit.BIJSTELLEN) {
        for (const b of e.bijstellingen) await this.stelBij(em, overeenkomstId, b);
      } else if (volgend) {
        const notitie = `Doorgezet uit de evaluatie van ${jaar}: ${e.conclusie}`;
        const daar = afspraak.jaarschijven.getItems().find((aj) => aj.jaarschijf.id === volgend.id);
        if (daar) {
          daar.concretisering = daar.concretisering
            ? `${daar.concretisering}\n${notitie}`
            : notitie;
          e.vervolg = ref(afspraak);
        } else {
          const vervolg = this.kopie(em, afspraak, volgend, notitie);
          e.vervolg = ref(vervolg);
          gewijzigdeOnderdelen.add(afspraak.onderdeel.id);
          na.teksten.push({
            onderdeelId: afspraak.onderdeel.id,
            afspraakId: vervolg.id,
            inhoud: (afspraak.tekstJson as PmNode | null | undefined) ?? null,
            tekst: afspraak.tekst,
          });
        }
      }
    }
    await em.flush();
    for (const onderdeelId of gewijzigdeOnderdelen) {
      const afspraken = await em.find(
        Afspraak,
        { onderdeel: onderdeelId },
        { populate: ['thema.domein'] },
      );
      renumber(afspraken);
    }
    await em.flush();

    await em.nativeUpdate(
      Jaarschijf,
      { id: jaarschijfId },
      { status: JaarschijfStatus.GEEVALUEERD },
    );
    const telling = Object.fromEntries(
      Object.values(EvaluatieBesluit).map((b) => [
        b.toLowerCase(),
        evaluaties.filter((e) => e.besluit === b).length,
      ]),
    );
    await this.audit.schrijf(
      {
        overeenkomstId,
        actor,
        actie: AuditActie.JAARSCHIJF_STATUS,
        onderwerpSoort: 'Jaarschijf',
        onderwerpId: jaarschijfId,
        gegevens: {
          jaar,
          van: JaarschijfStatus.VERANTWOORDING,
          naar: JaarschijfStatus.GEEVALUEERD,
          door: 'evaluatie afgesloten',
        },
      },
      em,
    );
    await this.audit.schrijf(
      {
        overeenkomstId,
        actor,
        actie: AuditActie.EVALUATIE_GESLOTEN,
        onderwerpSoort: 'Jaarschijf',
        onderwerpId: jaarschijfId,
        gegevens: {
          jaar,
          besluiten: telling,
          doorgezet: evaluaties
            .filter((e) => e.besluit === EvaluatieBesluit.DOORZETTEN)
            .map((e) => e.afspraak.getEntity().nummer),
          addenda: onderdeelIds.length,
        },
      },
      em,
    );
    return na;
  }

  /** The draft afspraak that carries an unfinished one into the next jaarschijf. */
  private kopie(em: EntityManager, bron: Afspraak, volgend: Jaarschijf, notitie: string): Afspraak {
    const kopie = new Afspraak({
      onderdeel: em.getReference(Onderdeel, bron.onderdeel.id),
      volgorde: bron.volgorde,
      titel: bron.titel,
      type: bron.type,
      thema: bron.thema,
      trekker: bron.trekker,
      volwassenheid: bron.volwassenheid,
      details: bron.details,
    });
    kopie.overeenkomst = bron.overeenkomst;
    kopie.tekst = bron.tekst;
    kopie.tekstJson = bron.tekstJson ?? null;
    kopie.voorwaarden = [...bron.voorwaarden];
    kopie.doelgroepen = [...bron.doelgroepen];
    kopie.betrokkenen.set(
      bron.betrokkenen
        .getItems()
        .map(
          (b) =>
            new AfspraakBetrokkene(
              kopie,
              b.partij,
              b.bijdrage,
              b.kostenaandeel ?? null,
              b.volgorde,
            ),
        ),
    );
    kopie.jaarschijven.set([new AfspraakJaarschijf(kopie, volgend, notitie)]);
    kopie.indicatoren.set(bron.indicatoren.getItems());
    em.persist(kopie);
    return kopie;
  }

  private async stelBij(em: EntityManager, overeenkomstId: string, b: Bijstelling): Promise<void> {
    const jaarschijf = await em.findOneOrFail(Jaarschijf, {
      overeenkomst: overeenkomstId,
      jaar: b.jaar,
    });
    let streefwaarde = await em.findOne(Streefwaarde, { indicator: b.indicatorId, jaarschijf });
    if (!streefwaarde) {
      streefwaarde = new Streefwaarde(
        em.getReference(Indicator, b.indicatorId),
        jaarschijf,
        b.soort,
      );
      em.persist(streefwaarde);
    }
    applyStreefwaarde(streefwaarde, b);
  }

  /** New targets of a BIJSTELLEN besluit, checked now so closing the year cannot fail on them. */
  private async bijstellingen(
    input: EvaluatieInput,
    overeenkomstId: string,
  ): Promise<Bijstelling[]> {
    const lijst = input.streefwaarden ?? [];
    if (input.besluit !== EvaluatieBesluit.BIJSTELLEN) {
      if (lijst.length > 0) {
        throw invalid(
          'input.streefwaarden',
          'Nieuwe streefwaarden horen bij het besluit bijstellen',
        );
      }
      return [];
    }
    if (lijst.length === 0) {
      throw invalid(
        'input.streefwaarden',
        'Bij bijstellen horen de nieuwe streefwaarden (indicator, jaar en waarde)',
      );
    }
    const connection = this.em.getConnection();
    const gemeten = await connection.execute<{ indicator_id: string }[]>(
      'select indicator_id from indicator_afspraak where afspraak_id = ?',
      [input.afspraakId],
      'all',
    );
    const jaren = await connection.execute<{ jaar: number }[]>(
      'select jaar from jaarschijf where overeenkomst_id = ?',
      [overeenkomstId],
      'all',
    );
    return lijst.map((s, i) => {
      const veld = `input.streefwaarden.${i}`;
      if (!gemeten.some((g) => g.indicator_id === s.indicatorId)) {
        throw invalid(
          `${veld}.indicatorId`,
          'Deze indicator meet de afspraak niet; koppel hem eerst aan de afspraak',
        );
      }
      if (s.jaar <= input.jaar || !jaren.some((j) => j.jaar === s.jaar)) {
        throw invalid(
          `${veld}.jaar`,
          `Een bijgestelde streefwaarde geldt voor een later jaar van de overeenkomst dan ${input.jaar}`,
          ErrorCode.JAAR_BUITEN_PERIODE,
        );
      }
      const proef = {} as Streefwaarde;
      try {
        applyStreefwaarde(proef, s);
      } catch (error) {
        if (error instanceof AppError && typeof error.extensions.veld === 'string')
          error.extensions.veld = error.extensions.veld.replace(/^input/, veld);
        throw error;
      }
      return {
        indicatorId: s.indicatorId,
        jaar: s.jaar,
        soort: s.soort,
        waarde: proef.waarde ?? null,
        min: proef.min ?? null,
        max: proef.max ?? null,
        effect: proef.effect ?? null,
      };
    });
  }

  private async vergrendelJaarschijf(
    em: EntityManager,
    jaarschijfId: string,
  ): Promise<{ jaar: number; status: JaarschijfStatus }> {
    const [j] = await em
      .getConnection()
      .execute<{ jaar: number; status: JaarschijfStatus }[]>(
        'select jaar, status from jaarschijf where id = ? for update',
        [jaarschijfId],
        'all',
        em.getTransactionContext(),
      );
    if (!j) throw notFound('Jaarschijf', jaarschijfId);
    return j;
  }

  /**
   * The partijen that close the evaluation — the signing deelnemers of the hoofddocument — with
   * who confirmed for each, and when.
   */
  private bevestigers(
    hoofdId: string,
    jaarschijfId: string,
  ): Promise<{ partij_id: string; naam: string; door: string | null; op: string | null }[]> {
    return this.em.getConnection().execute(
      `select p.id as partij_id, p.naam, g.naam as door, b.created_at as op
         from onderdeel_ondertekenaar oo join onderdeel o on o.id = oo.onderdeel_id
         join partij p on p.id = oo.partij_id
         join deelnemer d on d.partij_id = p.id and d.overeenkomst_id = o.overeenkomst_id
         left join evaluatie_bevestiging b on b.partij_id = p.id and b.jaarschijf_id = ?
         left join gebruiker g on g.id = b.door_id
        where oo.onderdeel_id = ? and d.rol <> 'WAARNEMER'
        order by p.soort, p.naam`,
      [jaarschijfId, hoofdId],
      'all',
    );
  }

  jaarVan(jaarschijfId: string): Promise<{ jaar: number }[]> {
    return this.em
      .getConnection()
      .execute<{ jaar: number }[]>(
        'select jaar from jaarschijf where id = ?',
        [jaarschijfId],
        'all',
      );
  }

  /** The evaluation of one year, as the driehoek and the report see it. */
  async overzicht(overeenkomstId: string, jaar: number): Promise<EvaluatieOverzichtModel> {
    const connection = this.em.getConnection();
    const [jaarschijf] = await connection.execute<{ id: string; status: JaarschijfStatus }[]>(
      'select id, status from jaarschijf where overeenkomst_id = ? and jaar = ?',
      [overeenkomstId, jaar],
      'all',
    );
    if (!jaarschijf) throw notFound('Jaarschijf', String(jaar));
    const rijen = await connection.execute<
      {
        id: string;
        nummer: string;
        titel: string;
        type: Afspraak['type'];
        thema: string;
        trekker: string;
        onderdeel: string;
        verantwoording: VerantwoordingStatus | null;
        verantwoording_toelichting: string | null;
        stoplicht: Stoplicht | null;
        conclusie: string | null;
        les: string | null;
        besluit: EvaluatieBesluit | null;
        bijstellingen: Bijstelling[] | null;
        vervolg_id: string | null;
        vervolg_nummer: string | null;
        partij: string | null;
        door: string | null;
        datum: string | null;
      }[]
    >(
      `select a.id, a.nummer, a.titel, a.type, coalesce(dt.naam, t.naam) as thema, p.naam as trekker,
              o.titel as onderdeel, v.status as verantwoording, v.toelichting as verantwoording_toelichting,
              e.stoplicht, e.conclusie, e.les, e.besluit, e.bijstellingen, e.vervolg_id,
              va.nummer as vervolg_nummer, ep.naam as partij, g.naam as door, e.updated_at as datum
         from afspraak a join afspraak_jaarschijf aj on aj.afspraak_id = a.id and aj.jaarschijf_id = ?
         join onderdeel o on o.id = a.onderdeel_id join partij p on p.id = a.trekker_id
         join thema t on t.id = a.thema_id left join thema dt on dt.id = t.domein_id
         left join verantwoording v on v.afspraak_id = a.id and v.jaarschijf_id = aj.jaarschijf_id
         left join evaluatie e on e.afspraak_id = a.id and e.jaarschijf_id = aj.jaarschijf_id
         left join afspraak va on va.id = e.vervolg_id
         left join partij ep on ep.id = e.partij_id left join gebruiker g on g.id = e.door_id
        order by o.volgorde, a.volgorde`,
      [jaarschijf.id],
      'all',
    );
    const indicatorIds = [
      ...new Set(rijen.flatMap((r) => (r.bijstellingen ?? []).map((b) => b.indicatorId))),
    ];
    const namen = indicatorIds.length
      ? await connection.execute<{ id: string; naam: string }[]>(
          `select id, naam from indicator where id in (${indicatorIds.map(() => '?').join(', ')})`,
          indicatorIds,
          'all',
        )
      : [];
    const bevestigingen = await this.bevestigers(
      await hoofddocumentVan(this.em, overeenkomstId),
      jaarschijf.id,
    );
    const afspraken = rijen.map((r) => ({
      afspraakId: r.id,
      nummer: r.nummer,
      titel: r.titel,
      type: r.type,
      thema: r.thema,
      trekker: r.trekker,
      onderdeel: r.onderdeel,
      verantwoording: r.verantwoording,
      verantwoordingToelichting: r.verantwoording_toelichting,
      stoplicht: r.stoplicht,
      conclusie: r.conclusie,
      les: r.les,
      besluit: r.besluit,
      bijstellingen: (r.bijstellingen ?? []).map((b) => ({
        ...b,
        indicator: namen.find((n) => n.id === b.indicatorId)?.naam ?? '(verwijderde indicator)',
      })),
      vervolgAfspraakId: r.vervolg_id,
      vervolgNummer: r.vervolg_nummer,
      partij: r.partij,
      door: r.door,
      datum: r.datum ? new Date(r.datum) : null,
    }));
    const thema = [...new Set(afspraken.map((a) => a.thema))];
    return {
      overeenkomstId,
      jaar,
      jaarschijfId: jaarschijf.id,
      status: jaarschijf.status,
      gesloten: jaarschijf.status === JaarschijfStatus.GEEVALUEERD,
      afspraken,
      totaal: stoplichten(afspraken),
      perThema: thema.map((naam) => {
        const van = afspraken.filter((a) => a.thema === naam);
        return { thema: naam, totaal: van.length, ...stoplichten(van) };
      }),
      bevestigingen: bevestigingen.map((b) => ({
        partijId: b.partij_id,
        partij: b.naam,
        bevestigd: b.op != null,
        door: b.door,
        op: b.op ? new Date(b.op) : null,
      })),
    };
  }
}

function stoplichten(afspraken: { stoplicht: Stoplicht | null }[]): StoplichtenModel {
  const tel = (s: Stoplicht | null) => afspraken.filter((a) => a.stoplicht === s).length;
  return {
    groen: tel(Stoplicht.GROEN),
    oranje: tel(Stoplicht.ORANJE),
    rood: tel(Stoplicht.ROOD),
    open: tel(null),
  };
}
