import { Module } from '@nestjs/common';
import {
  ActiviteitResolver,
  AfspraakBetrokkeneResolver,
  AfspraakJaarschijfResolver,
  AfsprakenResolver,
  GarantieDetailsResolver,
  ProcesDetailsResolver,
  ThemasResolver,
  TransactiePostResolver,
} from './afspraken.resolver';
import { AfsprakenService } from './afspraken.service';
import { OnderdelenResolver } from './onderdelen.resolver';
import { OnderdelenService } from './onderdelen.service';
import { DeelnemerResolver, OvereenkomstenResolver } from './overeenkomsten.resolver';
import { OvereenkomstenService } from './overeenkomsten.service';
import { ThemasService } from './themas.service';

@Module({
  providers: [
    OvereenkomstenService,
    OnderdelenService,
    AfsprakenService,
    ThemasService,
    OvereenkomstenResolver,
    DeelnemerResolver,
    OnderdelenResolver,
    AfsprakenResolver,
    AfspraakBetrokkeneResolver,
    AfspraakJaarschijfResolver,
    ThemasResolver,
    ProcesDetailsResolver,
    ActiviteitResolver,
    GarantieDetailsResolver,
    TransactiePostResolver,
  ],
  exports: [OvereenkomstenService, OnderdelenService, AfsprakenService, ThemasService],
})
export class OvereenkomstenModule {}
