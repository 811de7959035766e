import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ExportModule } from '../export/export.module';
import { JaarcyclusModule } from '../jaarcyclus/jaarcyclus.module';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { EvaluatieRapportController } from './evaluatie-rapport.controller';
import { EvaluatieResolver } from './evaluatie.resolver';
import { EvaluatieService } from './evaluatie.service';

@Module({
  imports: [AuditModule, JaarcyclusModule, ExportModule, MonitoringModule],
  controllers: [EvaluatieRapportController],
  providers: [EvaluatieService, EvaluatieResolver],
  exports: [EvaluatieService],
})
export class EvaluatieModule {}
