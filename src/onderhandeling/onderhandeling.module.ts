import { Module } from '@nestjs/common';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { AuditModule } from '../audit/audit.module';
import { OnderhandelingResolver } from './onderhandeling.resolver';
import { OpmerkingenService } from './opmerkingen.service';
import { FaseService } from './fase.service';
import { StandpuntenService } from './standpunten.service';
import { VoorstellenService } from './voorstellen.service';

@Module({
  imports: [OvereenkomstenModule, AuditModule],
  providers: [
    FaseService,
    StandpuntenService,
    OpmerkingenService,
    VoorstellenService,
    OnderhandelingResolver,
  ],
  exports: [StandpuntenService],
})
export class OnderhandelingModule {}
