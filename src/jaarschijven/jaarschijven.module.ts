import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { JaarschijfStatusService } from './jaarschijf-status.service';
import { JaarschijvenResolver } from './jaarschijven.resolver';

@Module({
  imports: [OvereenkomstenModule, AuditModule],
  providers: [JaarschijvenResolver, JaarschijfStatusService],
  exports: [JaarschijfStatusService],
})
export class JaarschijvenModule {}
