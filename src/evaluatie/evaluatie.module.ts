import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ExportModule } from '../export/export.module';
import { JaarcyclusModule } from '../jaarcyclus/jaarcyclus.module';
import { JaarschijvenModule } from '../jaarschijven/jaarschijven.module';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { EvaluatieRapportController } from './evaluatie-rapport.controller';
import { EvaluatieResolver } from './evaluatie.resolver';
import { EvaluatieAfsluiting } from './evaluatie-afsluiting';
import { EvaluatieBevestigingService } from './evaluatie-bevestiging.service';
import { EvaluatieOordeelService } from './evaluatie-oordeel.service';
import { EvaluatieOverzichtReader } from './evaluatie-overzicht.reader';

@Module({
  imports: [
    AuditModule,
    JaarcyclusModule,
    JaarschijvenModule,
    OvereenkomstenModule,
    ExportModule,
    MonitoringModule,
  ],
  controllers: [EvaluatieRapportController],
  providers: [
    EvaluatieOordeelService,
    EvaluatieBevestigingService,
    EvaluatieAfsluiting,
    EvaluatieOverzichtReader,
    EvaluatieResolver,
  ],
  exports: [EvaluatieOverzichtReader],
})
export class EvaluatieModule {}
