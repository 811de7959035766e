import {
  Args,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { IsBase64Bestand } from '../common/bestand';
import { IdInput } from '../common/id.input';
import { Id } from '../common/validation';
import { PartijModel } from './partij.model';
import { PartijLogoService } from './partij-logo.service';
import { partijBeheer, Vereist } from './vereist';

@InputType({ description: 'Een logo van een partij: PNG of JPEG, hoogstens 512 KB' })
export class PartijLogoInput {
  @Field(() => ID) @Id() partijId!: string;
  @Field({ description: 'De afbeelding, base64-gecodeerd' })
  @IsBase64Bestand()
  logo!: string;
}

@ObjectType('PartijLogo', {
  description: 'Het logo van een partij, op het voorblad van haar overeenkomsten',
})
export class PartijLogoModel {
  @Field({ description: 'image/png of image/jpeg' }) mimeType!: string;
  @Field(() => Int, { description: 'In pixels' }) breedte!: number;
  @Field(() => Int, { description: 'In pixels' }) hoogte!: number;
  @Field(() => Int, { description: 'In bytes' }) grootte!: number;
  @Field({ description: 'SHA-256 van het bestand, hexadecimaal' }) sha256!: string;
  @Field({ description: 'De afbeelding als data:-adres, om te tonen' }) dataUrl!: string;
}

@Resolver(() => PartijModel)
export class PartijLogoResolver {
  constructor(private readonly service: PartijLogoService) {}

  @Mutation(() => PartijLogoModel, {
    description: 'Zet of vervangt het logo van een partij (een beheerder van de partij)',
  })
  @Vereist(partijBeheer('input.partijId'))
  async zetPartijLogo(@HuidigeGebruiker() actor: Actor, @Args('input') input: PartijLogoInput) {
    const logo = await this.service.zet(actor, input.partijId, input.logo);
    return { ...logo, dataUrl: `data:${logo.mimeType};base64,${input.logo}` };
  }

  @Mutation(() => Boolean, {
    description: 'Verwijdert het logo van een partij; false als er geen was',
  })
  @Vereist(partijBeheer('input.id'))
  verwijderPartijLogo(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    return this.service.verwijder(actor, input.id);
  }

  @ResolveField('logo', () => PartijLogoModel, { nullable: true })
  async logo(@Parent() partij: Pick<PartijModel, 'id'>): Promise<PartijLogoModel | null> {
    const logo = (await this.service.bestanden([partij.id])).get(partij.id);
    if (!logo) return null;
    return {
      mimeType: logo.mimeType,
      breedte: logo.breedte,
      hoogte: logo.hoogte,
      grootte: logo.grootte,
      sha256: logo.sha256,
      dataUrl: `data:${logo.mimeType};base64,${logo.bestand.toString('base64')}`,
    };
  }
}
