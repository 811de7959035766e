import { Module } from '@nestjs/common';
import { LedenResolver } from './leden.resolver';
import { LedenService } from './leden.service';
import { PartijenResolver } from './partijen.resolver';
import { PartijenService } from './partijen.service';
import { LogUitnodigingVerzender, UitnodigingVerzender } from './uitnodiging-verzender';

@Module({
  providers: [
    PartijenService,
    PartijenResolver,
    LedenService,
    LedenResolver,
    { provide: UitnodigingVerzender, useClass: LogUitnodigingVerzender },
  ],
  exports: [PartijenService, LedenService],
})
export class PartijenModule {}
