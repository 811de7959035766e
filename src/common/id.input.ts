import { Field, InputType } from '@nestjs/graphql';
import { ID } from './id.scalar';
import { Id } from './validation';

@InputType()
export class IdInput {
  @Field(() => ID) @Id() id!: string;
}
