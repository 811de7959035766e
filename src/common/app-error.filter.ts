import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error';

/**
 * Refused input is an answer, not a failure: hand AppErrors straight to GraphQL so Nest's default
 * handler does not log each one with a stack trace. formatError logs what is really unexpected.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError): AppError {
    return error;
  }
}
