import { Module } from '@nestjs/common';
import { JaarcyclusModule } from '../jaarcyclus/jaarcyclus.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { TakenReader } from './taken.reader';
import { TakenResolver } from './taken.resolver';
import { TakenService } from './taken.service';

@Module({
  imports: [JaarcyclusModule, OvereenkomstenModule],
  providers: [TakenReader, TakenService, TakenResolver],
})
export class TakenModule {}
