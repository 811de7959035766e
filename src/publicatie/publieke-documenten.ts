import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../common/app-error';
import { Deelnemer } from '../overeenkomsten/overeenkomst.entity';
import { type LogoBestand, PartijLogoService } from '../partijen/partij-logo.service';
import { Publicatie } from './publicatie.entity';
import {
  publicatiePaden,
  type PublicatieLijst,
  type PubliekeOvereenkomst,
  SCHEMA_VERSIE,
  SLUG_PATROON,
} from './publieke-inhoud';

const nietGevonden = (slug: string) =>
  new AppError(
    ErrorCode.NOT_FOUND,
    `Publicatie met id ${slug} bestaat niet of is niet zichtbaar`,
    'slug',
  );

/** What the public routes read: only publications that are public now, always the snapshot. */
@Injectable()
export class PubliekeDocumenten {
  constructor(
    private readonly em: EntityManager,
    private readonly logos: PartijLogoService,
  ) {}

  async actief(slug: string): Promise<Publicatie> {
    if (!SLUG_PATROON.test(slug)) throw nietGevonden(slug);
    const publicatie = await this.em.fork().findOne(Publicatie, { slug, ingetrokkenOp: null });
    if (!publicatie) throw nietGevonden(slug);
    return publicatie;
  }

  async docx(slug: string): Promise<{ inhoud: PubliekeOvereenkomst; docx: Buffer }> {
    const publicatie = await this.actief(slug);
    const { docx } = await this.em
      .fork()
      .findOneOrFail(Publicatie, { id: publicatie.id }, { populate: ['docx'] });
    return { inhoud: publicatie.inhoud, docx };
  }

  async pdf(slug: string): Promise<{ inhoud: PubliekeOvereenkomst; pdf: Buffer }> {
    const publicatie = await this.actief(slug);
    const { pdf } = await this.em
      .fork()
      .findOneOrFail(Publicatie, { id: publicatie.id }, { populate: ['pdf'] });
    if (!pdf) throw nietGevonden(slug);
    return { inhoud: publicatie.inhoud, pdf };
  }

  /**
   * The logo of a published agreement's nth partij, as its page shows it: only for a partij the
   * publication lists with a logo. The snapshot names partijen, not ids (nothing internal is
   * public), so the deelnemer is found by that name.
   */
  async logo(slug: string, nummer: string): Promise<LogoBestand> {
    const publicatie = await this.actief(slug);
    const vermelding = /^[1-9]\d{0,2}$/.test(nummer)
      ? publicatie.inhoud.partijen[Number(nummer) - 1]
      : undefined;
    const em = this.em.fork();
    const deelnemer = vermelding?.logo
      ? await em.findOne(Deelnemer, {
          overeenkomst: publicatie.overeenkomst,
          partij: { naam: vermelding.naam },
        })
      : null;
    const logo =
      deelnemer && (await this.logos.bestanden([deelnemer.partij.id])).get(deelnemer.partij.id);
    if (!logo) throw nietGevonden(slug);
    return logo;
  }

  /** Every current publication, newest first; with a gemeente, only those covering it. */
  async lijst(gemeente: string | null): Promise<PublicatieLijst> {
    const alle = await this.em
      .fork()
      .find(
        Publicatie,
        { ingetrokkenOp: null },
        { orderBy: { gepubliceerdOp: 'desc', slug: 'asc' } },
      );
    const gezocht = gemeente?.trim().toLowerCase();
    return {
      schemaVersie: SCHEMA_VERSIE,
      publicaties: alle
        .filter(
          (p) =>
            !gezocht ||
            p.inhoud.gemeenten.some(
              (g) => g.toLowerCase() === gezocht || g.toLowerCase() === `gemeente ${gezocht}`,
            ),
        )
        .map((p) => ({
          slug: p.slug,
          titel: p.inhoud.titel,
          gemeenten: p.inhoud.gemeenten,
          periode: p.inhoud.periode,
          gepubliceerdOp: p.inhoud.gepubliceerdOp,
          pagina: publicatiePaden(p.slug).pagina,
          json: publicatiePaden(p.slug).json,
        })),
    };
  }
}
