import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JaarschijvenModule } from '../jaarschijven/jaarschijven.module';
import { OnderhandelingModule } from '../onderhandeling/onderhandeling.module';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { OndertekeningResolver } from './ondertekening.resolver';
import { OndertekeningService } from './ondertekening.service';
import { OnvoltooideBevriezing } from './onvoltooide-bevriezing';

@Module({
  imports: [OvereenkomstenModule, OnderhandelingModule, AuditModule, JaarschijvenModule],
  providers: [OndertekeningService, OndertekeningResolver, OnvoltooideBevriezing],
  exports: [OndertekeningService],
})
export class OndertekeningModule {}
