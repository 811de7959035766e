import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IndicatorenModule } from '../indicatoren/indicatoren.module';
import { JaarcyclusModule } from '../jaarcyclus/jaarcyclus.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { BodResolver } from './bod.resolver';
import { BodService } from './bod.service';

@Module({
  imports: [AuditModule, JaarcyclusModule, OvereenkomstenModule, IndicatorenModule],
  providers: [BodService, BodResolver],
})
export class BodModule {}
