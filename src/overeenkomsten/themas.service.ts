import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, invalid } from '../common/app-error';
import type { Actor } from '../auth/actor';
import { findOrFail } from '../database/find';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { Afspraak } from './afspraak.entity';
import { Overeenkomst } from './overeenkomst.entity';
import { Thema } from './thema.entity';
import type { CreateThemaInput, UpdateThemaInput } from './afspraak.inputs';

/** The default taxonomy: Domein → Opgave, after the Handreiking woonzorgopgave (seeds 000 and 003). */
export const STANDAARD_THEMAS: ReadonlyArray<{ domein: string; opgaven: string[] }> = [
  {
    domein: 'Wonen',
    opgaven: [
      'Nultredenwoningen en levensloopbestendige woningen',
      'Geclusterde woonvormen met ontmoetingsruimte',
      'Mantelzorgwoningen',
      'Woonruimteverdeling en voorrang',
      'Burgerinitiatieven',
      'Doorstroming',
      'Betaalbaarheid',
    ],
  },
  {
    domein: 'Zorg en welzijn',
    opgaven: [
      'Zorg en ondersteuning thuis',
      'Beschermd wonen en maatschappelijke opvang',
      'Verpleegzorgplekken',
      'Spreiding van voorzieningen',
      'Vroegsignalering en preventie',
      'Eenzaamheid',
    ],
  },
  {
    domein: 'Fysieke omgeving',
    opgaven: [
      'Toegankelijkheid',
      'Bereikbaarheid',
      'Nabijheid van voorzieningen',
      'Kwaliteit van de leefomgeving',
      'Beweegvriendelijk en ontmoeting',
    ],
  },
];

@Injectable()
export class ThemasService {
  constructor(
    private readonly em: EntityManager,
    private readonly gebeurtenissen: Gebeurtenissen,
  ) {}

  /** The default themes plus the overeenkomst's own, domains first, in their order. */
  forOvereenkomst(overeenkomstId: string | null): Promise<Thema[]> {
    return this.em.find(
      Thema,
      overeenkomstId
        ? { $or: [{ overeenkomst: null }, { overeenkomst: overeenkomstId }] }
        : { overeenkomst: null },
      { orderBy: { volgorde: 'asc', naam: 'asc' } },
    );
  }

  /** Adds any missing default theme; safe to run at every start-up. */
  async ensureDefaults(): Promise<void> {
    const em = this.em.fork();
    const bestaand = await em.find(Thema, { overeenkomst: null });
    STANDAARD_THEMAS.forEach((d, i) => {
      let domein = bestaand.find((t) => !t.domein && t.naam === d.domein);
      if (!domein) {
        domein = new Thema(d.domein, (i + 1) * 100);
        em.persist(domein);
      }
      d.opgaven.forEach((naam, j) => {
        if (!bestaand.some((t) => t.domein?.id === domein.id && t.naam === naam)) {
          em.persist(new Thema(naam, (i + 1) * 100 + j + 1, ref(domein)));
        }
      });
    });
    await em.flush();
  }

  async create(actor: Actor, input: CreateThemaInput): Promise<Thema> {
    const overeenkomst = await findOrFail(
      this.em,
      Overeenkomst,
      input.overeenkomstId,
      'Overeenkomst',
    );
    const themas = await this.forOvereenkomst(overeenkomst.id);
    let thema: Thema;
    if (input.domeinId) {
      const domein = themas.find((t) => t.id === input.domeinId);
      if (!domein) await findOrFail(this.em, Thema, input.domeinId, 'Thema');
      if (!domein || domein.domein) {
        throw invalid(
          'input.domeinId',
          'Kies een domein (een thema op het bovenste niveau) van deze overeenkomst',
        );
      }
      const opgaven = themas.filter((t) => t.domein?.id === domein.id);
      thema = new Thema(
        input.naam,
        Math.max(domein.volgorde, ...opgaven.map((t) => t.volgorde)) + 1,
        ref(domein),
        ref(overeenkomst),
      );
    } else {
      const domeinen = themas.filter((t) => !t.domein);
      thema = new Thema(
        input.naam,
        (Math.floor(Math.max(0, ...domeinen.map((t) => t.volgorde)) / 100) + 1) * 100,
        null,
        ref(overeenkomst),
      );
    }
    if (
      themas.some(
        (t) =>
          t.naam.toLowerCase() === input.naam.toLowerCase() &&
          (t.domein?.id ?? null) === (input.domeinId ?? null),
      )
    ) {
      throw invalid(
        'input.naam',
        `Het thema "${input.naam}" bestaat hier al`,
        ErrorCode.AL_AANWEZIG,
      );
    }
    await this.em.persistAndFlush(thema);
    this.meld(GebeurtenisSoort.THEMA_NIEUW, actor, overeenkomst.id, thema.id);
    return thema;
  }

  async update(actor: Actor, input: UpdateThemaInput): Promise<Thema> {
    const { thema, overeenkomstId } = await this.eigen(input.id);
    thema.naam = input.naam;
    await this.em.flush();
    this.meld(GebeurtenisSoort.THEMA_GEWIJZIGD, actor, overeenkomstId, thema.id);
    return thema;
  }

  async delete(actor: Actor, id: string): Promise<string> {
    const { thema, overeenkomstId } = await this.eigen(id);
    const gebruikt = await this.em.count(Afspraak, {
      $or: [{ thema }, { thema: { domein: thema } }],
    });
    if (gebruikt > 0) {
      throw invalid(
        'input.id',
        `Het thema "${thema.naam}" wordt gebruikt door ${gebruikt} afspraak/afspraken`,
        ErrorCode.IN_GEBRUIK,
      );
    }
    await this.em.nativeDelete(Thema, { id });
    this.meld(GebeurtenisSoort.THEMA_VERWIJDERD, actor, overeenkomstId, id);
    return id;
  }

  /** After the change is stored: open screens reload the themes. */
  private meld(
    soort: GebeurtenisSoort,
    actor: Actor,
    overeenkomstId: string,
    themaId: string,
  ): void {
    this.gebeurtenissen.meldDeel(soort, actor, { overeenkomstId, onderwerpId: themaId });
  }

  /** An overeenkomst's own thema, with that overeenkomst. */
  private async eigen(id: string): Promise<{ thema: Thema; overeenkomstId: string }> {
    const thema = await findOrFail(this.em, Thema, id, 'Thema');
    if (!thema.overeenkomst) {
      throw new AppError(
        ErrorCode.IN_GEBRUIK,
        'De standaardthema’s gelden voor iedereen; voeg een eigen thema toe in plaats van dit te wijzigen',
        'input.id',
      );
    }
    return { thema, overeenkomstId: thema.overeenkomst.id };
  }
}
