import { IndicatorenResolver } from './indicatoren/indicatoren.resolver';
import { JaarschijvenResolver } from './jaarschijven/jaarschijven.resolver';
import { AfsprakenResolver, ThemasResolver } from './overeenkomsten/afspraken.resolver';
import { OnderdelenResolver } from './overeenkomsten/onderdelen.resolver';
import { OvereenkomstenResolver } from './overeenkomsten/overeenkomsten.resolver';
import { PartijenResolver } from './partijen/partijen.resolver';
import { PartijLogoResolver } from './partijen/partij-logo.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { LedenResolver } from './partijen/leden.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { LiveResolver } from './live/live.resolver';
import { OnderhandelingResolver } from './onderhandeling/onderhandeling.resolver';
import { OndertekeningResolver } from './ondertekening/ondertekening.resolver';
import { ExterneOndertekeningResolver } from './ondertekening/externe-ondertekening.resolver';
import { DocumentenResolver } from './documenten/documenten.resolver';
import { SjablonenResolver } from './export/sjablonen.resolver';
import { JaarcyclusResolver } from './jaarcyclus/jaarcyclus.resolver';
import { VerantwoordingResolver } from './verantwoording/verantwoording.resolver';
import { MonitoringResolver } from './monitoring/monitoring.resolver';
import { EvaluatieResolver } from './evaluatie/evaluatie.resolver';
import { BodResolver } from './bod/bod.resolver';
import { RegioResolver } from './regio/regio.resolver';
import { MeldingenResolver } from './meldingen/meldingen.resolver';
import { TakenResolver } from './taken/taken.resolver';
import { PublicatieResolver } from './publicatie/publicatie.resolver';
import { ImportResolver } from './import/import.resolver';
import {
  AfspraakSuggestiesResolver,
  OnderdeelSuggestiesResolver,
  SuggestiesResolver,
} from './suggesties/suggesties.resolver';

/** Every resolver of the API; schema.gql is generated from this list. */
export const RESOLVERS = [
  MeldingenResolver,
  SuggestiesResolver,
  OnderdeelSuggestiesResolver,
  AfspraakSuggestiesResolver,
  PartijenResolver,
  PartijLogoResolver,
  OvereenkomstenResolver,
  OnderdelenResolver,
  AfsprakenResolver,
  ThemasResolver,
  IndicatorenResolver,
  JaarschijvenResolver,
  AuthResolver,
  LedenResolver,
  OnderhandelingResolver,
  OndertekeningResolver,
  ExterneOndertekeningResolver,
  DocumentenResolver,
  AuditResolver,
  LiveResolver,
  SjablonenResolver,
  JaarcyclusResolver,
  VerantwoordingResolver,
  MonitoringResolver,
  EvaluatieResolver,
  BodResolver,
  RegioResolver,
  TakenResolver,
  PublicatieResolver,
  ImportResolver,
] as const;
