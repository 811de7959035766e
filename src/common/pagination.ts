import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { GeheelGetal } from './validation';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Hoeveel (hoogstens 100)' })
  @GeheelGetal(1, 100)
  take = 50;

  @Field(() => Int, { defaultValue: 0, description: 'Hoeveel overslaan' })
  @GeheelGetal(0, 1_000_000)
  skip = 0;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export function Paginated<T>(itemType: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name, { isAbstract: false })
  class PageType implements Page<T> {
    @Field(() => [itemType])
    items!: T[];

    @Field(() => Int, { description: 'Totaal aantal, over alle pagina’s' })
    total!: number;
  }
  return PageType;
}
