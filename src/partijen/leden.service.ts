import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AuthService, type Tokens } from '../auth/auth.service';
import { Gebruiker, normaliseerEmail } from '../auth/gebruiker.entity';
import { hashToken, newToken } from '../auth/tokens';
import { hashWachtwoord } from '../auth/wachtwoord';
import { AppError, ErrorCode, invalid } from '../common/app-error';
import { findOrFail } from '../database/find';
import { Klok } from '../common/klok';
import { Deelnemer, DeelnemerRol, Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import type {
  AccepteerUitnodigingInput,
  NodigLidUitInput,
  NodigPartijUitInput,
  WijzigLidInput,
} from './leden.inputs';
import { LidRol, Lidmaatschap } from './lidmaatschap.entity';
import { Partij, PartijSoort } from './partij.entity';
import { PermissionsService } from './permissions.service';
import { Uitnodiging, UitnodigingSoort } from './uitnodiging.entity';
import { UitnodigingVerzender } from './uitnodiging-verzender';
import { ToegangEvents } from './toegang-events';

/** How long an invitation link works. */
export const UITNODIGING_GELDIG_DAGEN = 14;
const MIN_WACHTWOORD = 12;

export interface UitnodigingUitkomst {
  uitnodiging: Uitnodiging;
  token: string;
  link: string;
}

@Injectable()
export class LedenService {
  constructor(
    private readonly em: EntityManager,
    private readonly permissions: PermissionsService,
    private readonly verzender: UitnodigingVerzender,
    private readonly auth: AuthService,
    private readonly toegang: ToegangEvents,
    private readonly klok: Klok,
  ) {}

  async leden(actor: Actor, partijId: string): Promise<Lidmaatschap[]> {
    if (!actor.partijIds.includes(partijId)) {
      await findOrFail(this.em, Partij, partijId, 'Partij');
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'Alleen leden van een partij zien wie er nog meer lid is',
      );
    }
    return this.em.find(
      Lidmaatschap,
      { partij: partijId },
      { populate: ['gebruiker', 'partij'], orderBy: { gebruiker: { naam: 'asc' } } },
    );
  }

  async nodigLidUit(actor: Actor, input: NodigLidUitInput): Promise<UitnodigingUitkomst> {
    const partij = await findOrFail(this.em, Partij, input.partijId, 'Partij');
    this.permissions.partijBeheer(actor, partij.id);
    const bestaand = await this.em.findOne(Lidmaatschap, {
      partij,
      gebruiker: { email: normaliseerEmail(input.email) },
    });
    if (bestaand)
      throw invalid(
        'input.email',
        `${input.email} is al lid van ${partij.naam}`,
        ErrorCode.AL_AANWEZIG,
      );
    return this.maakUitnodiging(
      actor,
      UitnodigingSoort.LIDMAATSCHAP,
      partij,
      input.email,
      input.rollen,
      null,
      null,
    );
  }

  async wijzigLid(actor: Actor, input: WijzigLidInput): Promise<Lidmaatschap> {
    const lid = await findOrFail(this.em, Lidmaatschap, input.id, 'Lidmaatschap', {
      populate: ['gebruiker', 'partij'],
    });
    this.permissions.partijBeheer(actor, lid.partij.id);
    if (!input.rollen.includes(LidRol.BEHEERDER)) await this.nietLaatsteBeheerder(lid);
    lid.rollen = [...new Set(input.rollen)];
    await this.em.flush();
    await this.toegang.gewijzigd();
    return lid;
  }

  async verwijderLid(actor: Actor, id: string): Promise<string> {
    const lid = await findOrFail(this.em, Lidmaatschap, id, 'Lidmaatschap', {
      populate: ['partij'],
    });
    this.permissions.partijBeheer(actor, lid.partij.id);
    await this.nietLaatsteBeheerder(lid);
    await this.em.removeAndFlush(lid);
    await this.toegang.gewijzigd();
    return id;
  }

  async nodigPartijUit(actor: Actor, input: NodigPartijUitInput): Promise<UitnodigingUitkomst> {
    const overeenkomst = await findOrFail(
      this.em,
      Overeenkomst,
      input.overeenkomstId,
      'Overeenkomst',
    );
    await this.permissions.regie(
      actor,
      overeenkomst.id,
      'Overeenkomst',
      overeenkomst.id,
      'Partijen uitnodigen',
    );
    if (!!input.partijId === !!input.nieuwePartij) {
      throw invalid(
        'input.partijId',
        'Noem een bestaande partij (partijId) óf een nieuwe (nieuwePartij)',
      );
    }
    if (
      input.nieuwePartij?.soort === PartijSoort.PROVINCIE &&
      input.rol !== DeelnemerRol.WAARNEMER
    ) {
      throw invalid(
        'input.rol',
        'De provincie kijkt mee als waarnemer en ondertekent niet',
        ErrorCode.VERKEERDE_PARTIJSOORT,
      );
    }
    let partij: Partij;
    let rollen: LidRol[];
    if (input.partijId) {
      partij = await findOrFail(this.em, Partij, input.partijId, 'Partij');
      if ((await this.em.count(Deelnemer, { overeenkomst, partij })) > 0) {
        throw invalid(
          'input.partijId',
          `${partij.naam} neemt al deel aan deze overeenkomst`,
          ErrorCode.AL_AANWEZIG,
        );
      }
      // Only the partij itself accepts: the invitation goes to one of its beheerders.
      const beheerder = await this.em.findOne(Lidmaatschap, {
        partij,
        gebruiker: { email: normaliseerEmail(input.email) },
      });
      if (!beheerder?.rollen.includes(LidRol.BEHEERDER)) {
        throw invalid(
          'input.email',
          `${input.email} is geen beheerder van ${partij.naam}; nodig een beheerder van die partij uit`,
        );
      }
      rollen = [];
    } else {
      const nieuw = input.nieuwePartij!;
      partij = new Partij(nieuw.naam, nieuw.soort, nieuw.regio);
      this.em.persist(partij);
      rollen = [LidRol.BEHEERDER, LidRol.OPSTELLER];
    }
    return this.maakUitnodiging(
      actor,
      UitnodigingSoort.DEELNAME,
      partij,
      input.email,
      rollen,
      overeenkomst,
      input.rol,
    );
  }

  async openUitnodigingen(actor: Actor, overeenkomstId: string): Promise<Uitnodiging[]> {
    await this.permissions.regie(
      actor,
      overeenkomstId,
      'Overeenkomst',
      overeenkomstId,
      'De uitnodigingen inzien',
    );
    return this.em.find(
      Uitnodiging,
      { overeenkomst: overeenkomstId, geaccepteerdOp: null, verlooptOp: { $gt: this.klok.nu() } },
      { populate: ['partij'], orderBy: { createdAt: 'desc' } },
    );
  }

  /** Accepting creates the account (or uses the existing one), the membership and the participation. */
  async accepteer(input: AccepteerUitnodigingInput, adres: string): Promise<Tokens> {
    const uitnodiging = await this.em.findOne(
      Uitnodiging,
      { tokenHash: hashToken(input.token) },
      { populate: ['partij'] },
    );
    if (!uitnodiging)
      throw new AppError(
        ErrorCode.UITNODIGING_ONGELDIG,
        'Deze uitnodiging bestaat niet',
        'input.token',
      );
    if (uitnodiging.geaccepteerdOp) {
      throw new AppError(
        ErrorCode.UITNODIGING_ONGELDIG,
        'Deze uitnodiging is al gebruikt',
        'input.token',
      );
    }
    if (uitnodiging.verlooptOp.getTime() <= this.klok.nu().getTime()) {
      throw new AppError(
        ErrorCode.UITNODIGING_ONGELDIG,
        'Deze uitnodiging is verlopen; vraag om een nieuwe',
        'input.token',
      );
    }
    const wachtwoord = input.wachtwoord;
    let gebruiker = await this.em.findOne(Gebruiker, { email: uitnodiging.email });
    let tokens: Tokens | undefined;
    if (gebruiker) {
      if (!wachtwoord)
        throw invalid('input.wachtwoord', 'U hebt al een account: bevestig met uw wachtwoord');
      // The password is checked before anything changes, so a token alone cannot take over an account.
      tokens = await this.auth.login(uitnodiging.email, wachtwoord, adres);
    } else {
      if (!input.naam) throw invalid('input.naam', 'Vul uw naam in om uw account aan te maken');
      if (!wachtwoord || wachtwoord.length < MIN_WACHTWOORD) {
        throw invalid(
          'input.wachtwoord',
          `Kies een wachtwoord van minstens ${MIN_WACHTWOORD} tekens`,
        );
      }
      gebruiker = new Gebruiker(uitnodiging.email, input.naam, await hashWachtwoord(wachtwoord));
      this.em.persist(gebruiker);
    }
    const partij = uitnodiging.partij.getEntity();
    if (uitnodiging.rollen.length > 0) {
      const lid = await this.em.findOne(Lidmaatschap, { partij, gebruiker });
      if (lid) lid.rollen = [...new Set([...lid.rollen, ...uitnodiging.rollen])];
      else this.em.persist(new Lidmaatschap(gebruiker, partij, uitnodiging.rollen));
    }
    if (uitnodiging.soort === UitnodigingSoort.DEELNAME && uitnodiging.overeenkomst) {
      const bestaat = await this.em.count(Deelnemer, {
        overeenkomst: uitnodiging.overeenkomst.id,
        partij,
      });
      if (!bestaat) {
        this.em.persist(
          new Deelnemer(
            uitnodiging.overeenkomst,
            ref(partij),
            uitnodiging.deelnemerRol ?? DeelnemerRol.WAARNEMER,
          ),
        );
      }
    }
    uitnodiging.geaccepteerdOp = this.klok.nu();
    await this.em.flush();
    return tokens ?? this.auth.login(uitnodiging.email, wachtwoord, adres);
  }

  private async maakUitnodiging(
    actor: Actor,
    soort: UitnodigingSoort,
    partij: Partij,
    email: string,
    rollen: LidRol[],
    overeenkomst: Overeenkomst | null,
    deelnemerRol: DeelnemerRol | null,
  ): Promise<UitnodigingUitkomst> {
    const { token, hash } = newToken();
    const uitnodiging = new Uitnodiging({
      soort,
      tokenHash: hash,
      email: normaliseerEmail(email),
      partij,
      rollen,
      uitgenodigdDoor: this.em.getReference(Gebruiker, actor.gebruikerId),
      verlooptOp: new Date(this.klok.nu().getTime() + UITNODIGING_GELDIG_DAGEN * 24 * 3600 * 1000),
    });
    if (overeenkomst) uitnodiging.overeenkomst = ref(overeenkomst);
    uitnodiging.deelnemerRol = deelnemerRol;
    await this.em.persistAndFlush(uitnodiging);
    const link = `/uitnodiging/${token}`;
    await this.verzender.verstuur({
      email: uitnodiging.email,
      onderwerp: overeenkomst
        ? `${actor.naam} nodigt ${partij.naam} uit voor "${overeenkomst.titel}"`
        : `${actor.naam} nodigt u uit als lid van ${partij.naam}`,
      tekst: `Open de link om de uitnodiging te accepteren. Zij is ${UITNODIGING_GELDIG_DAGEN} dagen geldig.`,
      link,
    });
    return { uitnodiging, token, link };
  }

  private async nietLaatsteBeheerder(lid: Lidmaatschap): Promise<void> {
    if (!lid.rollen.includes(LidRol.BEHEERDER)) return;
    const beheerders = (await this.em.find(Lidmaatschap, { partij: lid.partij.id })).filter((l) =>
      l.rollen.includes(LidRol.BEHEERDER),
    );
    if (beheerders.length <= 1) {
      throw invalid(
        'input.id',
        'Een partij houdt minstens één beheerder; wijs eerst een andere beheerder aan',
        ErrorCode.IN_GEBRUIK,
      );
    }
  }
}
