import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import {
  AfspraakSuggestiesResolver,
  OnderdeelSuggestiesResolver,
  SuggestiesResolver,
} from './suggesties.resolver';
import { SuggestiesService } from './suggesties.service';
import { OpenStukkenService } from './open-stukken.service';

/** Suggestion mode's proposals: judging, withdrawing, listing (the table is kept by the materialiser). */
@Module({
  imports: [OvereenkomstenModule, AuditModule],
  providers: [
    SuggestiesService,
    OpenStukkenService,
    SuggestiesResolver,
    OnderdeelSuggestiesResolver,
    AfspraakSuggestiesResolver,
  ],
  exports: [SuggestiesService, OpenStukkenService],
})
export class SuggestiesModule {}
