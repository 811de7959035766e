import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Field, ID, InputType, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Id, LangeTekst } from '../common/validation';
import { findOrFail } from '../database/find';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { Jaarschijf } from './jaarschijf.entity';

@InputType()
export class UpdateJaarschijfInput {
  @Field(() => ID) @Id() id!: string;
  @Field({ description: 'Wat er dit jaar centraal staat' }) @LangeTekst(8000) toelichting!: string;
}

/** Jaarschijven follow the periode of their overeenkomst; only their content is edited here. */
@Resolver(() => Jaarschijf)
export class JaarschijvenResolver {
  constructor(private readonly em: EntityManager) {}

  @Mutation(() => Jaarschijf)
  async updateJaarschijf(@Args('input') input: UpdateJaarschijfInput) {
    const jaarschijf = await findOrFail(this.em, Jaarschijf, input.id, 'Jaarschijf');
    jaarschijf.toelichting = input.toelichting;
    await this.em.flush();
    return jaarschijf;
  }

  @ResolveField(() => Overeenkomst)
  overeenkomst(@Parent() jaarschijf: Jaarschijf) {
    return jaarschijf.overeenkomst.load();
  }
}
