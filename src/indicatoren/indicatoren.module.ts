import { Module } from '@nestjs/common';
import { IndicatorenResolver, RealisatieResolver, StreefwaardeResolver } from './indicatoren.resolver';
import { IndicatorenService } from './indicatoren.service';

@Module({
  providers: [IndicatorenService, IndicatorenResolver, StreefwaardeResolver, RealisatieResolver],
  exports: [IndicatorenService],
})
export class IndicatorenModule {}
