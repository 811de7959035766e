import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { VerantwoordingResolver } from './verantwoording.resolver';
import { VerantwoordingService } from './verantwoording.service';

@Module({ imports: [AuditModule], providers: [VerantwoordingService, VerantwoordingResolver] })
export class VerantwoordingModule {}
