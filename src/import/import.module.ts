import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ExportModule } from '../export/export.module';
import { IndicatorenModule } from '../indicatoren/indicatoren.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { ImportController } from './import.controller';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';

@Module({
  imports: [AuditModule, OvereenkomstenModule, ExportModule, IndicatorenModule],
  controllers: [ImportController],
  providers: [ImportService, ImportResolver],
})
export class ImportModule {}
