import { type ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppError, ErrorCode } from './app-error';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.LOGIN_GEBLOKKEERD]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.PDF_NIET_BESCHIKBAAR]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.PDF_MISLUKT]: HttpStatus.BAD_GATEWAY,
};

/**
 * Refused input is an answer, not a failure: hand AppErrors straight to GraphQL so Nest's default
 * handler does not log each one with a stack trace. formatError logs what is really unexpected.
 * On plain HTTP routes (exports) the same error becomes a JSON body with a fitting status.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | undefined {
    if (host.getType() !== 'http') return error;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[error.code] ?? HttpStatus.BAD_REQUEST)
      .json({
        code: error.code,
        message: error.message,
        ...(error.veld ? { veld: error.veld } : {}),
      });
    return undefined;
  }
}
