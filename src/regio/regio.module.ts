import { Module } from '@nestjs/common';
import { JaarcyclusModule } from '../jaarcyclus/jaarcyclus.module';
import { RegioResolver } from './regio.resolver';
import { RegioService } from './regio.service';

@Module({ imports: [JaarcyclusModule], providers: [RegioService, RegioResolver] })
export class RegioModule {}
