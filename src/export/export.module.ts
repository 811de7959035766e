import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { ExportController } from './export.controller';
import { ExportReader } from './export.reader';
import { ExportService } from './export.service';
import { SjablonenResolver } from './sjablonen.resolver';
import { SjablonenService } from './sjablonen.service';

@Module({
  imports: [OvereenkomstenModule, AuditModule],
  controllers: [ExportController],
  providers: [ExportService, ExportReader, SjablonenService, SjablonenResolver],
  exports: [ExportService],
})
export class ExportModule {}
