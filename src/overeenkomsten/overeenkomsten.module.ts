import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AfsprakenResolver, ThemasResolver } from './afspraken.resolver';
import { AfsprakenService } from './afspraken.service';
import { DeelnemersService } from './deelnemers.service';
import { OnderdelenResolver } from './onderdelen.resolver';
import { OnderdelenService } from './onderdelen.service';
import { OnderdeelInhoudReader } from './onderdeel-inhoud.reader';
import { OvereenkomstReader } from './overeenkomst.reader';
import { OvereenkomstStatusReader } from './overeenkomst-status.reader';
import { OvereenkomstenResolver } from './overeenkomsten.resolver';
import { OvereenkomstenService } from './overeenkomsten.service';
import { ThemasService } from './themas.service';

@Module({
  imports: [AuditModule],
  providers: [
    OvereenkomstenService,
    DeelnemersService,
    OnderdelenService,
    AfsprakenService,
    ThemasService,
    OvereenkomstReader,
    OvereenkomstStatusReader,
    OnderdeelInhoudReader,
    OvereenkomstenResolver,
    OnderdelenResolver,
    AfsprakenResolver,
    ThemasResolver,
  ],
  exports: [
    OvereenkomstenService,
    DeelnemersService,
    OnderdelenService,
    AfsprakenService,
    ThemasService,
    OvereenkomstReader,
    OvereenkomstStatusReader,
    OnderdeelInhoudReader,
  ],
})
export class OvereenkomstenModule {}
