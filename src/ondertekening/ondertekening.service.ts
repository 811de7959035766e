import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { canonicalJson } from '../audit/canonical';
import { CollabServer } from '../collaboration/collab.server';
import { DocumentOpdracht } from '../collaboration/document-opdracht.entity';
import { DocumentOpdrachten } from '../collaboration/document-opdrachten';
import { PREAMBULE_FRAGMENT, type PmNode } from '../collaboration/prosemirror';
import { AppError, ErrorCode, notFound } from '../common/app-error';
import { crashpunt } from '../common/crashpunt';
import { tekstverschil } from '../common/tekstverschil';
import { findOrFail } from '../database/find';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { Oordeel } from '../onderhandeling/onderhandeling.entities';
import { StandpuntenService } from '../onderhandeling/standpunten.service';
import type { StandpuntenMatrixModel } from '../onderhandeling/onderhandeling.models';
import { DETAILS_INPUT_KEY } from '../overeenkomsten/afspraak-details';
import type { UpdateAfspraakInput } from '../overeenkomsten/afspraak.inputs';
import { AfsprakenService } from '../overeenkomsten/afspraken.service';
import { Onderdeel, OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import {
  type AfspraakInhoud,
  type OnderdeelInhoud,
  OnderdeelInhoudReader,
  vergrendelConcept,
  vergrendelOnderdeel,
  versieHash,
} from '../overeenkomsten/onderdeel-inhoud';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { LidRol } from '../partijen/lidmaatschap.entity';
import { JaarschijfStatusService } from '../jaarschijven/jaarschijf-status.service';
import { Partij } from '../partijen/partij.entity';
import { partijModel } from '../partijen/partij.model';
import { type Betrokkenheid, PermissionsService } from '../partijen/permissions.service';
import { ToegangEvents } from '../partijen/toegang-events';
import type {
  AddendumInput,
  BevriesInput,
  OndertekenInput,
  WeigerOndertekeningInput,
} from './ondertekening.inputs';
import {
  AfspraakWijziging,
  type AfspraakVerschilModel,
  type AuditVerificatieModel,
  type VersieModel,
  type VersieVergelijkingModel,
} from './ondertekening.models';
import { Besluit, OnderdeelVersie, Ondertekening, VersieStatus } from './versie.entities';
import { openAddendum } from './addendum';

/** The content as signed: the onderdeel's status is not part of what was agreed. */
type VastgelegdeInhoud = Omit<OnderdeelInhoud, 'status'>;

const VERSIE_STATUS_TEKST: Record<VersieStatus, string> = {
  TER_ONDERTEKENING: 'ligt ter ondertekening',
  ONDERTEKEND: 'is al door alle partijen ondertekend',
  GEWEIGERD: 'is geweigerd; het onderdeel is weer een concept en wordt opnieuw bevroren',
};

@Injectable()
export class OndertekeningService {
  constructor(
    private readonly em: EntityManager,
    private readonly inhoud: OnderdeelInhoudReader,
    private readonly collab: CollabServer,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly permissions: PermissionsService,
    private readonly standpunten: StandpuntenService,
    private readonly afspraken: AfsprakenService,
    private readonly auth: AuthService,
    private readonly toegang: ToegangEvents,
    private readonly jaarschijven: JaarschijfStatusService,
    private readonly opdrachten: DocumentOpdrachten,
  ) {}

  /**
   * Freezes an onderdeel for signing. The co-editor's document becomes read-only and its final
   * state is taken first; then one transaction locks the onderdeel, checks the akkoord again on
   * exactly that state (typing during the freeze cannot slip unagreed text into the version),
   * and writes the status, the version, the audit entry and the jaarschijf's follow-up
   * together: a crash anywhere leaves the draft as it was, or the whole freeze.
   */
  async bevries(actor: Actor, input: BevriesInput): Promise<VersieModel> {
    const onderdeelId = input.onderdeelId;
    const overeenkomstId = await this.permissions.regieVia(
      actor,
      'onderdeel',
      onderdeelId,
      'Onderdeel',
      'Een onderdeel ter ondertekening voorleggen',
    );
    const vooraf = await this.standpunten.matrix(onderdeelId);
    this.eisAkkoord(vooraf, input.overrideReden);
    // Text a committed command still owes the document (a restore, an accepted proposal) goes in
    // first: the version must hold it.
    await this.opdrachten.voerUit(onderdeelId);
    crashpunt('bevries:start', onderdeelId);
    const versie = await this.collab.bevries(onderdeelId, (state) =>
      this.em.transactional(async (em) => {
        await vergrendelConcept(em, onderdeelId);
        if (await em.count(DocumentOpdracht, { onderdeel: onderdeelId })) {
          throw new AppError(
            ErrorCode.STATUS_ONJUIST,
            'Er wordt nog een wijziging in de tekst van dit onderdeel verwerkt; bevries het zo opnieuw',
          );
        }
        const inhoud = await this.inhoud.lees(onderdeelId, em);
        const matrix = await this.standpunten.matrixVan(inhoud, em);
        this.eisAkkoord(matrix, input.overrideReden);
        await em.nativeUpdate(
          Onderdeel,
          { id: onderdeelId },
          { status: OnderdeelStatus.TER_ONDERTEKENING },
        );
        crashpunt('bevries:na-status', onderdeelId);
        const vast: VastgelegdeInhoud & { status?: unknown } = { ...inhoud };
        delete vast.status;
        const inhoudJson = JSON.parse(canonicalJson(vast)) as Record<string, unknown>;
        const eerdere = await em.find(
          OnderdeelVersie,
          { onderdeel: onderdeelId },
          { orderBy: { nummer: 'desc' }, fields: ['nummer', 'status'] },
        );
        const basis = eerdere.find((v) => v.status === VersieStatus.ONDERTEKEND) ?? null;
        const versie = new OnderdeelVersie({
          overeenkomst: ref(Overeenkomst, overeenkomstId),
          onderdeel: ref(Onderdeel, onderdeelId),
          nummer: (eerdere[0]?.nummer ?? 0) + 1,
          basis: basis ? ref(basis) : null,
          yjsState: Buffer.from(state),
          inhoud: inhoudJson,
          hash: versieHash(inhoudJson, state),
          bevrorenDoor: ref(Gebruiker, actor.gebruikerId),
          overrideReden: matrix.iedereenAkkoord ? null : (input.overrideReden ?? null),
        });
        em.persist(versie);
        await em.flush();
        crashpunt('bevries:na-versie', onderdeelId);
        await this.audit.schrijf(
          {
            overeenkomstId,
            actor,
            actie: AuditActie.BEVROREN,
            onderwerpSoort: 'OnderdeelVersie',
            onderwerpId: versie.id,
            gegevens: {
              onderdeelId,
              titel: inhoud.titel,
              versie: versie.nummer,
              hash: versie.hash,
              addendumOp: basis?.nummer ?? null,
              overrideReden: versie.overrideReden,
              standpunten: matrix.telling,
            },
          },
          em,
        );
        crashpunt('bevries:na-audit', onderdeelId);
        await this.jaarschijven.volgHoofddocument(em, actor, onderdeelId, 'BEVROREN');
        return versie;
      }),
    );
    crashpunt('bevries:na-commit', onderdeelId);
    await this.toegang.gewijzigd();
    this.publiceer(GebeurtenisSoort.BEVROREN, actor, null, overeenkomstId, onderdeelId, versie.id);
    return this.versie(versie.id);
  }

  async onderteken(actor: Actor, input: OndertekenInput): Promise<VersieModel> {
    return this.besluit(
      actor,
      input,
      'Ondertekenen',
      { besluit: Besluit.ONDERTEKEND, functie: input.functie, reden: null },
      async (em, versie) => {
        const ontbrekend = await this.ontbrekend(em, versie);
        if (ontbrekend.length > 0) return;
        versie.status = VersieStatus.ONDERTEKEND;
        versie.afgerondOp = new Date();
        await em.nativeUpdate(
          Onderdeel,
          { id: versie.onderdeel.id },
          { status: OnderdeelStatus.ONDERTEKEND },
        );
        await em.flush();
        crashpunt('onderteken:na-status', versie.id);
        await this.schrijf(em, actor, null, versie, AuditActie.VOLLEDIG_ONDERTEKEND, {});
        await this.jaarschijven.volgHoofddocument(em, actor, versie.onderdeel.id, 'ONDERTEKEND');
      },
      () => this.auth.bevestigWachtwoord(actor, input.wachtwoord),
    );
  }

  /** A partij declines to sign: the version is closed and the onderdeel becomes a draft again. */
  async weiger(actor: Actor, input: WeigerOndertekeningInput): Promise<VersieModel> {
    const model = await this.besluit(
      actor,
      input,
      'Ondertekening weigeren',
      { besluit: Besluit.GEWEIGERD, functie: '', reden: input.reden },
      async (em, versie) => {
        versie.status = VersieStatus.GEWEIGERD;
        versie.afgerondOp = new Date();
        await em.nativeUpdate(
          Onderdeel,
          { id: versie.onderdeel.id },
          { status: OnderdeelStatus.CONCEPT },
        );
        await em.flush();
        crashpunt('weiger:na-status', versie.id);
        await this.jaarschijven.volgHoofddocument(em, actor, versie.onderdeel.id, 'GEWEIGERD');
      },
    );
    await this.toegang.gewijzigd();
    return model;
  }

  /**
   * A partij's decision on the version lying ter ondertekening, by its signatory: recorded under
   * the version's row lock (so decisions come one at a time), then `daarna` in the same
   * transaction. `vooraf` runs after the permission check, before anything is locked.
   */
  private async besluit(
    actor: Actor,
    input: { versieId: string; partijId?: string },
    wat: string,
    besluit: { besluit: Besluit; functie: string; reden: string | null },
    daarna: (em: EntityManager, versie: OnderdeelVersie) => Promise<void>,
    vooraf?: () => Promise<void>,
  ): Promise<VersieModel> {
    const versie = await findOrFail(this.em.fork(), OnderdeelVersie, input.versieId, 'Versie');
    const namens = await this.namensOndertekenaar(actor, versie, input.partijId, wat);
    await vooraf?.();
    crashpunt('besluit:start', versie.id);
    await this.em.transactional(async (em) => {
      const vergrendeld = await this.vergrendelVersie(em, versie.id, namens);
      em.persist(
        new Ondertekening({
          versie: ref(vergrendeld),
          partij: ref(Partij, namens.partijId),
          gebruiker: ref(Gebruiker, actor.gebruikerId),
          naam: actor.naam,
          versieHash: vergrendeld.hash,
          ...besluit,
        }),
      );
      await em.flush();
      crashpunt('besluit:na-ondertekening', versie.id);
      await this.schrijf(
        em,
        actor,
        namens,
        vergrendeld,
        besluit.besluit === Besluit.ONDERTEKEND
          ? AuditActie.ONDERTEKEND
          : AuditActie.ONDERTEKENING_GEWEIGERD,
        besluit.besluit === Besluit.ONDERTEKEND
          ? { functie: besluit.functie }
          : { reden: besluit.reden },
      );
      crashpunt('besluit:na-audit', versie.id);
      await daarna(em, vergrendeld);
    });
    crashpunt('besluit:na-commit', versie.id);
    this.publiceer(
      besluit.besluit === Besluit.ONDERTEKEND
        ? GebeurtenisSoort.ONDERTEKEND
        : GebeurtenisSoort.GEWEIGERD,
      actor,
      namens,
      versie.overeenkomst.id,
      versie.onderdeel.id,
      versie.id,
    );
    return this.versie(versie.id);
  }

  /** Opens a signed onderdeel for an addendum: a new draft, to be frozen and signed again. */
  async startAddendum(actor: Actor, input: AddendumInput): Promise<void> {
    const overeenkomstId = await this.permissions.regieVia(
      actor,
      'onderdeel',
      input.onderdeelId,
      'Onderdeel',
      'Een addendum beginnen',
    );
    crashpunt('addendum:start', input.onderdeelId);
    await this.em.transactional(async (em) => {
      const rij = await vergrendelOnderdeel(em, input.onderdeelId);
      if (rij.status !== OnderdeelStatus.ONDERTEKEND) {
        throw new AppError(
          ErrorCode.STATUS_ONJUIST,
          `Een addendum begint op een ondertekend onderdeel; "${rij.titel}" is ${rij.status === OnderdeelStatus.CONCEPT ? 'nog een concept' : 'ter ondertekening'}`,
        );
      }
      await openAddendum(em, this.audit, {
        overeenkomstId,
        actor,
        onderdeelId: input.onderdeelId,
        reden: input.reden,
      });
      crashpunt('addendum:na-status', input.onderdeelId);
    });
    crashpunt('addendum:na-commit', input.onderdeelId);
    await this.toegang.gewijzigd();
    this.publiceer(
      GebeurtenisSoort.ADDENDUM,
      actor,
      null,
      overeenkomstId,
      input.onderdeelId,
      input.onderdeelId,
    );
  }

  /**
   * Makes an earlier version's content the current draft again, by changing the draft (roll
   * forward): the history, its versions and signatures stay as they were. The fields, the texts
   * the document is to get and the audit entry commit together; the texts reach the document
   * right after (or at start-up, after a crash).
   */
  async herstel(actor: Actor, versieId: string): Promise<void> {
    const versie = await findOrFail(this.em.fork(), OnderdeelVersie, versieId, 'Versie', {
      populate: ['inhoud'],
    });
    const onderdeelId = versie.onderdeel.id;
    await this.permissions.onderdeelBewerken(actor, onderdeelId, 'Versie', versieId);
    const vast = versie.inhoud as unknown as VastgelegdeInhoud;
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
          : (await this.afspraken.create({ onderdeelId, ...velden } as never)).id;
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
    this.publiceer(
      GebeurtenisSoort.VERSIE_HERSTELD,
      actor,
      null,
      versie.overeenkomst.id,
      onderdeelId,
      versie.id,
    );
  }

  async versies(onderdeelId: string): Promise<VersieModel[]> {
    const versies = await this.em
      .fork()
      .find(
        OnderdeelVersie,
        { onderdeel: onderdeelId },
        { orderBy: { nummer: 'desc' }, fields: ['id'] },
      );
    return Promise.all(versies.map((v) => this.versie(v.id)));
  }

  async versie(id: string): Promise<VersieModel> {
    const em = this.em.fork();
    const versie = await findOrFail(em, OnderdeelVersie, id, 'Versie', {
      populate: ['inhoud', 'bevrorenDoor'],
    });
    const ondertekeningen = await em.find(
      Ondertekening,
      { versie: id },
      { populate: ['partij'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const ontbrekend =
      versie.status === VersieStatus.TER_ONDERTEKENING ? await this.ontbrekend(em, versie) : [];
    return {
      id: versie.id,
      onderdeelId: versie.onderdeel.id,
      nummer: versie.nummer,
      status: versie.status,
      hash: versie.hash,
      basisVersieId: versie.basis?.id ?? null,
      addendum: !!versie.basis,
      bevrorenDoor: versie.bevrorenDoor.getEntity().naam,
      bevrorenOp: versie.createdAt,
      overrideReden: versie.overrideReden,
      afgerondOp: versie.afgerondOp,
      ondertekeningen: ondertekeningen.map((o) => ({
        partij: partijModel(o.partij.getEntity()),
        naam: o.naam,
        functie: o.functie,
        besluit: o.besluit,
        reden: o.reden,
        tijd: o.createdAt,
        versieHash: o.versieHash,
      })),
      ontbrekend: await this.standpunten.partijen(ontbrekend),
      inhoud: versie.inhoud,
    };
  }

  /** Afspraak by afspraak, what changed from one version to another (or to the current draft). */
  async vergelijk(
    onderdeelId: string,
    vanId: string,
    naarId?: string,
  ): Promise<VersieVergelijkingModel> {
    const em = this.em.fork();
    const lees = (id: string) =>
      findOrFail(em, OnderdeelVersie, id, 'Versie', { populate: ['inhoud'] }).then((v) => {
        if (v.onderdeel.id !== onderdeelId)
          throw new AppError(
            ErrorCode.VALIDATIE_FOUT,
            `Versie ${v.nummer} hoort niet bij dit onderdeel`,
            'van',
          );
        return v;
      });
    const van = await lees(vanId);
    const naar = naarId ? await lees(naarId) : null;
    if (!naar) await this.collab.bijgewerkt(onderdeelId);
    const oud = (van.inhoud as unknown as VastgelegdeInhoud).afspraken;
    const nieuw = naar
      ? (naar.inhoud as unknown as VastgelegdeInhoud).afspraken
      : (await this.inhoud.lees(onderdeelId)).afspraken;
    const afspraken: AfspraakVerschilModel[] = nieuw.map((n) => {
      const o = oud.find((a) => a.id === n.id);
      const velden = o ? verschillendeVelden(o, n) : [];
      return {
        afspraakId: n.id,
        nummer: n.nummer,
        titel: n.titel,
        wijziging: !o
          ? AfspraakWijziging.NIEUW
          : velden.length
            ? AfspraakWijziging.GEWIJZIGD
            : AfspraakWijziging.ONGEWIJZIGD,
        oudeTitel: o?.titel ?? null,
        oudeTekst: o?.tekst ?? null,
        nieuweTekst: n.tekst,
        velden,
        verschil: tekstverschil(o?.tekst ?? '', n.tekst),
      };
    });
    for (const o of oud.filter((a) => !nieuw.some((n) => n.id === a.id))) {
      afspraken.push({
        afspraakId: o.id,
        nummer: o.nummer,
        titel: o.titel,
        wijziging: AfspraakWijziging.VERWIJDERD,
        oudeTitel: o.titel,
        oudeTekst: o.tekst,
        nieuweTekst: null,
        velden: [],
        verschil: tekstverschil(o.tekst, ''),
      });
    }
    return { onderdeelId, van: van.nummer, naar: naar?.nummer ?? null, afspraken };
  }

  /**
   * Recomputes the audit chain and every version's hash from what is stored, and checks that
   * each signature and each freeze entry name that same hash.
   */
  async verifieer(overeenkomstId: string): Promise<AuditVerificatieModel> {
    const keten = await this.audit.controleer(overeenkomstId);
    const connection = this.em.getConnection();
    const versies = await connection.execute<
      {
        id: string;
        nummer: number;
        hash: string;
        yjs_state: Buffer;
        inhoud: unknown;
        titel: string;
      }[]
    >(
      `select v.id, v.nummer, v.hash, v.yjs_state, v.inhoud, o.titel
         from onderdeel_versie v join onderdeel o on o.id = v.onderdeel_id
        where v.overeenkomst_id = ? order by v.created_at, v.nummer`,
      [overeenkomstId],
      'all',
    );
    const handtekeningen = await connection.execute<
      { versie_id: string; versie_hash: string; naam: string }[]
    >(
      `select h.versie_id, h.versie_hash, p.naam from ondertekening h join partij p on p.id = h.partij_id
        join onderdeel_versie v on v.id = h.versie_id where v.overeenkomst_id = ?`,
      [overeenkomstId],
      'all',
    );
    const bevriezingen = await connection.execute<{ onderwerp_id: string; hash: string | null }[]>(
      `select onderwerp_id, gegevens->>'hash' as hash from audit_regel
        where overeenkomst_id = ? and actie = ?`,
      [overeenkomstId, AuditActie.BEVROREN],
      'all',
    );
    const resultaat = (eersteFout: AuditVerificatieModel['eersteFout']): AuditVerificatieModel => ({
      geldig: !eersteFout,
      aantalRegels: keten.aantal,
      aantalVersies: versies.length,
      eersteFout,
    });
    if (keten.eersteFout) return resultaat({ ...keten.eersteFout, versieId: null });
    for (const v of versies) {
      const naam = `Versie ${v.nummer} van "${v.titel}"`;
      const fout = (reden: string) =>
        resultaat({ volgnummer: null, versieId: v.id, reden: `${naam}: ${reden}` });
      if (versieHash(v.inhoud, new Uint8Array(v.yjs_state)) !== v.hash)
        return fout('de vastgelegde inhoud past niet bij de hash');
      const bevroren = bevriezingen.find((b) => b.onderwerp_id === v.id);
      if (!bevroren || bevroren.hash !== v.hash)
        return fout('de hash komt niet overeen met die in het audit trail');
      const afwijkend = handtekeningen.find(
        (h) => h.versie_id === v.id && h.versie_hash !== v.hash,
      );
      if (afwijkend) return fout(`de handtekening van ${afwijkend.naam} geldt een andere hash`);
    }
    return resultaat(null);
  }

  private eisAkkoord(matrix: StandpuntenMatrixModel, overrideReden: string | undefined): void {
    if (matrix.rijen.length === 0) {
      throw new AppError(
        ErrorCode.STATUS_ONJUIST,
        'Dit onderdeel bevat nog geen afspraken om te ondertekenen',
      );
    }
    if (matrix.iedereenAkkoord || overrideReden) return;
    const open = matrix.rijen.filter((r) => !r.akkoord);
    const voorbeelden = open
      .slice(0, 5)
      .map((r) => {
        const niet = r.cellen
          .filter(
            (c) =>
              !c.standpunt || c.standpunt.verouderd || c.standpunt.oordeel === Oordeel.NIET_AKKOORD,
          )
          .map(
            (c) =>
              `${c.partij.naam}: ${!c.standpunt ? 'geen standpunt' : c.standpunt.verouderd ? 'verouderd' : 'niet akkoord'}`,
          );
        return `${r.nummer} (${niet.join(', ')})`;
      })
      .join('; ');
    throw new AppError(
      ErrorCode.NIET_IEDEREEN_AKKOORD,
      `${open.length} afspra${open.length === 1 ? 'ak heeft' : 'ken hebben'} nog geen akkoord van elke ondertekenaar: ${voorbeelden}${open.length > 5 ? '; …' : ''}. Geef een reden (overrideReden) om toch te bevriezen`,
    );
  }

  private async namensOndertekenaar(
    actor: Actor,
    versie: OnderdeelVersie,
    partijId: string | undefined,
    wat: string,
  ): Promise<Betrokkenheid> {
    return this.permissions.namensOndertekenaar(
      actor,
      versie.onderdeel.id,
      partijId,
      [LidRol.ONDERTEKENAAR],
      wat,
      'Versie',
      versie.id,
    );
  }

  /** Locks the version for the transaction; it must be the one lying ter ondertekening. */
  private async vergrendelVersie(
    em: EntityManager,
    versieId: string,
    namens: Betrokkenheid,
  ): Promise<OnderdeelVersie> {
    const [rij] = await em
      .getConnection()
      .execute<{ status: VersieStatus; nummer: number }[]>(
        'select status, nummer from onderdeel_versie where id = ? for update',
        [versieId],
        'all',
        em.getTransactionContext(),
      );
    if (!rij) throw notFound('Versie', versieId);
    if (rij.status !== VersieStatus.TER_ONDERTEKENING) {
      throw new AppError(
        ErrorCode.VERSIE_NIET_TER_ONDERTEKENING,
        `Versie ${rij.nummer} ${VERSIE_STATUS_TEKST[rij.status]}; alleen de versie die ter ondertekening ligt kan worden ondertekend of geweigerd`,
      );
    }
    if (await em.count(Ondertekening, { versie: versieId, partij: namens.partijId })) {
      throw new AppError(
        ErrorCode.AL_ONDERTEKEND,
        `${namens.partijNaam} heeft over versie ${rij.nummer} al besloten`,
      );
    }
    return em.findOneOrFail(OnderdeelVersie, versieId);
  }

  /** Required signatories that have not signed this version. */
  private async ontbrekend(em: EntityManager, versie: OnderdeelVersie): Promise<string[]> {
    const rijen = await em.getConnection().execute<{ partij_id: string }[]>(
      `select oo.partij_id from onderdeel_ondertekenaar oo
        where oo.onderdeel_id = ? and not exists (
          select 1 from ondertekening h where h.versie_id = ? and h.partij_id = oo.partij_id and h.besluit = ?)`,
      [versie.onderdeel.id, versie.id, Besluit.ONDERTEKEND],
      'all',
      em.getTransactionContext(),
    );
    return rijen.map((r) => r.partij_id);
  }

  private schrijf(
    em: EntityManager,
    actor: Actor,
    namens: Betrokkenheid | null,
    versie: OnderdeelVersie,
    actie: AuditActie,
    gegevens: Record<string, unknown>,
  ) {
    return this.audit.schrijf(
      {
        overeenkomstId: versie.overeenkomst.id,
        actor,
        partij: namens ? { id: namens.partijId, naam: namens.partijNaam } : null,
        actie,
        onderwerpSoort: 'OnderdeelVersie',
        onderwerpId: versie.id,
        gegevens: {
          onderdeelId: versie.onderdeel.id,
          versie: versie.nummer,
          hash: versie.hash,
          ...gegevens,
        },
      },
      em,
    );
  }

  private publiceer(
    soort: GebeurtenisSoort,
    actor: Actor,
    namens: Betrokkenheid | null,
    overeenkomstId: string,
    onderdeelId: string,
    onderwerpId: string,
  ): void {
    this.gebeurtenissen.publiceer({
      soort,
      overeenkomstId,
      onderdeelId,
      afspraakId: null,
      onderwerpId,
      door: actor.naam,
      partij: namens?.partijNaam ?? null,
    });
  }
}

/** An afspraak's fields from a version, as an update would set them. */
function herstelVelden(a: AfspraakInhoud): Omit<UpdateAfspraakInput, 'id'> {
  const details: Record<string, unknown> = { ...a.details };
  delete details.type;
  return {
    titel: a.titel,
    type: a.type,
    themaId: a.thema.id,
    trekkerId: a.trekker.id,
    volwassenheid: a.volwassenheid,
    voorwaarden: a.voorwaarden,
    doelgroepen: a.doelgroepen,
    details: { [DETAILS_INPUT_KEY[a.type]]: details },
    betrokkenen: a.betrokkenen.map((b) => ({
      partijId: b.partijId,
      bijdrage: b.bijdrage,
      kostenaandeel: b.kostenaandeel,
    })),
    jaren: a.jaren,
  };
}

const VERGELEKEN: (keyof AfspraakInhoud)[] = [
  'titel',
  'type',
  'thema',
  'trekker',
  'volwassenheid',
  'voorwaarden',
  'doelgroepen',
  'details',
  'betrokkenen',
  'jaren',
  'tekst',
];

function verschillendeVelden(oud: AfspraakInhoud, nieuw: AfspraakInhoud): string[] {
  return VERGELEKEN.filter((veld) => canonicalJson(oud[veld]) !== canonicalJson(nieuw[veld]));
}
