import { IsBase64Bestand } from '../common/bestand';
import {
  Args,
  Field,
  GraphQLISODateTime,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { Id, Tekst } from '../common/validation';
import { SjablonenService } from './sjablonen.service';
import { regie, Vereist, zichtbaar } from '../partijen/vereist';

@ObjectType('ExportSjabloon', {
  description: 'Het Word-sjabloon waarmee een overeenkomst wordt geëxporteerd',
})
export class SjabloonModel {
  @Field() naam!: string;
  @Field({ description: 'Een eigen sjabloon van de overeenkomst (anders de standaardhuisstijl)' })
  eigen!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) geuploadOp!: Date | null;
  @Field(() => [String], { description: 'De plaatshouders die het sjabloon bevat' })
  plaatshouders!: string[];
}

@InputType()
export class SjabloonInput {
  @Field(() => ID) @Id() overeenkomstId!: string;
  @Field() @Tekst(200) naam!: string;
  @Field({ description: 'Het .docx-bestand, base64-gecodeerd (hoogstens 5 MB)' })
  @IsBase64Bestand()
  bestand!: string;
}

@Resolver()
export class SjablonenResolver {
  constructor(private readonly sjablonen: SjablonenService) {}

  @Query(() => SjabloonModel)
  @Vereist(zichtbaar('overeenkomstId'))
  async exportSjabloon(
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
  ): Promise<SjabloonModel> {
    const info = await this.sjablonen.info(overeenkomstId);
    return { ...info, geuploadOp: info.eigen ? info.geuploadOp : null };
  }

  @Mutation(() => SjabloonModel, {
    description: 'Zet een eigen Word-sjabloon voor de exports van deze overeenkomst (regie)',
  })
  @Vereist(regie('input.overeenkomstId', 'Het exportsjabloon wijzigen'))
  async uploadExportSjabloon(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: SjabloonInput,
  ): Promise<SjabloonModel> {
    await this.sjablonen.bewaar(actor, input.overeenkomstId, input.naam, input.bestand);
    return this.exportSjabloon(input.overeenkomstId);
  }

  @Mutation(() => SjabloonModel, { description: 'Terug naar de standaardhuisstijl' })
  @Vereist(regie('overeenkomstId', 'Het exportsjabloon wijzigen'))
  async verwijderExportSjabloon(
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
  ): Promise<SjabloonModel> {
    await this.sjablonen.verwijder(overeenkomstId);
    return this.exportSjabloon(overeenkomstId);
  }
}
