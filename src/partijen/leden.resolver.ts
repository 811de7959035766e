import {
  Args,
  Context,
  Field,
  GraphQLISODateTime,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { type Actor, HuidigeGebruiker, Public, type RequestWithActor } from '../auth/actor';
import { TokensModel } from '../auth/auth.resolver';
import { IdInput } from '../common/id.input';
import { DeelnemerRol } from '../overeenkomsten/overeenkomst.entity';
import {
  AccepteerUitnodigingInput,
  NodigLidUitInput,
  NodigPartijUitInput,
  WijzigLidInput,
} from './leden.inputs';
import { LedenService, type UitnodigingUitkomst } from './leden.service';
import { LidRol, type Lidmaatschap } from './lidmaatschap.entity';
import { partijModel, PartijModel } from './partij.model';
import { UitnodigingSoort, type Uitnodiging } from './uitnodiging.entity';

@ObjectType('Lid', { description: 'Een persoon die namens een partij werkt' })
export class LidModel {
  @Field(() => ID) id!: string;
  @Field() naam!: string;
  @Field() email!: string;
  @Field(() => [LidRol]) rollen!: LidRol[];
  @Field(() => PartijModel) partij!: PartijModel;
}

@ObjectType('Uitnodiging')
export class UitnodigingModel {
  @Field(() => ID) id!: string;
  @Field(() => UitnodigingSoort) soort!: UitnodigingSoort;
  @Field() email!: string;
  @Field(() => PartijModel) partij!: PartijModel;
  @Field(() => [LidRol]) rollen!: LidRol[];
  @Field(() => DeelnemerRol, { nullable: true }) deelnemerRol!: DeelnemerRol | null;
  @Field(() => GraphQLISODateTime) verlooptOp!: Date;
}

@ObjectType('NieuweUitnodiging', {
  description: 'De uitnodiging met haar eenmalige token; alleen nu te zien',
})
export class NieuweUitnodigingModel {
  @Field(() => UitnodigingModel) uitnodiging!: UitnodigingModel;
  @Field() token!: string;
  @Field({ description: 'Relatief pad om de uitnodiging te openen' }) link!: string;
}

function lidModel(lid: Lidmaatschap): LidModel {
  const gebruiker = lid.gebruiker.getEntity();
  return {
    id: lid.id,
    naam: gebruiker.naam,
    email: gebruiker.email,
    rollen: lid.rollen,
    partij: partijModel(lid.partij.getEntity()),
  };
}

function uitnodigingModel(u: Uitnodiging): UitnodigingModel {
  return {
    id: u.id,
    soort: u.soort,
    email: u.email,
    partij: partijModel(u.partij.getEntity()),
    rollen: u.rollen,
    deelnemerRol: u.deelnemerRol ?? null,
    verlooptOp: u.verlooptOp,
  };
}

function nieuw(uitkomst: UitnodigingUitkomst): NieuweUitnodigingModel {
  return {
    uitnodiging: uitnodigingModel(uitkomst.uitnodiging),
    token: uitkomst.token,
    link: uitkomst.link,
  };
}

@Resolver()
export class LedenResolver {
  constructor(private readonly service: LedenService) {}

  @Query(() => [LidModel], { description: 'De leden van een partij (voor leden van die partij)' })
  async leden(
    @HuidigeGebruiker() actor: Actor,
    @Args('partijId', { type: () => ID }) partijId: string,
  ) {
    return (await this.service.leden(actor, partijId)).map(lidModel);
  }

  @Mutation(() => NieuweUitnodigingModel, {
    description: 'Een beheerder nodigt iemand uit als lid van de partij',
  })
  async nodigLidUit(@HuidigeGebruiker() actor: Actor, @Args('input') input: NodigLidUitInput) {
    return nieuw(await this.service.nodigLidUit(actor, input));
  }

  @Mutation(() => LidModel)
  async wijzigLid(@HuidigeGebruiker() actor: Actor, @Args('input') input: WijzigLidInput) {
    const lid = await this.service.wijzigLid(actor, input);
    return lidModel(lid);
  }

  @Mutation(() => ID, { description: 'Haalt een lid weg; zijn toegang vervalt direct' })
  verwijderLid(@HuidigeGebruiker() actor: Actor, @Args('input') input: IdInput) {
    return this.service.verwijderLid(actor, input.id);
  }

  @Mutation(() => NieuweUitnodigingModel, {
    description: 'De regievoerder nodigt een partij uit om deel te nemen',
  })
  async nodigPartijUit(
    @HuidigeGebruiker() actor: Actor,
    @Args('input') input: NodigPartijUitInput,
  ) {
    return nieuw(await this.service.nodigPartijUit(actor, input));
  }

  @Query(() => [UitnodigingModel], {
    description: 'Openstaande uitnodigingen van een overeenkomst (voor de regievoerder)',
  })
  async uitnodigingen(
    @HuidigeGebruiker() actor: Actor,
    @Args('overeenkomstId', { type: () => ID }) overeenkomstId: string,
  ) {
    return (await this.service.openUitnodigingen(actor, overeenkomstId)).map(uitnodigingModel);
  }

  @Public()
  @Mutation(() => TokensModel, { description: 'Accepteert een uitnodiging en logt in' })
  accepteerUitnodiging(
    @Args('input') input: AccepteerUitnodigingInput,
    @Context('req') req: RequestWithActor,
  ) {
    return this.service.accepteer(input, req.ip ?? 'onbekend');
  }
}
