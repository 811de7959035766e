import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JaarcyclusResolver } from './jaarcyclus.resolver';
import { JaarcyclusService } from './jaarcyclus.service';

@Module({
  imports: [AuditModule],
  providers: [JaarcyclusService, JaarcyclusResolver],
  exports: [JaarcyclusService],
})
export class JaarcyclusModule {}
