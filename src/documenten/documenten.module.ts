import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DocumentenController } from './documenten.controller';
import { DocumentenResolver } from './documenten.resolver';
import { DocumentenService } from './documenten.service';

@Module({
  imports: [AuditModule],
  controllers: [DocumentenController],
  providers: [DocumentenService, DocumentenResolver],
})
export class DocumentenModule {}
