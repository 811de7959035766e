import {
  Args,
  ArgsType,
  Field,
  GraphQLISODateTime,
  Int,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { ID } from '../common/id.scalar';
import GraphQLJSON from 'graphql-type-json';
import { PageArgs, Paginated } from '../common/pagination';
import { Id } from '../common/validation';
import { AuditService } from './audit.service';
import { Vereist, zichtbaar } from '../partijen/vereist';

@ObjectType('AuditRegel', { description: 'Eén stap in het audit trail, met de hashketen' })
export class AuditRegelModel {
  @Field(() => Int) volgnummer!: number;
  @Field(() => GraphQLISODateTime) tijd!: Date;
  @Field() gebruikerNaam!: string;
  @Field(() => ID, { nullable: true }) gebruikerId!: string | null;
  @Field(() => String, { nullable: true, description: 'Namens welke partij' })
  partijNaam!: string | null;
  @Field(() => ID, { nullable: true }) partijId!: string | null;
  @Field() actie!: string;
  @Field() onderwerpSoort!: string;
  @Field(() => ID) onderwerpId!: string;
  @Field(() => GraphQLJSON) gegevens!: Record<string, unknown>;
  @Field(() => String, { nullable: true }) vorigeHash!: string | null;
  @Field() hash!: string;
}

const AuditRegelPage = Paginated(AuditRegelModel, 'AuditRegelPage');

@ArgsType()
class AuditTrailArgs extends PageArgs {
  @Field(() => ID) @Id() overeenkomstId!: string;
}

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditRegelPage, {
    description: 'Het audit trail van een overeenkomst, oudste eerst',
  })
  @Vereist(zichtbaar('overeenkomstId'))
  async auditTrail(@Args() { overeenkomstId, take, skip }: AuditTrailArgs) {
    return this.audit.lijst(overeenkomstId, take, skip);
  }
}
