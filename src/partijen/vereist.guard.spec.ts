import 'reflect-metadata';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { GraphQLID, GraphQLInputObjectType, GraphQLNonNull, GraphQLObjectType } from 'graphql';
import type { PermissionsService } from './permissions.service';
import { VereistGuard } from './vereist.guard';
import { VEREIST, type Eis } from './vereist';

@InputType()
class ProefInput {
  @Field() @IsString() id!: string;
}

/*
 * A resolver's parameters as a full build (nest build) records them: an actor whose class is
 * imported as a type only comes out as Function. That is not an @ArgsType class: the guard must
 * validate only the input argument, as the tests' isolated build (which records Object) does.
 */
class ProefResolver {
  wijzig(): void {}
}
Reflect.defineMetadata(
  'design:paramtypes',
  [Function, ProefInput],
  ProefResolver.prototype,
  'wijzig',
);

function context(input: unknown): ExecutionContext {
  const invoer = new GraphQLInputObjectType({
    name: 'ProefInput',
    fields: { id: { type: new GraphQLNonNull(GraphQLID) } },
  });
  const mutatie = new GraphQLObjectType({
    name: 'Mutation',
    fields: { wijzig: { type: GraphQLID, args: { input: { type: invoer } } } },
  });
  const info = { parentType: mutatie, fieldName: 'wijzig', operation: { operation: 'mutation' } };
  const args = [{}, { input }, { req: { actor: { gebruikerId: 'g' } } }, info];
  return {
    getType: () => 'graphql',
    getArgs: () => args,
    getArgByIndex: (i: number) => args[i],
    getClass: () => ProefResolver,
    getHandler: () => ProefResolver.prototype.wijzig,
    switchToHttp: () => ({}) as never,
    switchToRpc: () => ({}) as never,
    switchToWs: () => ({}) as never,
  } as unknown as ExecutionContext;
}

describe('VereistGuard', () => {
  it('takes a parameter recorded as Function for no arguments class and checks the input', async () => {
    const gelezen: unknown[] = [];
    const eis: Eis = {
      paden: ['input.id'],
      controleer: (_p, _a, waarde) => {
        gelezen.push(waarde('input.id'));
        return Promise.resolve(undefined);
      },
    };
    const reflector = new Reflector();
    jest
      .spyOn(reflector, 'get')
      .mockImplementation((sleutel) => (sleutel === VEREIST ? [eis] : undefined));
    const guard = new VereistGuard(reflector, {} as PermissionsService);

    await expect(guard.canActivate(context({ id: 'a1' }))).resolves.toBe(true);
    expect(gelezen).toEqual(['a1']);
  });
});
