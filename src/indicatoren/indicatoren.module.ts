import { Module } from '@nestjs/common';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { IndicatorenResolver } from './indicatoren.resolver';
import { IndicatorenService } from './indicatoren.service';

@Module({
  imports: [OvereenkomstenModule],
  providers: [IndicatorenService, IndicatorenResolver],
  exports: [IndicatorenService],
})
export class IndicatorenModule {}
