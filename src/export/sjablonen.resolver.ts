import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { IsBase64 } from 'class-validator';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { Id, Tekst } from '../common/validation';
import { PermissionsService } from '../partijen/permissions.service';
import { SjablonenService } from './sjablonen.service';

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
  @IsBase64({}, { message: 'moet een base64-gecodeerd bestand zijn' })
  bestand!: string;
}

@Resolver()
export class SjablonenResolver {
  constructor(
    private readonly sjablonen: SjablonenService,
    private readonly permissions: PermissionsService,
  ) {}

  @Query(() => SjabloonModel)
  async exportSjabloon(
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
  ): Promise<SjabloonModel> {
    await this.permissions.zichtbaar(actor, overeenkomstId, 'Overeenkomst', overeenkomstId);
    const info = await this.sjablonen.info(overeenkomstId);
    return { ...info, geuploadOp: info.eigen ? info.geuploadOp : null };
  }

  @Mutation(() => SjabloonModel, {
    description: 'Zet een eigen Word-sjabloon voor de exports van deze overeenkomst (regie)',
  })
  async uploadExportSjabloon(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: SjabloonInput,
  ): Promise<SjabloonModel> {
    await this.permissions.regie(
      actor,
      input.overeenkomstId,
      'Overeenkomst',
      input.overeenkomstId,
      'Het exportsjabloon wijzigen',
    );
    await this.sjablonen.bewaar(actor, input.overeenkomstId, input.naam, input.bestand);
    return this.exportSjabloon(actor, input.overeenkomstId);
  }

  @Mutation(() => SjabloonModel, { description: 'Terug naar de standaardhuisstijl' })
  async verwijderExportSjabloon(
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
  ): Promise<SjabloonModel> {
    await this.permissions.regie(
      actor,
      overeenkomstId,
      'Overeenkomst',
      overeenkomstId,
      'Het exportsjabloon wijzigen',
    );
    await this.sjablonen.verwijder(overeenkomstId);
    return this.exportSjabloon(actor, overeenkomstId);
  }
}
