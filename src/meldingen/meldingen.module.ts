import { type DynamicModule, Module } from '@nestjs/common';
import { HerinneringPlanner } from './herinnering-planner';
import { MeldingBronnen } from './melding-bronnen';
import { MeldingMail } from './melding-mail';
import { MeldingenReader } from './meldingen.reader';
import { MeldingenResolver } from './meldingen.resolver';
import { MeldingenService } from './meldingen.service';
import { Wachtrij, WACHTRIJ_SETTINGS, type WachtrijSettings } from './wachtrij';

@Module({})
export class MeldingenModule {
  static forRoot(settings: WachtrijSettings): DynamicModule {
    return {
      module: MeldingenModule,
      providers: [
        { provide: WACHTRIJ_SETTINGS, useValue: settings },
        Wachtrij,
        MeldingenReader,
        MeldingenService,
        MeldingBronnen,
        MeldingMail,
        HerinneringPlanner,
        MeldingenResolver,
      ],
      exports: [MeldingenService, MeldingBronnen, MeldingMail, HerinneringPlanner],
    };
  }
}
