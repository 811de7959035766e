import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { PartijenModule } from '../partijen/partijen.module';
import { ExportController } from './export.controller';
import { ExportReader } from './export.reader';
import { ExportService } from './export.service';
import { laadPdfInstellingen } from '../config/config';
import { PDF_INSTELLINGEN, PdfOmzetter } from './pdf/pdf-omzetter';
import { PdfExport } from './pdf/pdf-export';
import { SjablonenResolver } from './sjablonen.resolver';
import { SjablonenService } from './sjablonen.service';

@Module({
  imports: [OvereenkomstenModule, AuditModule, PartijenModule],
  controllers: [ExportController],
  providers: [
    ExportService,
    ExportReader,
    SjablonenService,
    SjablonenResolver,
    // Read when the app starts, so GOTENBERG_URL and SOFFICE hold for its lifetime.
    { provide: PDF_INSTELLINGEN, useFactory: () => laadPdfInstellingen() },
    PdfOmzetter,
    PdfExport,
  ],
  exports: [ExportService, PdfOmzetter, PdfExport],
})
export class ExportModule {}
