import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import {
  getNamedType,
  type GraphQLResolveInfo,
  isInputObjectType,
  OperationTypeNode,
} from 'graphql';
import { requestOf } from '../auth/actor';
import { AppError, ErrorCode } from '../common/app-error';
import { DutchValidationPipe } from '../common/validation';
import { PermissionsService } from './permissions.service';
import { type Eis, type Gecontroleerd, onthoud, VEREIST } from './vereist';

// Function: what the compiler records for a parameter whose class is imported as a type only
// (`type Actor`) in a full build (nest build); taking it for an @ArgsType class refused every
// declared mutation with an actor in the built app, while the tests (isolated modules, Object)
// passed.
const INGEBOUWD = new Set<unknown>([
  String,
  Number,
  Boolean,
  Object,
  Array,
  Promise,
  Date,
  Function,
]);

/**
 * Checks what a resolver declared with `@Vereist(...)` (in the spirit of Docmost's CASL policies
 * guard), after the global `AuthGuard` has found the person. Resolvers without a declaration
 * pass untouched.
 */
@Injectable()
export class VereistGuard implements CanActivate {
  private readonly validatie = new DutchValidationPipe();

  constructor(
    private readonly reflector: Reflector,
    private readonly permissions: PermissionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const eisen = this.reflector.get<Eis[] | undefined>(VEREIST, context.getHandler());
    if (!eisen?.length) return true;
    const actor = requestOf(context).actor;
    if (!actor) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Log eerst in');
    const { args, vraag } = await this.argumenten(context, eisen);
    const waarde = (pad: string) =>
      pad
        .split('.')
        .reduce<unknown>(
          (v, deel) =>
            v && typeof v === 'object' ? (v as Record<string, unknown>)[deel] : undefined,
          args,
        );
    let overeenkomstId: string | undefined;
    const lopend: Promise<unknown>[] = [];
    try {
      for (const eis of eisen) {
        if (eis.naastDeLezing && vraag) {
          // Started now, awaited by VereistInterceptor before the answer leaves.
          lopend.push(
            Promise.resolve().then(() => eis.controleer(this.permissions, actor, waarde)),
          );
          continue;
        }
        overeenkomstId = (await eis.controleer(this.permissions, actor, waarde)) || overeenkomstId;
      }
    } catch (fout) {
      // A requirement declared earlier that fails too decides, as when all run in series.
      await allesInVolgorde(lopend);
      throw fout;
    }
    const uitkomst: Gecontroleerd = { overeenkomstId };
    if (lopend.length) {
      uitkomst.lopend = allesInVolgorde(lopend);
      // Awaited by the interceptor; no unhandled rejection if the resolver is never reached.
      uitkomst.lopend.catch(() => undefined);
    }
    if (overeenkomstId || uitkomst.lopend) onthoud(context, uitkomst);
    return true;
  }

  /**
   * The values the requirements read: a GraphQL field's arguments (validated; `vraag` when the
   * field is a query, which alone may read alongside its check), or an HTTP route's parameters
   * and query string.
   */
  private async argumenten(
    context: ExecutionContext,
    eisen: Eis[],
  ): Promise<{ args: Record<string, unknown>; vraag: boolean }> {
    if (context.getType<string>() !== 'graphql') {
      const request = context.switchToHttp().getRequest<Request>();
      return { args: { params: request.params, query: request.query }, vraag: false };
    }
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const args = await this.gevalideerd(context, gql.getArgs<Record<string, unknown>>(), info, [
      ...new Set(eisen.flatMap((e) => e.paden.map((p) => p.split('.', 1)[0] ?? p))),
    ]);
    return { args, vraag: info.operation.operation === OperationTypeNode.QUERY };
  }

  /**
   * The arguments the requirements read, validated as the global pipe will validate them: an
   * invalid id is refused as invalid input, as before any permission is looked at, not as unknown.
   */
  private async gevalideerd(
    context: ExecutionContext,
    args: Record<string, unknown>,
    info: GraphQLResolveInfo,
    namen: string[],
  ): Promise<Record<string, unknown>> {
    const veld = info.parentType.getFields()[info.fieldName];
    const typen = (Reflect.getMetadata(
      'design:paramtypes',
      context.getClass().prototype as object,
      context.getHandler().name,
    ) ?? []) as unknown[];
    let uit = { ...args };
    const invoertypen = new Set(
      (veld?.args ?? [])
        .map((a) => getNamedType(a.type))
        .filter(isInputObjectType)
        .map((t) => t.name),
    );
    // An @ArgsType class holds the arguments themselves ("overeenkomstId", "take").
    const argumentenKlasse = typen.find(
      (t): t is new () => object =>
        typeof t === 'function' && !INGEBOUWD.has(t) && !invoertypen.has(t.name),
    );
    if (argumentenKlasse) {
      uit = (await this.validatie.transform(args, {
        type: 'body',
        metatype: argumentenKlasse,
      })) as Record<string, unknown>;
    }
    for (const naam of namen) {
      const argument = veld?.args.find((a) => a.name === naam);
      if (!argument) continue;
      const type = getNamedType(argument.type);
      if (!isInputObjectType(type)) continue;
      const metatype = typen.find(
        (t): t is new () => object => typeof t === 'function' && t.name === type.name,
      );
      if (!metatype || args[naam] === undefined || args[naam] === null) continue;
      uit[naam] = await this.validatie.transform(args[naam], {
        type: 'body',
        metatype,
        data: naam,
      });
    }
    return uit;
  }
}

/** Settles every check, then fails with the first failure in declared order. */
async function allesInVolgorde(lopend: Promise<unknown>[]): Promise<void> {
  for (const uitkomst of await Promise.allSettled(lopend)) {
    if (uitkomst.status === 'rejected') throw uitkomst.reason;
  }
}
