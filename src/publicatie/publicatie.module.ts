import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ExportModule } from '../export/export.module';
import { LiveModule } from '../live/live.module';
import { PartijenModule } from '../partijen/partijen.module';
import { PublicatieController } from './publicatie.controller';
import { PublicatieResolver } from './publicatie.resolver';
import { PublicatieService } from './publicatie.service';
import { PubliekeDocumenten } from './publieke-documenten';

@Module({
  imports: [ExportModule, AuditModule, LiveModule, PartijenModule],
  controllers: [PublicatieController],
  providers: [PublicatieService, PublicatieResolver, PubliekeDocumenten],
})
export class PublicatieModule {}
