import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../common/app-error';
import type { Page } from '../common/pagination';
import { findOrFail } from '../database/find';
import { Deelnemer } from '../overeenkomsten/overeenkomst.entity';
import { Partij } from './partij.entity';
import type {
  CreatePartijInput,
  PartijFilter,
  PartijGegevensInput,
  UpdatePartijInput,
} from './partij.inputs';

@Injectable()
export class PartijenService {
  constructor(private readonly em: EntityManager) {}

  async list(filter: PartijFilter | undefined, take: number, skip: number): Promise<Page<Partij>> {
    const [items, total] = await this.em.findAndCount(
      Partij,
      {
        ...(filter?.soort ? { soort: filter.soort } : {}),
        ...(filter?.zoek ? { naam: { $ilike: `%${escapeLike(filter.zoek)}%` } } : {}),
      },
      { orderBy: { naam: 'asc' }, limit: take, offset: skip },
    );
    return { items, total };
  }

  get(id: string): Promise<Partij> {
    return findOrFail(this.em, Partij, id, 'Partij');
  }

  async create(input: CreatePartijInput): Promise<Partij> {
    const partij = new Partij(input.naam, input.soort, input.regio);
    this.em.assign(partij, gegevens(input));
    await this.em.persistAndFlush(partij);
    return partij;
  }

  async update(input: UpdatePartijInput): Promise<Partij> {
    const partij = await this.get(input.id);
    if (input.soort && input.soort !== partij.soort && (await this.isDeelnemer(partij))) {
      throw new AppError(
        ErrorCode.IN_GEBRUIK,
        'De soort van een partij die al deelneemt aan een overeenkomst kan niet worden gewijzigd',
        'input.soort',
      );
    }
    this.em.assign(partij, {
      ...(input.naam !== undefined ? { naam: input.naam } : {}),
      ...(input.soort !== undefined ? { soort: input.soort } : {}),
      ...(input.regio !== undefined ? { regio: input.regio } : {}),
      ...gegevens(input),
    });
    await this.em.flush();
    return partij;
  }

  async delete(id: string): Promise<string> {
    const partij = await this.get(id);
    if (await this.isDeelnemer(partij)) {
      throw new AppError(
        ErrorCode.IN_GEBRUIK,
        `${partij.naam} neemt deel aan een overeenkomst; haal de partij daar eerst weg`,
        'input.id',
      );
    }
    await this.em.removeAndFlush(partij);
    return id;
  }

  private async isDeelnemer(partij: Partij): Promise<boolean> {
    return (await this.em.count(Deelnemer, { partij })) > 0;
  }
}

const GEGEVENS = [
  'statutaireNaam',
  'vestigingsplaats',
  'kvkNummer',
  'vertegenwoordiger',
  'vertegenwoordigerFunctie',
] as const;

/** The formal data given (null clears a field; a field left out stays as it is). */
function gegevens(input: PartijGegevensInput): Partial<Pick<Partij, (typeof GEGEVENS)[number]>> {
  return Object.fromEntries(
    GEGEVENS.filter((k) => input[k] !== undefined).map((k) => [k, input[k]?.trim() || null]),
  );
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
