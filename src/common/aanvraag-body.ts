import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from './app-error';

/**
 * Room for the largest input there is: an export template of 5 MB, base64-encoded, in JSON.
 * Anything larger is refused before it is parsed.
 */
export const MAX_AANVRAAG_BYTES = 8 * 1024 * 1024;

/** What body-parser's errors carry (http-errors): a status and a type such as entity.too.large. */
interface BodyFout {
  status?: number;
  type?: string;
}

function antwoord(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * JSON bodies up to the limit; a body the parser refuses is answered like any other GraphQL
 * error (a code and a Dutch message), not with the parser's own English text and no code.
 */
export function gebruikJsonBody(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: MAX_AANVRAAG_BYTES });
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const fout = error as BodyFout | null;
    if (!fout || typeof fout.type !== 'string' || typeof fout.status !== 'number') {
      next(error);
    } else if (fout.type === 'entity.too.large') {
      antwoord(
        res,
        413,
        ErrorCode.TE_ZWARE_AANVRAAG,
        `De aanvraag is te groot; het maximum is ${MAX_AANVRAAG_BYTES / 1024 / 1024} MB`,
      );
    } else if (fout.type === 'entity.parse.failed') {
      antwoord(res, 400, 'BAD_REQUEST', 'De aanvraag is geen geldige JSON');
    } else {
      antwoord(res, fout.status, 'BAD_REQUEST', 'De aanvraag kon niet worden gelezen');
    }
  });
}
