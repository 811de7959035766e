import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JaarschijvenModule } from '../jaarschijven/jaarschijven.module';
import { OnderhandelingModule } from '../onderhandeling/onderhandeling.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { SuggestiesModule } from '../suggesties/suggesties.module';
import { AddendumService } from './addendum.service';
import { BesluitService } from './besluit.service';
import { BevriezingService } from './bevriezing.service';
import { ExterneOndertekeningController } from './externe-ondertekening.controller';
import { ExterneOndertekeningResolver } from './externe-ondertekening.resolver';
import { ExterneOndertekeningService } from './externe-ondertekening.service';
import { HerstelService } from './herstel.service';
import { OndertekeningResolver } from './ondertekening.resolver';
import { OnvoltooideBevriezing } from './onvoltooide-bevriezing';
import { VergelijkingService } from './vergelijking.service';
import { VerificatieService } from './verificatie.service';
import { VersiesService } from './versies.service';

@Module({
  imports: [
    OvereenkomstenModule,
    OnderhandelingModule,
    AuditModule,
    JaarschijvenModule,
    SuggestiesModule,
  ],
  controllers: [ExterneOndertekeningController],
  providers: [
    ExterneOndertekeningService,
    ExterneOndertekeningResolver,
    BevriezingService,
    BesluitService,
    AddendumService,
    HerstelService,
    VersiesService,
    VergelijkingService,
    VerificatieService,
    OndertekeningResolver,
    OnvoltooideBevriezing,
  ],
  exports: [ExterneOndertekeningService],
})
export class OndertekeningModule {}
