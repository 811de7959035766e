import { Partij } from '../partijen/partij.entity';
import { Deelnemer, Overeenkomst, Referentie } from '../overeenkomsten/overeenkomst.entity';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import { Afspraak, AfspraakBetrokkene } from '../overeenkomsten/afspraak.entity';
import { Thema } from '../overeenkomsten/thema.entity';
import { AfspraakJaarschijf, Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { Indicator, Realisatie, Streefwaarde } from '../indicatoren/indicator.entity';
import {
  ExportTicket,
  Gebruiker,
  LoginPoging,
  Sessie,
  VervangenVernieuwToken,
} from '../auth/gebruiker.entity';
import { Lidmaatschap } from '../partijen/lidmaatschap.entity';
import { PartijLogo } from '../partijen/partij-logo.entity';
import { Uitnodiging } from '../partijen/uitnodiging.entity';
import { AppSecret } from './app-secret.entity';
import {
  CollabMaterialisatie,
  CollabSnapshot,
  CollabUpdate,
} from '../collaboration/collab.entities';
import { DocumentOpdracht } from '../collaboration/document-opdracht.entity';
import { AuditRegel } from '../audit/audit.entity';
import {
  Opmerking,
  Standpunt,
  VoorstelBeoordeling,
  Wijzigingsvoorstel,
} from '../onderhandeling/onderhandeling.entities';
import { OnderdeelVersie, Ondertekening } from '../ondertekening/versie.entities';
import { ExterneOndertekening } from '../ondertekening/externe-ondertekening.entity';
import { OvereenkomstDocument } from '../documenten/overeenkomst-document.entity';
import { ExportSjabloon } from '../export/sjabloon.entity';
import { Verantwoording } from '../verantwoording/verantwoording.entity';
import { Evaluatie, EvaluatieBevestiging } from '../evaluatie/evaluatie.entity';
import { Bod } from '../bod/bod.entity';
import { AfspraakLocatie, Locatie } from '../overeenkomsten/locatie.entity';
import { Suggestie, SuggestieBeoordeling } from '../suggesties/suggestie.entity';
import { Melding, MeldingVoorkeur } from '../meldingen/melding.entity';
import { Publicatie } from '../publicatie/publicatie.entity';
import { OvereenkomstImport } from '../import/overeenkomst-import.entity';

export const ENTITIES = [
  Partij,
  Overeenkomst,
  Referentie,
  Deelnemer,
  Onderdeel,
  Thema,
  Afspraak,
  AfspraakBetrokkene,
  Locatie,
  AfspraakLocatie,
  Jaarschijf,
  AfspraakJaarschijf,
  Indicator,
  Streefwaarde,
  Realisatie,
  Gebruiker,
  Sessie,
  LoginPoging,
  VervangenVernieuwToken,
  ExportTicket,
  Lidmaatschap,
  Uitnodiging,
  AppSecret,
  CollabUpdate,
  CollabSnapshot,
  CollabMaterialisatie,
  DocumentOpdracht,
  AuditRegel,
  Standpunt,
  Opmerking,
  Wijzigingsvoorstel,
  VoorstelBeoordeling,
  OnderdeelVersie,
  Ondertekening,
  ExportSjabloon,
  ExterneOndertekening,
  OvereenkomstDocument,
  OvereenkomstImport,
  Verantwoording,
  Evaluatie,
  EvaluatieBevestiging,
  Bod,
  Suggestie,
  SuggestieBeoordeling,
  Melding,
  MeldingVoorkeur,
  Publicatie,
  PartijLogo,
];
