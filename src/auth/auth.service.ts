import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppError, ErrorCode } from '../common/app-error';
import { AppSecret } from '../database/app-secret.entity';
import { Actor } from './actor';
import { AuthReader, type LidRow } from './auth.reader';
import { ToegangEvents } from '../partijen/toegang-events';
import {
  ExportTicket,
  Gebruiker,
  LoginPoging,
  normaliseerEmail,
  Sessie,
  VervangenVernieuwToken,
} from './gebruiker.entity';
import { hashToken, newToken } from './tokens';
import { controleerWachtwoord, ONBEKEND_ACCOUNT_HASH } from './wachtwoord';

export interface AuthSettings {
  /** Lifetime of an access token, in seconds. */
  accessTokenSeconds: number;
  /** Lifetime of a renewal token, in seconds. */
  vernieuwTokenSeconds: number;
  /** Failed logins within the window that lock an account. */
  maxMisluktPerAccount: number;
  /** Failed logins within the window that block an address. */
  maxMisluktPerAdres: number;
  vensterMinuten: number;
  /** How long login attempts are kept; the lockout only looks back over the window. */
  loginPogingBewaarUren: number;
  /** Lifetime of a one-time export ticket, in seconds. */
  exportTicketSeconden: number;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  accessTokenSeconds: 15 * 60,
  vernieuwTokenSeconds: 30 * 24 * 3600,
  maxMisluktPerAccount: 10,
  maxMisluktPerAdres: 50,
  vensterMinuten: 10,
  // A day of attempts to look into an attack afterwards; older ones serve nothing.
  loginPogingBewaarUren: 24,
  exportTicketSeconden: 60,
};

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

export interface Tokens {
  accessToken: string;
  vernieuwToken: string;
  verlooptOp: Date;
}

export interface AccessClaims {
  sub: string;
  sid: string;
}

