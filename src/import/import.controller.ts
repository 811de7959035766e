import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import { type Actor, HuidigeGebruiker } from '../auth/actor';
import { AppError, ErrorCode } from '../common/app-error';
import { IMPORT_LIMIETEN } from './import-lezer';
import { ImportService } from './import.service';

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: IMPORT_LIMIETEN.maxBytes, files: 1, fields: 5, fieldSize: 1000 },
}).single('bestand');

/**
 * `POST /import/overeenkomsten` (multipart: `bestand`, and `gemeenteId` for someone who drafts
 * for several gemeenten) answers the draft import with what was read from it; nothing else is
 * created until the proposal is confirmed (`bevestigImport`).
 */
@Controller('import')
export class ImportController {
  constructor(private readonly service: ImportService) {}

  @Post('overeenkomsten')
  @HttpCode(201)
  async importeer(
    @HuidigeGebruiker() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    await new Promise<void>((klaar, mislukt) =>
      upload(req, res, (fout: unknown) => (fout ? mislukt(uploadFout(fout)) : klaar())),
    );
    const bestand = req.file;
    if (!bestand)
      throw new AppError(
        ErrorCode.BESTAND_ONGELDIG,
        'Kies een bestand (veld "bestand")',
        'bestand',
      );
    const body = req.body as Record<string, unknown>;
    const gemeenteId =
      typeof body.gemeenteId === 'string' && body.gemeenteId ? body.gemeenteId : undefined;
    return this.service.lees(
      actor,
      bestand.buffer,
      bestand.originalname,
      gemeenteId?.toLowerCase(),
    );
  }
}

function uploadFout(fout: unknown): AppError {
  if (fout instanceof MulterError && fout.code === 'LIMIT_FILE_SIZE')
    return new AppError(
      ErrorCode.BESTAND_ONGELDIG,
      `Het bestand is groter dan ${IMPORT_LIMIETEN.maxBytes / 1024 / 1024} MB`,
      'bestand',
    );
  if (fout instanceof MulterError)
    return new AppError(
      ErrorCode.BESTAND_ONGELDIG,
      'Stuur één bestand in het veld "bestand"',
      fout.field ?? 'bestand',
    );
  return new AppError(ErrorCode.BESTAND_ONGELDIG, 'Het bestand kwam niet heel aan', 'bestand');
}
