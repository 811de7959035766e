import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, ErrorCode } from '../common/app-error';
import { PUBLIC, requestOf } from './actor';
import { AuthService } from './auth.service';

/**
 * Every resolver and route needs a logged-in person unless marked @Public(). The person and
 * their memberships are read from the database on each request, so a revoked session or a
 * removed membership takes effect at once, not when the token expires.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = requestOf(context);
    if (request.actor) return true;
    const header = request.headers.authorization ?? '';
    // A download link cannot carry a header; it carries a one-time ticket for that one URL
    // (exportTicket), never the access token.
    if (!header && request.method === 'GET' && typeof request.query?.ticket === 'string') {
      request.actor = await this.auth.actorVoorTicket(request.query.ticket, request.originalUrl);
      return true;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match)
      throw new AppError(
        ErrorCode.UNAUTHENTICATED,
        'Log eerst in (Authorization: Bearer <accessToken>)',
      );
    request.actor = await this.auth.actor(match[1]!);
    return true;
  }
}
