import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ForeignKeyConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from './app-error';
import { teLangeAanvraag } from './query-limits.plugin';

const logger = new Logger('GraphQL');

/** Dutch wording for the errors graphql-js and Apollo raise before a resolver runs. */
const PROTOCOL_MESSAGES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'De aanvraag is geen geldige GraphQL',
  GRAPHQL_VALIDATION_FAILED: 'De aanvraag past niet bij het schema',
  BAD_USER_INPUT: 'Ongeldige invoer',
  PERSISTED_QUERY_NOT_FOUND: 'Onbekende opgeslagen aanvraag',
  BAD_REQUEST: 'Ongeldige aanvraag',
};

/**
 * graphql-js stops coercing variables after 50 bad values with an error of its own, which Apollo
 * does not mark as the client's (it has no variable node); it is the client's all the same.
 */
const TE_VEEL_VARIABELEFOUTEN =
  'Too many errors processing variables, error limit reached. Execution aborted.';

/**
 * graphql-js repeats the whole value of a variable it cannot use ("got invalid value { … };"),
 * which may hold a password; only the reason is kept.
 */
export function zonderWaarde(message: string): string {
  const match = /^(Variable "\$\w+") got invalid value [\s\S]*; ([^;]*)$/.exec(message);
  if (!match) return message;
  // Some reasons end by repeating the value again ("cannot represent a non string value: …").
  const reden = match[2]!.replace(/(cannot represent [^:]*value): [\s\S]*$/, '$1');
  return `${match[1]} heeft een ongeldige waarde: ${reden}`;
}

/**
 * The one place where errors become what clients see: a stable code and a Dutch message.
 * Anything unexpected is logged in full and reaches the client without internals.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    // Apollo has taken the HTTP status from extensions.http; it is not part of the answer.
    const extensions = { ...original.extensions };
    delete extensions.http;
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions,
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      message: 'Dit bestaat al; er kan er maar één van zijn',
      path: formatted.path,
      extensions: { code: ErrorCode.AL_AANWEZIG },
    };
  }
  if (original instanceof ForeignKeyConstraintViolationException) {
    return {
      message: 'Dit wordt nog ergens gebruikt of verwijst naar iets dat niet bestaat',
      path: formatted.path,
      extensions: { code: ErrorCode.IN_GEBRUIK },
    };
  }
  const code =
    typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  const teLang = code === 'GRAPHQL_PARSE_FAILED' ? teLangeAanvraag(formatted.message) : null;
  if (teLang) return { message: teLang.message, extensions: { code: teLang.code } };
  if (code && PROTOCOL_MESSAGES[code]) {
    return {
      ...formatted,
      message: `${PROTOCOL_MESSAGES[code]}: ${zonderWaarde(formatted.message)}`,
      extensions: { code },
    };
  }
  if (original instanceof GraphQLError && original.message === TE_VEEL_VARIABELEFOUTEN) {
    return {
      message: `${PROTOCOL_MESSAGES.BAD_USER_INPUT}: te veel ongeldige waarden; de rest is niet meer gecontroleerd`,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Er ging iets mis aan de kant van de server; probeer het later opnieuw',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL },
  };
}
