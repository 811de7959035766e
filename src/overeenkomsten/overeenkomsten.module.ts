import { Module } from '@nestjs/common';
import { AfsprakenResolver, ThemasResolver } from './afspraken.resolver';
import { AfsprakenService } from './afspraken.service';
import { OnderdelenResolver } from './onderdelen.resolver';
import { OnderdelenService } from './onderdelen.service';
import { OvereenkomstReader } from './overeenkomst.reader';
import { OvereenkomstenResolver } from './overeenkomsten.resolver';
import { OvereenkomstenService } from './overeenkomsten.service';
import { ThemasService } from './themas.service';

@Module({
  providers: [
    OvereenkomstenService,
    OnderdelenService,
    AfsprakenService,
    ThemasService,
    OvereenkomstReader,
    OvereenkomstenResolver,
    OnderdelenResolver,
    AfsprakenResolver,
    ThemasResolver,
  ],
  exports: [
    OvereenkomstenService,
    OnderdelenService,
    AfsprakenService,
    ThemasService,
    OvereenkomstReader,
  ],
})
export class OvereenkomstenModule {}
