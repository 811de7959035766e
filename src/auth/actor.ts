import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { PartijSoort } from '../partijen/partij.entity';
import { BEWERK_ROLLEN, type LidRol } from '../partijen/lidmaatschap.entity';
import { AppError, ErrorCode } from '../common/app-error';

export interface ActorLidmaatschap {
  partijId: string;
  partijNaam: string;
  partijSoort: PartijSoort;
  rollen: LidRol[];
}

/** The logged-in person of a request, with the partijen they act for. Loaded fresh per request. */
export class Actor {
  constructor(
    readonly gebruikerId: string,
    readonly sessieId: string,
    readonly email: string,
    readonly naam: string,
    readonly lidmaatschappen: readonly ActorLidmaatschap[],
  ) {}

  get partijIds(): string[] {
    return this.lidmaatschappen.map((l) => l.partijId);
  }

  rollen(partijId: string): LidRol[] {
    return this.lidmaatschappen.find((l) => l.partijId === partijId)?.rollen ?? [];
  }

  magBewerkenVoor(partijId: string): boolean {
    return this.rollen(partijId).some((r) => BEWERK_ROLLEN.includes(r));
  }
}

export interface RequestWithActor extends Request {
  actor?: Actor;
}

export function requestOf(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithActor>();
}

export const PUBLIC = Symbol('PUBLIC');
/** Reachable without logging in (login, token renewal, accepting an invitation, /health). */
export const Public = () => SetMetadata(PUBLIC, true);

/** The logged-in person; the global guard has made sure there is one. */
export const HuidigeGebruiker = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const actor = requestOf(context).actor;
    if (!actor) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Log eerst in');
    return actor;
  },
);
