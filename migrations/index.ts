import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125200957_Initial } from './Migration20261125200957_Initial';
import { Migration20261125203907_Accounts } from './Migration20261125203907_Accounts';
import { Migration20261125210925_Collab } from './Migration20261125210925_Collab';
import { Migration20261125234146_Negotiation } from './Migration20261125234146_Negotiation';
import { Migration20261126000635_Export } from './Migration20261126000635_Export';
import { Migration20261126003606_Kalender } from './Migration20261126003606_Kalender';
import { Migration20261126011108_Verantwoording } from './Migration20261126011108_Verantwoording';
import { Migration20261126023323_BodEvaluatie } from './Migration20261126023323_BodEvaluatie';
import { Migration20261206020000_Sessies } from './Migration20261206020000_Sessies';
import { Migration20261206010000_Integriteit } from './Migration20261206010000_Integriteit';
import { Migration20261207010000_Normen } from './Migration20261207010000_Normen';
import { Migration20261207020000_Locaties } from './Migration20261207020000_Locaties';
import { Migration20261207030000_Rollen } from './Migration20261207030000_Rollen';
import { Migration20261207040000_Leden } from './Migration20261207040000_Leden';
import { Migration20261207050000_Bedragen } from './Migration20261207050000_Bedragen';
import { Migration20261207060000_Doelen } from './Migration20261207060000_Doelen';
import { Migration20261208020000_ExterneOndertekening } from './Migration20261208020000_ExterneOndertekening';
import { Migration20261208030000_DoelenInHash } from './Migration20261208030000_DoelenInHash';
import { Migration20261209010000_OnderdeelFase } from './Migration20261209010000_OnderdeelFase';
import { Migration20261209020000_Suggesties } from './Migration20261209020000_Suggesties';
import { Migration20261209030000_VoorstelVervallen } from './Migration20261209030000_VoorstelVervallen';
import { Migration20261212010000_AfgeleideStatus } from './Migration20261212010000_AfgeleideStatus';
import { Migration20261208060000_OvereenkomstDocument } from './Migration20261208060000_OvereenkomstDocument';
import { Migration20261213010000_Meldingen } from './Migration20261213010000_Meldingen';
import { Migration20261214010000_PartijGegevens } from './Migration20261214010000_PartijGegevens';
import { Migration20261214030000_Publicatie } from './Migration20261214030000_Publicatie';
import { Migration20261214040000_PublicatiePdf } from './Migration20261214040000_PublicatiePdf';
import { Migration20261220010000_CollabMaterialisatie } from './Migration20261220010000_CollabMaterialisatie';
import { Migration20261221010000_VolledigeNummers } from './Migration20261221010000_VolledigeNummers';
import { Migration20261222010000_PartijLogo } from './Migration20261222010000_PartijLogo';
import { Migration20261223010000_LandIndexen } from './Migration20261223010000_LandIndexen';
import { Migration20261224010000_Import } from './Migration20261224010000_Import';
import { Migration20261225010000_IndicatorSleutel } from './Migration20261225010000_IndicatorSleutel';
import { Migration20261226010000_KoppelingIndex } from './Migration20261226010000_KoppelingIndex';

/**
 * Every migration, in order. Listed explicitly (not discovered from the folder) so the compiled
 * app, ts-jest and the benchmark all run exactly the same set.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125200957_Initial', class: Migration20261125200957_Initial },
  { name: 'Migration20261125203907_Accounts', class: Migration20261125203907_Accounts },
  { name: 'Migration20261125210925_Collab', class: Migration20261125210925_Collab },
  { name: 'Migration20261125234146_Negotiation', class: Migration20261125234146_Negotiation },
  { name: 'Migration20261126000635_Export', class: Migration20261126000635_Export },
  { name: 'Migration20261126003606_Kalender', class: Migration20261126003606_Kalender },
  { name: 'Migration20261126011108_Verantwoording', class: Migration20261126011108_Verantwoording },
  { name: 'Migration20261126023323_BodEvaluatie', class: Migration20261126023323_BodEvaluatie },
  { name: 'Migration20261206010000_Integriteit', class: Migration20261206010000_Integriteit },
  { name: 'Migration20261206020000_Sessies', class: Migration20261206020000_Sessies },
  { name: 'Migration20261207010000_Normen', class: Migration20261207010000_Normen },
  { name: 'Migration20261207020000_Locaties', class: Migration20261207020000_Locaties },
  { name: 'Migration20261207030000_Rollen', class: Migration20261207030000_Rollen },
  { name: 'Migration20261207040000_Leden', class: Migration20261207040000_Leden },
  { name: 'Migration20261207050000_Bedragen', class: Migration20261207050000_Bedragen },
  { name: 'Migration20261207060000_Doelen', class: Migration20261207060000_Doelen },
  {
    name: 'Migration20261208020000_ExterneOndertekening',
    class: Migration20261208020000_ExterneOndertekening,
  },
  { name: 'Migration20261208030000_DoelenInHash', class: Migration20261208030000_DoelenInHash },
  {
    name: 'Migration20261208060000_OvereenkomstDocument',
    class: Migration20261208060000_OvereenkomstDocument,
  },
  { name: 'Migration20261209010000_OnderdeelFase', class: Migration20261209010000_OnderdeelFase },
  { name: 'Migration20261209020000_Suggesties', class: Migration20261209020000_Suggesties },
  {
    name: 'Migration20261209030000_VoorstelVervallen',
    class: Migration20261209030000_VoorstelVervallen,
  },
  {
    name: 'Migration20261212010000_AfgeleideStatus',
    class: Migration20261212010000_AfgeleideStatus,
  },
  { name: 'Migration20261213010000_Meldingen', class: Migration20261213010000_Meldingen },
  {
    name: 'Migration20261214010000_PartijGegevens',
    class: Migration20261214010000_PartijGegevens,
  },
  { name: 'Migration20261214030000_Publicatie', class: Migration20261214030000_Publicatie },
  { name: 'Migration20261214040000_PublicatiePdf', class: Migration20261214040000_PublicatiePdf },
  {
    name: 'Migration20261220010000_CollabMaterialisatie',
    class: Migration20261220010000_CollabMaterialisatie,
  },
  {
    name: 'Migration20261221010000_VolledigeNummers',
    class: Migration20261221010000_VolledigeNummers,
  },
  { name: 'Migration20261222010000_PartijLogo', class: Migration20261222010000_PartijLogo },
  { name: 'Migration20261223010000_LandIndexen', class: Migration20261223010000_LandIndexen },
  { name: 'Migration20261224010000_Import', class: Migration20261224010000_Import },
  {
    name: 'Migration20261225010000_IndicatorSleutel',
    class: Migration20261225010000_IndicatorSleutel,
  },
  { name: 'Migration20261226010000_KoppelingIndex', class: Migration20261226010000_KoppelingIndex },
];
