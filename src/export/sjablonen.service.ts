import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { patchDetector } from 'docx';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AppError, ErrorCode } from '../common/app-error';
import { Klok } from '../common/klok';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { ExportSjabloon } from './sjabloon.entity';

/** Placeholders a template must hold, and those it may hold. */
export const VERPLICHTE_PLAATSHOUDERS = ['inhoud'] as const;
export const PLAATSHOUDERS = [
  'titel',
  'periode',
  'gemeenten',
  'status',
  'partijen',
  'inhoud',
] as const;
const MAX_BYTES = 5 * 1024 * 1024;

/** From src/export or dist/src/export up to the repository's templates folder. */
const TEMPLATES = [
  resolve(__dirname, '..', '..', 'templates'),
  resolve(__dirname, '..', '..', '..', 'templates'),
].find((map) => existsSync(resolve(map, 'huisstijl.docx')));

@Injectable()
export class SjablonenService {
  private standaard?: Promise<Buffer>;

  constructor(
    private readonly em: EntityManager,
    private readonly klok: Klok,
  ) {}

  /** The overeenkomst's own template, or the default house style. */
  async voor(overeenkomstId: string): Promise<Buffer> {
    const eigen = await this.em
      .fork()
      .findOne(
        ExportSjabloon,
        { overeenkomst: overeenkomstId },
        { fields: ['bestand'], populate: ['bestand'] },
      );
    if (eigen) return eigen.bestand;
    if (!TEMPLATES) throw new Error('templates/huisstijl.docx ontbreekt');
    this.standaard ??= readFile(resolve(TEMPLATES, 'huisstijl.docx'));
    return this.standaard;
  }

  async info(
    overeenkomstId: string,
  ): Promise<{ naam: string; geuploadOp: Date; eigen: boolean; plaatshouders: string[] }> {
    const eigen = await this.em.fork().findOne(ExportSjabloon, { overeenkomst: overeenkomstId });
    const bestand = await this.voor(overeenkomstId);
    return {
      naam: eigen?.naam ?? 'Driehoek-huisstijl (standaard)',
      geuploadOp: eigen?.geuploadOp ?? new Date(0),
      eigen: !!eigen,
      plaatshouders: [...(await patchDetector({ data: bestand }))].sort(),
    };
  }

  /** Stores a gemeente's template after checking it is a Word document with the placeholders. */
  async bewaar(actor: Actor, overeenkomstId: string, naam: string, base64: string): Promise<void> {
    const bestand = Buffer.from(base64, 'base64');
    if (bestand.length === 0 || bestand.length > MAX_BYTES) {
      throw new AppError(
        ErrorCode.SJABLOON_ONGELDIG,
        `Een sjabloon is een .docx-bestand van hoogstens 5 MB`,
        'input.bestand',
      );
    }
    let gevonden: readonly string[];
    try {
      gevonden = await patchDetector({ data: bestand });
    } catch {
      throw new AppError(
        ErrorCode.SJABLOON_ONGELDIG,
        'Dit is geen Word-document (.docx)',
        'input.bestand',
      );
    }
    const ontbreekt = VERPLICHTE_PLAATSHOUDERS.filter((p) => !gevonden.includes(p));
    if (ontbreekt.length) {
      throw new AppError(
        ErrorCode.SJABLOON_ONGELDIG,
        `Het sjabloon mist de plaatshouder ${ontbreekt.map((p) => `{{${p}}}`).join(', ')}; zet die in een eigen alinea op de plek waar de afspraken moeten komen`,
        'input.bestand',
      );
    }
    const em = this.em.fork();
    const bestaand = await em.findOne(ExportSjabloon, { overeenkomst: overeenkomstId });
    const sjabloon =
      bestaand ??
      em.create(ExportSjabloon, {
        overeenkomst: ref(Overeenkomst, overeenkomstId),
        naam,
        bestand,
        door: ref(Gebruiker, actor.gebruikerId),
        geuploadOp: this.klok.nu(),
      });
    Object.assign(sjabloon, {
      naam,
      bestand,
      door: ref(Gebruiker, actor.gebruikerId),
      geuploadOp: this.klok.nu(),
    });
    await em.persistAndFlush(sjabloon);
  }

  async verwijder(overeenkomstId: string): Promise<void> {
    await this.em.fork().nativeDelete(ExportSjabloon, { overeenkomst: overeenkomstId });
  }
}
