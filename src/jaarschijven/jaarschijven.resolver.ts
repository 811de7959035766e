import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { Id, LangeTekst } from '../common/validation';
import { findOrFail } from '../database/find';
import { JaarschijfModel } from '../overeenkomsten/overeenkomst.model';
import { OvereenkomstReader } from '../overeenkomsten/overeenkomst.reader';
import { Jaarschijf } from './jaarschijf.entity';
import { regieVia, Vereist } from '../partijen/vereist';

@InputType()
export class UpdateJaarschijfInput {
  @Field(() => ID) @Id() id!: string;
  @Field({ description: 'Wat er dit jaar centraal staat' }) @LangeTekst(8000) toelichting!: string;
}

/** Jaarschijven follow the periode of their overeenkomst; only their content is edited here. */
@Resolver(() => JaarschijfModel)
export class JaarschijvenResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: OvereenkomstReader,
  ) {}

  @Mutation(() => JaarschijfModel)
  @Vereist(regieVia('jaarschijf', 'input.id', 'De toelichting van een jaarschijf wijzigen'))
  async updateJaarschijf(@Args('input') input: UpdateJaarschijfInput) {
    const jaarschijf = await findOrFail(this.em, Jaarschijf, input.id, 'Jaarschijf');
    jaarschijf.toelichting = input.toelichting;
    await this.em.flush();
    const overeenkomst = await this.reader.overeenkomst(jaarschijf.overeenkomst.id, {
      afspraken: false,
      indicatoren: false,
    });
    return overeenkomst.jaarschijven.find((j) => j.id === jaarschijf.id)!;
  }
}
