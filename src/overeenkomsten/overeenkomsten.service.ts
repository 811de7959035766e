import { type FilterQuery, ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, invalid, notFound } from '../common/app-error';
import { findOrFail } from '../database/find';
import { AfspraakJaarschijf, Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { Realisatie, Streefwaarde } from '../indicatoren/indicator.entity';
import { Partij, PartijSoort, PARTIJ_SOORT_LABEL } from '../partijen/partij.entity';
import { Onderdeel, OnderdeelSoort, OnderdeelStatus } from './onderdeel.entity';
import { bevroren } from './onderdeel-inhoud';
import { CollabServer } from '../collaboration/collab.server';
import { controleerTekst } from '../collaboration/tekst-controle';
import { OnderdeelVersie, VersieStatus } from '../ondertekening/versie.entities';
import { PREAMBULE_FRAGMENT } from '../collaboration/prosemirror';
import { checkRegie } from './deelnemers.service';
import { Afspraak } from './afspraak.entity';
import { OvereenkomstStatusReader } from './overeenkomst-status.reader';
import { eigenDoelgroepenOpslaan } from './eigen-doelgroepen';
import { Deelnemer, DeelnemerRol, Overeenkomst, Referentie } from './overeenkomst.entity';
import type {
  CreateOvereenkomstInput,
  DeelnemerInput,
  OvereenkomstFilter,
  ReferentieInput,
  UpdateOvereenkomstInput,
} from './overeenkomst.inputs';

/** A prestatieafspraak runs a few years; longer periods are a typing error, not a plan. */
const MAX_PERIODE_JAREN = 10;

@Injectable()
export class OvereenkomstenService {
  constructor(
    private readonly em: EntityManager,
    private readonly collab: CollabServer,
    private readonly statussen: OvereenkomstStatusReader,
  ) {}

  /** Only overeenkomsten in which one of `partijIds` (the reader's partijen) takes part. */
  async list(
    partijIds: string[],
    filter: OvereenkomstFilter | undefined,
    take: number,
    skip: number,
  ): Promise<{ ids: string[]; total: number }> {
    const and: FilterQuery<Overeenkomst>[] = [{ deelnemers: { partij: { $in: partijIds } } }];
    if (filter?.gemeenteId) and.push({ gemeenten: { id: filter.gemeenteId } });
    if (filter?.partijId) and.push({ deelnemers: { partij: filter.partijId } });
    if (filter?.jaar)
      and.push({ startjaar: { $lte: filter.jaar }, eindjaar: { $gte: filter.jaar } });
    const where: FilterQuery<Overeenkomst> = { $and: and };
    const orderBy = { startjaar: 'desc', titel: 'asc', id: 'asc' } as const;
    const status = filter?.status;
    if (status) {
      // The status is derived, not a column: filter the person's (few) agreements after reading it.
      const alle = await this.em.find(Overeenkomst, where, { orderBy, fields: ['id'] });
      const statussen = await this.statussen.statussen(alle.map((o) => o.id));
      const ids = alle.map((o) => o.id).filter((id) => statussen.get(id) === status);
      return { ids: ids.slice(skip, skip + take), total: ids.length };
    }
    const [items, total] = await this.em.findAndCount(Overeenkomst, where, {
      orderBy,
      limit: take,
      offset: skip,
      fields: ['id'],
    });
    return { ids: items.map((o) => o.id), total };
  }

  /** The gemeenten of the overeenkomsten in which one of `partijIds` takes part (a list filter). */
  async gemeenten(partijIds: string[]): Promise<Partij[]> {
    return this.em.find(
      Partij,
      { soort: PartijSoort.GEMEENTE, id: { $in: await this.gemeenteIds(partijIds) } },
      { orderBy: { naam: 'asc', id: 'asc' } },
    );
  }

  private async gemeenteIds(partijIds: string[]): Promise<string[]> {
    const overeenkomsten = await this.em.find(
      Overeenkomst,
      { deelnemers: { partij: { $in: partijIds } } },
      { populate: ['gemeenten'], fields: ['id', 'gemeenten.id'] },
    );
    return [...new Set(overeenkomsten.flatMap((o) => o.gemeenten.getIdentifiers<string>()))];
  }

  get(id: string): Promise<Overeenkomst> {
    return findOrFail(this.em, Overeenkomst, id, 'Overeenkomst');
  }

  async create(input: CreateOvereenkomstInput): Promise<Overeenkomst> {
    checkPeriode(input.startjaar, input.eindjaar);
    controleerTekst(input.preambule, 'input.preambule');
    const gemeenten = await this.loadGemeenten(input.gemeenteIds);
    const overeenkomst = new Overeenkomst(input.titel, input.startjaar, input.eindjaar);
    overeenkomst.preambule = input.preambule;
    overeenkomst.referenties = toReferenties(input.referenties);
    overeenkomst.gemeenten.set(gemeenten);

    const deelnemers = new Map<string, DeelnemerInput>();
    for (const gemeente of gemeenten) {
      deelnemers.set(gemeente.id, {
        partijId: gemeente.id,
        rol: DeelnemerRol.ONDERTEKENAAR,
        regie: true,
      });
    }
    for (const d of input.deelnemers) {
      if (deelnemers.has(d.partijId) && !gemeenten.some((g) => g.id === d.partijId)) {
        throw invalid(
          'input.deelnemers',
          'Een partij staat twee keer in de lijst van deelnemers',
          ErrorCode.AL_AANWEZIG,
        );
      }
      const isGemeente = gemeenten.some((g) => g.id === d.partijId);
      deelnemers.set(
        d.partijId,
        isGemeente ? { ...d, rol: DeelnemerRol.ONDERTEKENAAR, regie: true } : d,
      );
    }
    const partijen = await this.loadPartijen([...deelnemers.keys()], 'input.deelnemers');
    for (const partij of partijen) {
      const d = deelnemers.get(partij.id)!;
      checkRegie(partij, d.regie, 'input.deelnemers');
      const deelnemer = new Deelnemer(ref(overeenkomst), ref(partij), d.rol);
      deelnemer.regie = d.regie;
      overeenkomst.deelnemers.add(deelnemer);
    }
    for (let jaar = input.startjaar; jaar <= input.eindjaar; jaar++) {
      overeenkomst.jaarschijven.add(new Jaarschijf(overeenkomst, jaar));
    }
    await this.em.persistAndFlush(overeenkomst);
    return overeenkomst;
  }

  async update(input: UpdateOvereenkomstInput): Promise<Overeenkomst> {
    const overeenkomst = await this.get(input.id);
    if (input.preambule != null) {
      // Checked before anything is written: the text goes into the co-editor's document last.
      controleerTekst(input.preambule, 'input.preambule');
      // The preamble is part of the hoofddocument as signed.
      const hoofd = await this.em.findOne(Onderdeel, {
        overeenkomst,
        soort: OnderdeelSoort.HOOFDDOCUMENT,
      });
      if (hoofd && hoofd.status !== OnderdeelStatus.CONCEPT) throw bevroren(hoofd.titel);
    }
    if (input.eigenDoelgroepen != null) {
      const afspraken = await this.em.find(
        Afspraak,
        { overeenkomst },
        { fields: ['eigenDoelgroepIds'] },
      );
      overeenkomst.eigenDoelgroepen = eigenDoelgroepenOpslaan(
        input.eigenDoelgroepen,
        overeenkomst.eigenDoelgroepen,
        new Set(afspraken.flatMap((a) => a.eigenDoelgroepIds)),
      );
    }
    if (input.titel != null) overeenkomst.titel = input.titel;
    if (input.beeindigd != null) overeenkomst.beeindigd = input.beeindigd;
    if (input.referenties != null) overeenkomst.referenties = toReferenties(input.referenties);
    if (input.gemeenteIds != null) await this.setGemeenten(overeenkomst, input.gemeenteIds);
    if (input.startjaar != null || input.eindjaar != null) {
      await this.changePeriode(
        overeenkomst,
        input.startjaar ?? overeenkomst.startjaar,
        input.eindjaar ?? overeenkomst.eindjaar,
      );
    }
    await this.em.flush();
    if (input.preambule != null) await this.zetPreambule(overeenkomst, input.preambule);
    return overeenkomst;
  }

  /** Through the hoofddocument's co-editor document when there is one, so open editors see it. */
  private async zetPreambule(overeenkomst: Overeenkomst, preambule: string): Promise<void> {
    const hoofd = await this.em.findOne(Onderdeel, {
      overeenkomst,
      soort: OnderdeelSoort.HOOFDDOCUMENT,
    });
    if (hoofd) {
      await this.collab.zetTekst(hoofd.id, PREAMBULE_FRAGMENT, preambule);
    } else {
      overeenkomst.preambule = preambule;
      await this.em.flush();
    }
  }

  async delete(id: string): Promise<string> {
    const overeenkomst = await this.get(id);
    const ondertekend = await this.em.count(OnderdeelVersie, {
      overeenkomst: id,
      status: VersieStatus.ONDERTEKEND,
    });
    if (ondertekend > 0) {
      throw new AppError(
        ErrorCode.IN_GEBRUIK,
        `"${overeenkomst.titel}" is (deels) ondertekend; een ondertekende overeenkomst en haar audit trail blijven bewaard`,
      );
    }
    // Everything inside goes through ON DELETE CASCADE in the database, in one statement.
    await this.em.nativeDelete(Overeenkomst, { id });
    this.em.clear();
    return id;
  }

  private async loadGemeenten(ids: string[]): Promise<Partij[]> {
    if (ids.length === 0) {
      throw invalid('input.gemeenteIds', 'Noem minstens één gemeente waarvoor de afspraken gelden');
    }
    const gemeenten = await this.loadPartijen(ids, 'input.gemeenteIds');
    const geen = gemeenten.find((p) => p.soort !== PartijSoort.GEMEENTE);
    if (geen) {
      throw invalid(
        'input.gemeenteIds',
        `${geen.naam} is geen gemeente maar een ${PARTIJ_SOORT_LABEL[geen.soort]}`,
        ErrorCode.VERKEERDE_PARTIJSOORT,
      );
    }
    return gemeenten;
  }

  private async loadPartijen(ids: string[], veld: string): Promise<Partij[]> {
    const unique = [...new Set(ids)];
    const partijen = await this.em.find(Partij, { id: { $in: unique } });
    const missing = unique.find((id) => !partijen.some((p) => p.id === id));
    if (missing) {
      const error = notFound('Partij', missing);
      error.extensions.veld = veld;
      throw error;
    }
    return partijen;
  }

  private async setGemeenten(overeenkomst: Overeenkomst, ids: string[]): Promise<void> {
    const gemeenten = await this.loadGemeenten(ids);
    await overeenkomst.deelnemers.init();
    for (const gemeente of gemeenten) {
      const deelnemer = overeenkomst.deelnemers.getItems().find((d) => d.partij.id === gemeente.id);
      if (deelnemer) {
        deelnemer.rol = DeelnemerRol.ONDERTEKENAAR;
        deelnemer.regie = true;
      } else {
        const nieuw = new Deelnemer(ref(overeenkomst), ref(gemeente), DeelnemerRol.ONDERTEKENAAR);
        nieuw.regie = true;
        overeenkomst.deelnemers.add(nieuw);
      }
    }
    await overeenkomst.gemeenten.init();
    overeenkomst.gemeenten.set(gemeenten);
  }

  private async changePeriode(
    overeenkomst: Overeenkomst,
    startjaar: number,
    eindjaar: number,
  ): Promise<void> {
    checkPeriode(startjaar, eindjaar);
    const jaarschijven = await overeenkomst.jaarschijven.init();
    const vervallen = jaarschijven
      .getItems()
      .filter((j) => j.jaar < startjaar || j.jaar > eindjaar);
    if (vervallen.length > 0) {
      const gebruikt =
        (await this.em.count(Streefwaarde, { jaarschijf: vervallen })) +
        (await this.em.count(Realisatie, { jaarschijf: vervallen })) +
        (await this.em.count(AfspraakJaarschijf, { jaarschijf: vervallen }));
      if (gebruikt > 0) {
        throw invalid(
          'input.startjaar',
          `De jaarschijven ${vervallen.map((j) => j.jaar).join(', ')} bevatten nog afspraken, streefwaarden of realisaties; een kortere periode zou die weggooien`,
          ErrorCode.IN_GEBRUIK,
        );
      }
      vervallen.forEach((j) => this.em.remove(j));
    }
    for (let jaar = startjaar; jaar <= eindjaar; jaar++) {
      if (!jaarschijven.getItems().some((j) => j.jaar === jaar)) {
        overeenkomst.jaarschijven.add(new Jaarschijf(overeenkomst, jaar));
      }
    }
    overeenkomst.startjaar = startjaar;
    overeenkomst.eindjaar = eindjaar;
  }
}

function checkPeriode(startjaar: number, eindjaar: number): void {
  if (eindjaar < startjaar) {
    throw invalid(
      'input.eindjaar',
      `Het eindjaar (${eindjaar}) ligt voor het startjaar (${startjaar})`,
      ErrorCode.PERIODE_ONGELDIG,
    );
  }
  if (eindjaar - startjaar + 1 > MAX_PERIODE_JAREN) {
    throw invalid(
      'input.eindjaar',
      `Een periode duurt hoogstens ${MAX_PERIODE_JAREN} jaar`,
      ErrorCode.PERIODE_ONGELDIG,
    );
  }
}

function toReferenties(input: ReferentieInput[]): Referentie[] {
  return input.map((r) => new Referentie(r.soort, r.titel, r.url));
}
