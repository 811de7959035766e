import { Module } from '@nestjs/common';
import { AfsprakenTotalenReader } from './afspraken-totalen.reader';
import { IndicatorPuntenReader } from './indicator-punten.reader';
import { MonitoringResolver } from './monitoring.resolver';
import { MonitoringService } from './monitoring.service';

@Module({
  providers: [MonitoringService, MonitoringResolver, IndicatorPuntenReader, AfsprakenTotalenReader],
  exports: [MonitoringService, IndicatorPuntenReader],
})
export class MonitoringModule {}
