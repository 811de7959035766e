import { Module } from '@nestjs/common';
import { LedenResolver } from './leden.resolver';
import { LedenService } from './leden.service';
import { PartijenResolver } from './partijen.resolver';
import { PartijenService } from './partijen.service';
import { MailUitnodigingVerzender, UitnodigingVerzender } from './uitnodiging-verzender';

@Module({
  providers: [
    PartijenService,
    PartijenResolver,
    LedenService,
    LedenResolver,
    { provide: UitnodigingVerzender, useClass: MailUitnodigingVerzender },
  ],
  exports: [PartijenService, LedenService],
})
export class PartijenModule {}
