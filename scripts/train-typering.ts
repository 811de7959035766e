/**
 * npm run import:train
 *
 * Trains the importer's type model on the labelled corpus (never on the control corpus, which
 * bench:import measures it against) and writes src/import/typering-gewichten.json, one feature a line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alleAfspraken } from '../test/import/corpus/corpus';
import type { AfspraakType } from '../src/overeenkomsten/afspraak-type';
import { traineer } from '../src/import/typering-training';
import { modelAlsJson } from '../src/import/typering-model';

const model = traineer(
  alleAfspraken().map(({ afspraak }) => ({
    tekst: afspraak.tekst,
    type: afspraak.type as AfspraakType,
  })),
);
writeFileSync(join(__dirname, '../src/import/typering-gewichten.json'), modelAlsJson(model));
console.log(`${Object.keys(model.gewichten).length} kenmerken geschreven`);
