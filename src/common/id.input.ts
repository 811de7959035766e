import { Field, ID, InputType } from '@nestjs/graphql';
import { Id } from './validation';

@InputType()
export class IdInput {
  @Field(() => ID) @Id() id!: string;
}
