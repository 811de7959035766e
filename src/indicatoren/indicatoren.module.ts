import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { IndicatorenResolver } from './indicatoren.resolver';
import { IndicatorenService } from './indicatoren.service';

@Module({
  imports: [OvereenkomstenModule, AuditModule],
  providers: [IndicatorenService, IndicatorenResolver],
  exports: [IndicatorenService],
})
export class IndicatorenModule {}
