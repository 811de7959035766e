import { Partij } from '../partijen/partij.entity';
import { Deelnemer, Overeenkomst, Referentie } from '../overeenkomsten/overeenkomst.entity';
import { Onderdeel } from '../overeenkomsten/onderdeel.entity';
import { Afspraak, AfspraakBetrokkene } from '../overeenkomsten/afspraak.entity';
import { Thema } from '../overeenkomsten/thema.entity';
import { AfspraakJaarschijf, Jaarschijf } from '../jaarschijven/jaarschijf.entity';
import { Indicator, Realisatie, Streefwaarde } from '../indicatoren/indicator.entity';

export const ENTITIES = [
  Partij,
  Overeenkomst,
  Referentie,
  Deelnemer,
  Onderdeel,
  Thema,
  Afspraak,
  AfspraakBetrokkene,
  Jaarschijf,
  AfspraakJaarschijf,
  Indicator,
  Streefwaarde,
  Realisatie,
];
