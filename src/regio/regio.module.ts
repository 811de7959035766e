import { Module } from '@nestjs/common';
import { JaarcyclusModule } from '../jaarcyclus/jaarcyclus.module';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { RegioReader } from './regio.reader';
import { RegioResolver } from './regio.resolver';
import { RegioService } from './regio.service';

@Module({
  imports: [JaarcyclusModule, MonitoringModule, OvereenkomstenModule],
  providers: [RegioService, RegioReader, RegioResolver],
})
export class RegioModule {}
