import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JaarschijvenModule } from '../jaarschijven/jaarschijven.module';
import { JaarcyclusReader } from './jaarcyclus.reader';
import { JaarcyclusResolver } from './jaarcyclus.resolver';
import { JaarcyclusService } from './jaarcyclus.service';

@Module({
  imports: [AuditModule, JaarschijvenModule],
  providers: [JaarcyclusService, JaarcyclusReader, JaarcyclusResolver],
  exports: [JaarcyclusService],
})
export class JaarcyclusModule {}
