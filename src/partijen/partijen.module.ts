import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LedenResolver } from './leden.resolver';
import { LedenService } from './leden.service';
import { PartijLogoResolver } from './partij-logo.resolver';
import { PartijLogoService } from './partij-logo.service';
import { PartijenResolver } from './partijen.resolver';
import { PartijenService } from './partijen.service';
import { MailUitnodigingVerzender, UitnodigingVerzender } from './uitnodiging-verzender';

@Module({
  imports: [AuditModule],
  providers: [
    PartijenService,
    PartijenResolver,
    LedenService,
    LedenResolver,
    PartijLogoService,
    PartijLogoResolver,
    { provide: UitnodigingVerzender, useClass: MailUitnodigingVerzender },
  ],
  exports: [PartijenService, LedenService, PartijLogoService],
})
export class PartijenModule {}
