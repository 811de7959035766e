import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { VerantwoordingOverzichtReader } from './verantwoording-overzicht.reader';
import { VerantwoordingResolver } from './verantwoording.resolver';
import { VerantwoordingService } from './verantwoording.service';

@Module({
  imports: [AuditModule],
  providers: [VerantwoordingService, VerantwoordingOverzichtReader, VerantwoordingResolver],
})
export class VerantwoordingModule {}
