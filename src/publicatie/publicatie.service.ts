import { LockMode, ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { sha256 } from '../audit/canonical';
import { AppError, ErrorCode } from '../common/app-error';
import { Klok } from '../common/klok';
import { type Toestemming, toestemming } from '../common/toestemming';
import { bouwOvereenkomst } from '../export/docx-opbouw';
import { ExportService } from '../export/export.service';
import { PdfExport } from '../export/pdf/pdf-export';
import { PdfOmzetter } from '../export/pdf/pdf-omzetter';
import { GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { VersieStatus, OnderdeelVersie } from '../ondertekening/versie.entities';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { PermissionsService } from '../partijen/permissions.service';
import { type GepubliceerdeVersie, Publicatie } from './publicatie.entity';
import { maakSlug, publiekeInhoud } from './publieke-inhoud';

export const PUBLICEREN = 'Een overeenkomst publiceren';
export const INTREKKEN = 'Een publicatie intrekken';

/**
 * Publication under the Woo: the regie publishes a signed overeenkomst as a snapshot of its
 * signed versions, publishes again after an addendum is signed, or withdraws it with a reason.
 * Each step is audited in its own transaction; the live event follows the commit.
 */
@Injectable()
export class PublicatieService {
  constructor(
    private readonly em: EntityManager,
    private readonly klok: Klok,
    private readonly exports: ExportService,
    private readonly audit: AuditService,
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly permissions: PermissionsService,
    private readonly pdfOmzetter: PdfOmzetter,
    private readonly pdfExport: PdfExport,
  ) {}

  /**
   * The latest signed version of every onderdeel; refused while one has none ("signed" is what
   * the parties signed, in Driehoek or on paper: an addendum under way leaves the last signed
   * version in force, so it does not block).
   */
  async ondertekendeVersies(
    overeenkomstId: string,
    em: EntityManager = this.em.fork(),
  ): Promise<GepubliceerdeVersie[]> {
    const onderdelen = await em.find(
      Onderdeel,
      { overeenkomst: overeenkomstId },
      { orderBy: { volgorde: 'asc', id: 'asc' } },
    );
    const versies = await em.find(
      OnderdeelVersie,
      { overeenkomst: overeenkomstId, status: VersieStatus.ONDERTEKEND },
      { orderBy: { nummer: 'desc' }, fields: ['id', 'nummer', 'hash', 'onderdeel'] },
    );
    const laatste = onderdelen.map((o) => ({
      onderdeel: o,
      versie: versies.find((v) => v.onderdeel.id === o.id),
    }));
    const open = laatste.filter((l) => !l.versie).map((l) => `"${l.onderdeel.titel}"`);
    if (onderdelen.length === 0 || open.length > 0) {
      throw new AppError(
        ErrorCode.NIET_ONDERTEKEND,
        onderdelen.length === 0
          ? 'Deze overeenkomst heeft nog geen onderdelen; publiceren kan pas na ondertekening'
          : `Publiceren kan pas wanneer elk onderdeel is ondertekend; nog niet ondertekend: ${open.join(', ')}`,
        'input.overeenkomstId',
      );
    }
    return laatste.map(({ onderdeel, versie }) => ({
      onderdeelId: onderdeel.id,
      versieId: versie!.id,
      nummer: versie!.nummer,
      hash: versie!.hash,
    }));
  }

  /** Whether the regie may publish now, by the checks `publiceer` runs. */
  magPubliceren(actor: Actor, overeenkomstId: string): Promise<Toestemming> {
    return toestemming(async () => {
      await this.permissions.regie(
        actor,
        overeenkomstId,
        'Overeenkomst',
        overeenkomstId,
        PUBLICEREN,
      );
      const em = this.em.fork();
      const versies = await this.ondertekendeVersies(overeenkomstId, em);
      const bestaand = await em.findOne(Publicatie, { overeenkomst: overeenkomstId });
      if (bestaand) eisNieuwer(bestaand, versies);
    });
  }

  async publiceer(
    actor: Actor,
    input: { overeenkomstId: string; slug?: string | null },
  ): Promise<Publicatie> {
    const { overeenkomstId } = input;
    const versies = await this.ondertekendeVersies(overeenkomstId);
    // Refused before the document and its PDF are made (seconds of LibreOffice for nothing);
    // checked again under the lock below.
    const bestaand = await this.em.fork().findOne(Publicatie, { overeenkomst: overeenkomstId });
    if (bestaand) eisNieuwer(bestaand, versies);
    const gegevens = await this.exports.gegevens(overeenkomstId, { soort: 'ondertekend' });
    // The export picks the latest signed version of each onderdeel too; were one signed in
    // between the two reads, the snapshot would not be the versions it names.
    const getoond = new Set(gegevens.onderdelen.map((o) => o.versie?.hash));
    if (
      gegevens.onderdelen.length !== versies.length ||
      versies.some((v) => !getoond.has(v.hash))
    ) {
      throw new AppError(
        ErrorCode.STATUS_ONJUIST,
        'Er is zojuist een nieuwe versie ondertekend; publiceer opnieuw',
        'input.overeenkomstId',
      );
    }
    const opgemaakt = await this.exports.vul(overeenkomstId, bouwOvereenkomst(gegevens));
    // The PDF/A of that same document, its contents numbered by its own layout, and the Word
    // document with those numbers (the layout is kept, so that costs no second one). Without a
    // converter the publication goes ahead without a PDF (the Word document is the signed text,
    // Word numbers its contents on opening); a converter that fails refuses it.
    const pdf = (await this.pdfOmzetter.beschikbaar()) ? await this.pdfExport.pdf(opgemaakt) : null;
    const docx = await this.pdfExport.docxMetPaginanummers(opgemaakt);
    const op = this.klok.nu();

    const publicatie = await this.em.transactional(async (tx) => {
      const overeenkomst = await tx.findOneOrFail(
        Overeenkomst,
        { id: overeenkomstId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      let publicatie = await tx.findOne(Publicatie, { overeenkomst: overeenkomstId });
      if (publicatie) {
        eisNieuwer(publicatie, versies);
        if (input.slug && input.slug !== publicatie.slug) {
          throw new AppError(
            ErrorCode.VALIDATIE_FOUT,
            `Het adres van deze publicatie is al "${publicatie.slug}" en blijft gelijk, zodat verwijzingen blijven werken`,
            'input.slug',
          );
        }
      }
      const slug =
        publicatie?.slug ??
        (await this.vrijeSlug(tx, input.slug, overeenkomst, gegevens.gemeenten));
      const velden = {
        inhoud: publiekeInhoud(gegevens, slug, op, pdf !== null),
        docx,
        pdf,
        versies,
        gepubliceerdOp: op,
        gepubliceerdDoor: ref(Gebruiker, actor.gebruikerId),
      };
      const opnieuw = publicatie !== null;
      if (publicatie) publicatie.vervang(velden);
      else {
        publicatie = new Publicatie({ overeenkomst: ref(overeenkomst), slug, ...velden });
        tx.persist(publicatie);
      }
      await tx.flush();
      await this.audit.schrijf(
        {
          overeenkomstId,
          actor,
          actie: AuditActie.GEPUBLICEERD,
          onderwerpSoort: 'Publicatie',
          onderwerpId: publicatie.id,
          gegevens: {
            slug,
            opnieuw,
            versies: versies.map((v) => ({
              onderdeelId: v.onderdeelId,
              nummer: v.nummer,
              hash: v.hash,
            })),
            docxSha256: sha256(docx),
            pdfSha256: pdf ? sha256(pdf) : null,
          },
        },
        tx,
      );
      return publicatie;
    });
    this.gebeurtenissen.meldDeel(GebeurtenisSoort.PUBLICATIE, actor, {
      overeenkomstId,
      onderwerpId: publicatie.id,
    });
    return publicatie;
  }

  async trekIn(
    actor: Actor,
    input: { overeenkomstId: string; reden: string },
  ): Promise<Publicatie> {
    const { overeenkomstId } = input;
    const publicatie = await this.em.transactional(async (tx) => {
      await tx.findOneOrFail(
        Overeenkomst,
        { id: overeenkomstId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const publicatie = await tx.findOne(Publicatie, { overeenkomst: overeenkomstId });
      if (!publicatie?.actief) {
        throw new AppError(
          ErrorCode.NIET_GEPUBLICEERD,
          publicatie
            ? `Deze publicatie is al ingetrokken`
            : 'Deze overeenkomst is niet gepubliceerd; er is niets in te trekken',
          'input.overeenkomstId',
        );
      }
      publicatie.trekIn(this.klok.nu(), input.reden);
      await tx.flush();
      await this.audit.schrijf(
        {
          overeenkomstId,
          actor,
          actie: AuditActie.PUBLICATIE_INGETROKKEN,
          onderwerpSoort: 'Publicatie',
          onderwerpId: publicatie.id,
          gegevens: { slug: publicatie.slug, reden: input.reden },
        },
        tx,
      );
      return publicatie;
    });
    this.gebeurtenissen.meldDeel(GebeurtenisSoort.PUBLICATIE, actor, {
      overeenkomstId,
      onderwerpId: publicatie.id,
    });
    return publicatie;
  }

  /** The publication of an overeenkomst (also a withdrawn one), with whether it is outdated. */
  async van(
    overeenkomstId: string,
  ): Promise<{ publicatie: Publicatie; verouderd: boolean } | null> {
    const em = this.em.fork();
    const publicatie = await em.findOne(Publicatie, { overeenkomst: overeenkomstId });
    if (!publicatie) return null;
    const nu = await this.ondertekendeVersies(overeenkomstId, em).catch(() => null);
    const verouderd = nu !== null && !zelfdeVersies(publicatie.versies, nu);
    return { publicatie, verouderd };
  }

  /** The chosen slug, or one made from gemeente, title and period, not yet taken. */
  private async vrijeSlug(
    tx: EntityManager,
    gekozen: string | null | undefined,
    overeenkomst: Overeenkomst,
    gemeenten: string[],
  ): Promise<string> {
    if (gekozen) {
      if (await tx.count(Publicatie, { slug: gekozen })) {
        throw new AppError(
          ErrorCode.AL_AANWEZIG,
          `Het adres "${gekozen}" is al in gebruik voor een andere publicatie; kies een ander`,
          'input.slug',
        );
      }
      return gekozen;
    }
    const basis = maakSlug([
      ...gemeenten,
      overeenkomst.titel,
      `${overeenkomst.startjaar}-${overeenkomst.eindjaar}`,
    ]);
    const bezet = new Set(
      (await tx.find(Publicatie, { slug: { $like: `${basis}%` } }, { fields: ['slug'] })).map(
        (p) => p.slug,
      ),
    );
    let slug = basis;
    for (let n = 2; bezet.has(slug); n++) slug = `${basis}-${n}`;
    return slug;
  }
}

function zelfdeVersies(a: readonly GepubliceerdeVersie[], b: readonly GepubliceerdeVersie[]) {
  return a.length === b.length && a.every((v, i) => v.versieId === b[i]!.versieId);
}

/** Publishing again only makes sense once it was withdrawn or a newer version was signed. */
function eisNieuwer(publicatie: Publicatie, versies: readonly GepubliceerdeVersie[]): void {
  if (publicatie.actief && zelfdeVersies(publicatie.versies, versies)) {
    throw new AppError(
      ErrorCode.AL_GEPUBLICEERD,
      `Deze overeenkomst is al gepubliceerd op /publicatie/${publicatie.slug}, met de laatst ondertekende versies`,
      'input.overeenkomstId',
    );
  }
}