const ONGELDIG = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, 'Uw sessie is verlopen of ongeldig; log opnieuw in');

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  private secret?: string;
  private verificatieSleutel?: KeyObject;

  constructor(
    private readonly em: EntityManager,
    private readonly jwt: JwtService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
    private readonly toegang: ToegangEvents,
    private readonly reader: AuthReader,
  ) {}

  /**
   * The signing key: JWT_SECRET when set, otherwise one generated on first start and kept in the
   * database, so tokens survive restarts and every instance on the same database accepts them.
   */
  async signingSecret(): Promise<string> {
    if (this.secret) return this.secret;
    if (process.env.JWT_SECRET) return (this.secret = process.env.JWT_SECRET);
    await this.reader.bewaarSleutelTenzijAanwezig(randomBytes(48).toString('base64url'));
    this.secret = (await this.em.fork().findOneOrFail(AppSecret, { naam: 'jwt' })).waarde;
    return this.secret;
  }

  async login(email: string, wachtwoord: string, adres: string): Promise<Tokens> {
    const em = this.em.fork();
    const normaal = normaliseerEmail(email);
    await this.checkNietGeblokkeerd(em, normaal, adres);
    const gebruiker = await em.findOne(
      Gebruiker,
      { email: normaal },
      { populate: ['wachtwoordHash'] },
    );
    const klopt = await controleerWachtwoord(
      gebruiker?.wachtwoordHash ?? ONBEKEND_ACCOUNT_HASH,
      wachtwoord,
    );
    em.persist(new LoginPoging(normaal, adres, klopt && !!gebruiker));
    await em.nativeDelete(LoginPoging, {
      tijd: { $lt: new Date(Date.now() - this.settings.loginPogingBewaarUren * 3_600_000) },
    });
    if (!gebruiker || !klopt) {
      await em.flush();
      this.logger.warn(`Mislukte login voor ${normaal} vanaf ${adres}`);
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'E-mailadres of wachtwoord onjuist');
    }
    const { token, hash } = newToken();
    const sessie = new Sessie(gebruiker, hash, this.vernieuwVerloop());
    em.persist(sessie);
    await em.flush();
    return { ...(await this.accessToken(gebruiker.id, sessie.id)), vernieuwToken: token };
  }

  /**
   * Confirms the logged-in person's password for a weighty act (signing). Failures count as
   * failed logins, so the same throttle stops someone guessing at an unattended session.
   */
  async bevestigWachtwoord(actor: Actor, wachtwoord: string): Promise<void> {
    const em = this.em.fork();
    const adres = `sessie:${actor.sessieId}`;
    await this.checkNietGeblokkeerd(em, actor.email, adres);
    const gebruiker = await em.findOneOrFail(
      Gebruiker,
      { id: actor.gebruikerId },
      { populate: ['wachtwoordHash'] },
    );
    const klopt = await controleerWachtwoord(gebruiker.wachtwoordHash, wachtwoord);
    if (klopt) return;
    em.persist(new LoginPoging(actor.email, adres, false));
    await em.flush();
    throw new AppError(
      ErrorCode.WACHTWOORD_ONJUIST,
      'Het wachtwoord klopt niet',
      'input.wachtwoord',
    );
  }

  /**
   * Exchanges a renewal token for a new pair; the old renewal token stops working. A token can be
   * exchanged once, also when it is sent several times at once: the exchange is a conditional
   * update that only one request can win. A token that was already exchanged ends its session,
   * with every token issued from it (OAuth 2.0 security BCP: refresh-token reuse detection).
   */
  async vernieuw(vernieuwToken: string): Promise<Tokens> {
    const oud = hashToken(vernieuwToken);
    const { token, hash } = newToken();
    const uitkomst = await this.em.fork().transactional(async (em) => {
      const sessie = await em.findOne(Sessie, { vernieuwHash: oud });
      if (!sessie) {
        const vervangen = await em.findOne(VervangenVernieuwToken, { hash: oud });
        return vervangen ? await this.trekIn(em, vervangen.sessie.id) : undefined;
      }
      if (!sessie.geldig) return undefined;
      // Checked again under the row lock: of simultaneous exchanges only the first matches.
      const gewisseld = await em.nativeUpdate(
        Sessie,
        { id: sessie.id, vernieuwHash: oud, ingetrokkenOp: null },
        { vernieuwHash: hash, verlooptOp: this.vernieuwVerloop(), updatedAt: new Date() },
      );
      if (gewisseld !== 1) return await this.trekIn(em, sessie.id);
      em.persist(
        new VervangenVernieuwToken(oud, em.getReference(Sessie, sessie.id, { wrapped: true })),
      );
      return sessie;
    });
    if (!(uitkomst instanceof Sessie)) throw ONGELDIG();
    return {
      ...(await this.accessToken(uitkomst.gebruiker.id, uitkomst.id)),
      vernieuwToken: token,
    };
  }

  /** Ends a session whose renewal token was used twice; its access tokens stop working too. */
  private async trekIn(em: EntityManager, sessieId: string): Promise<'ingetrokken'> {
    await em.nativeUpdate(
      Sessie,
      { id: sessieId, ingetrokkenOp: null },
      { ingetrokkenOp: new Date() },
    );
    this.logger.warn(
      `Een al gebruikt vernieuwtoken werd opnieuw aangeboden; sessie ${sessieId} is beëindigd`,
    );
    return 'ingetrokken';
  }

  /**
   * A one-time ticket for one export URL (path and query), valid for a minute: the link can be
   * opened without the access token in it.
   */
  async exportTicket(actor: Actor, url: string): Promise<{ url: string; verlooptOp: Date }> {
    const pad = exportPad(url);
    if (!pad)
      throw new AppError(
        ErrorCode.VALIDATIE_FOUT,
        'Ongeldige invoer: input.pad moet een exportadres zijn (/export/…)',
        'input.pad',
      );
    const { token, hash } = newToken();
    const verlooptOp = new Date(Date.now() + this.settings.exportTicketSeconden * 1000);
    const em = this.em.fork();
    await em.nativeDelete(ExportTicket, { verlooptOp: { $lt: new Date() } });
    em.persist(
      new ExportTicket(
        hash,
        em.getReference(Sessie, actor.sessieId, { wrapped: true }),
        pad,
        verlooptOp,
      ),
    );
    await em.flush();
    return { url: `${pad}${pad.includes('?') ? '&' : '?'}ticket=${token}`, verlooptOp };
  }

  /**
   * The person behind an export ticket, for the URL it was issued for. The ticket is used up
   * whatever the outcome; of simultaneous uses only one gets through (the delete decides).
   */
  async actorVoorTicket(ticket: string, url: string): Promise<Actor> {
    const hash = hashToken(ticket);
    const gevonden = await this.em.fork().transactional(async (em) => {
      const rij = await em.findOne(ExportTicket, { hash }, { populate: ['sessie'] });
      if (!rij || (await em.nativeDelete(ExportTicket, { hash })) !== 1) return undefined;
      return rij;
    });
    if (!gevonden || gevonden.verlooptOp.getTime() <= Date.now() || gevonden.pad !== exportPad(url))
      throw new AppError(
        ErrorCode.UNAUTHENTICATED,
        'Deze downloadlink is verlopen, al gebruikt of ongeldig; vraag een nieuwe aan',
      );
    const sessie = gevonden.sessie.getEntity();
    return this.actorVoorSessie({ sub: sessie.gebruiker.id, sid: sessie.id });
  }

  async logout(actor: Actor): Promise<void> {
    await this.em
      .fork()
      .nativeUpdate(Sessie, { id: actor.sessieId }, { ingetrokkenOp: new Date() });
  }

  /** The person behind an access token, with their memberships as they are now. */
  async actor(accessToken: string): Promise<Actor> {
    return this.actorVoorSessie(await this.verifieer(accessToken));
  }

  /** Checks an access token's signature and expiry; a token without expiry is refused. */
  async verifieer(accessToken: string): Promise<AccessClaims> {
    try {
      // jsonwebtoken turns a string secret into a key on every call, first trying it as a public
      // key (which throws); this runs on every request, so the key is made once. @nestjs/jwt
      // passes the secret on to jsonwebtoken unchanged, which takes a KeyObject.
      this.verificatieSleutel ??= createSecretKey(Buffer.from(await this.signingSecret()));
      const claims = await this.jwt.verifyAsync<AccessClaims & { exp?: unknown }>(accessToken, {
        secret: this.verificatieSleutel as unknown as Buffer,
        algorithms: ['HS256'],
      });
      // jsonwebtoken checks exp only when present; a token that never expires is not one of ours.
      if (typeof claims.exp !== 'number') throw ONGELDIG();
      return claims;
    } catch {
      throw ONGELDIG();
    }
  }

  /**
   * The person of a session as they are now; fails when the session was ended. Long-lived
   * connections (the co-editor) ask this again when memberships change.
   */
  async actorVoorSessie(claims: AccessClaims): Promise<Actor> {
    const rows = await this.reader.sessieMetLeden(claims.sid, claims.sub);
    const eerste = rows[0];
    if (!eerste || eerste.ingetrokken_op) throw ONGELDIG();
    const leden = rows.filter((r): r is LidRow => r.partij_id !== null);
    return new Actor(
      claims.sub,
      claims.sid,
      eerste.email,
      eerste.naam,
      leden.map((r) => ({
        partijId: r.partij_id,
        partijNaam: r.partij_naam,
        partijSoort: r.partij_soort,
        rollen: r.rollen,
      })),
    );
  }

  private async accessToken(
    gebruikerId: string,
    sessieId: string,
  ): Promise<Omit<Tokens, 'vernieuwToken'>> {
    const claims: AccessClaims = { sub: gebruikerId, sid: sessieId };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: await this.signingSecret(),
      algorithm: 'HS256',
      expiresIn: this.settings.accessTokenSeconds,
    });
    return {
      accessToken,
      verlooptOp: new Date(Date.now() + this.settings.accessTokenSeconds * 1000),
    };
  }

  private vernieuwVerloop(): Date {
    return new Date(Date.now() + this.settings.vernieuwTokenSeconds * 1000);
  }

  private async checkNietGeblokkeerd(
    em: EntityManager,
    email: string,
    adres: string,
  ): Promise<void> {
    const sinds = new Date(Date.now() - this.settings.vensterMinuten * 60_000);
    const [perAccount, perAdres] = await Promise.all([
      em.find(
        LoginPoging,
        { email, gelukt: false, tijd: { $gte: sinds } },
        { orderBy: { tijd: 'desc' }, fields: ['tijd'] },
      ),
      em.count(LoginPoging, { adres, gelukt: false, tijd: { $gte: sinds } }),
    ]);
    const accountVol = perAccount.length >= this.settings.maxMisluktPerAccount;
    if (!accountVol && perAdres < this.settings.maxMisluktPerAdres) return;
    // The block lifts when the oldest counted failure leaves the window.
    const vrijOp = accountVol
      ? perAccount[this.settings.maxMisluktPerAccount - 1]!.tijd.getTime() +
        this.settings.vensterMinuten * 60_000
      : Date.now() + this.settings.vensterMinuten * 60_000;
    const minuten = Math.max(1, Math.ceil((vrijOp - Date.now()) / 60_000));
    throw new AppError(
      ErrorCode.LOGIN_GEBLOKKEERD,
      `Te veel mislukte inlogpogingen${accountVol ? ' voor dit account' : ' vanaf dit adres'}. ` +
        `Probeer het over ${minuten} ${minuten === 1 ? 'minuut' : 'minuten'} opnieuw.`,
    );
  }
}

/**
 * The path and query of an export URL without its ticket, the same for the URL a ticket is asked
 * for and the one it is used on; null for anything that is not an export.
 */
export function exportPad(url: string): string | null {
  let adres: URL;
  try {
    adres = new URL(url, 'http://driehoek.invalid');
  } catch {
    return null;
  }
  if (adres.origin !== 'http://driehoek.invalid' || !adres.pathname.startsWith('/export/'))
    return null;
  adres.searchParams.delete('ticket');
  return `${adres.pathname}${adres.search}`;
}
