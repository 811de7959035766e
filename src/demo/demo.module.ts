import { Module } from '@nestjs/common';
import { IndicatorenModule } from '../indicatoren/indicatoren.module';
import { OndertekeningModule } from '../ondertekening/ondertekening.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { PartijenModule } from '../partijen/partijen.module';
import { DemoService } from './demo.service';

@Module({
  imports: [PartijenModule, OvereenkomstenModule, IndicatorenModule, OndertekeningModule],
  providers: [DemoService],
  exports: [DemoService],
})
export class DemoModule {}
