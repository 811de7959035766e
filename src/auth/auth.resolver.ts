import {
  Args,
  Context,
  Field,
  GraphQLISODateTime,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import { LidRol } from '../partijen/lidmaatschap.entity';
import { partijModel, PartijModel } from '../partijen/partij.model';
import { Partij } from '../partijen/partij.entity';
import { EntityManager } from '@mikro-orm/postgresql';
import { Email, Tekst } from '../common/validation';
import { type Actor, HuidigeGebruiker, Public, type RequestWithActor } from './actor';
import { AuthService } from './auth.service';

@InputType()
export class LoginInput {
  @Field() @Email() email!: string;
  @Field() @Tekst(200) wachtwoord!: string;
}

@InputType()
export class VernieuwInput {
  @Field() @Tekst(200) vernieuwToken!: string;
}

@InputType()
export class ExportTicketInput {
  @Field({ description: 'Pad en query van de export, bijv. /export/overeenkomsten/<id>.docx' })
  @Tekst(2000)
  pad!: string;
}

@ObjectType('ExportTicket', { description: 'Een eenmalige downloadlink voor één export' })
export class ExportTicketModel {
  @Field({ description: 'Het exportadres met het ticket erin; één keer te openen' }) url!: string;
  @Field(() => GraphQLISODateTime, { description: 'Tot wanneer de link werkt' })
  verlooptOp!: Date;
}

@ObjectType('Tokens', {
  description: 'Een kortlevend toegangstoken en een token om het te vernieuwen',
})
export class TokensModel {
  @Field({ description: 'Meesturen als "Authorization: Bearer …"' }) accessToken!: string;
  @Field({ description: 'Eenmalig te gebruiken in vernieuwToken' }) vernieuwToken!: string;
  @Field(() => GraphQLISODateTime, { description: 'Wanneer het toegangstoken verloopt' })
  verlooptOp!: Date;
}

@ObjectType('MijnLidmaatschap')
export class MijnLidmaatschapModel {
  @Field(() => PartijModel) partij!: PartijModel;
  @Field(() => [LidRol]) rollen!: LidRol[];
}

@ObjectType('Ik', { description: 'De ingelogde gebruiker' })
export class IkModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() naam!: string;
  @Field(() => [MijnLidmaatschapModel]) lidmaatschappen!: MijnLidmaatschapModel[];
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly em: EntityManager,
  ) {}

  @Public()
  @Mutation(() => TokensModel, {
    description: 'Inloggen; na 10 mislukte pogingen in 10 minuten wacht het account even',
  })
  login(@Args('input') input: LoginInput, @Context('req') req: RequestWithActor) {
    return this.auth.login(input.email, input.wachtwoord, req.ip ?? 'onbekend');
  }

  @Public()
  @Mutation(() => TokensModel, {
    description: 'Een nieuw toegangstoken; het gebruikte vernieuwtoken vervalt',
  })
  vernieuwToken(@Args('input') input: VernieuwInput) {
    return this.auth.vernieuw(input.vernieuwToken);
  }

  @Mutation(() => ExportTicketModel, {
    description:
      'Een downloadlink voor één export, zonder toegangstoken erin: één keer te gebruiken, binnen 60 seconden',
  })
  exportTicket(@Args('input') input: ExportTicketInput, @HuidigeGebruiker() actor: Actor) {
    return this.auth.exportTicket(actor, input.pad);
  }

  @Mutation(() => Boolean, { description: 'Uitloggen: de sessie en haar tokens vervallen direct' })
  async logout(@HuidigeGebruiker() actor: Actor) {
    await this.auth.logout(actor);
    return true;
  }

  @Query(() => IkModel, { description: 'Wie ben ik, en namens welke partijen met welke rollen' })
  async me(@HuidigeGebruiker() actor: Actor): Promise<IkModel> {
    const partijen = await this.em.find(Partij, { id: { $in: actor.partijIds } });
    return {
      id: actor.gebruikerId,
      email: actor.email,
      naam: actor.naam,
      lidmaatschappen: actor.lidmaatschappen.map((l) => ({
        partij: partijModel(partijen.find((p) => p.id === l.partijId)!),
        rollen: l.rollen,
      })),
    };
  }
}
