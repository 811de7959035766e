import { KeuzeVeld, TekstVeld } from '../../components/Velden';
import type { AfspraakDetailsInput, AfspraakType } from '../../gql/graphql';
import { GEEN_WANNEER, ProcesWanneerVelden, wanneerInput, type Wanneer } from './ProcesWanneer';

interface Partij {
  id: string;
  naam: string;
}

/** The two texts (and, for a transactie, the other partij) that make up a type's details. */
export interface TypeWaarden {
  a: string;
  b: string;
  tweede: string;
  /** The moment of a one-off proces step. */
  wanneer?: Wanneer;
}

export const LEGE_TYPE_WAARDEN: TypeWaarden = { a: '', b: '', tweede: '' };

/** Labels of the two texts; only the ones marked required are (the rest may stay open). */
const LABELS: Record<AfspraakType, [string, string | null]> = {
  PROCES: ['Overlegvorm', 'Frequentie (leeg bij een eenmalige stap)'],
  BESCHRIJVEND: ['Het uitgangspunt of de definitie', null],
  INTENTIE: ['Als … (leeg bij een inspanning zonder voorwaarde)', '… dan'],
  HANDELING: ['Activiteit (wat), leeg als die nog wordt uitgewerkt', 'Wanneer'],
  GARANTIE: ['Wat de trekker garandeert', null],
  TRANSACTIE: ['Wat de trekker levert', 'Wat de trekker ontvangt'],
};
const VERPLICHT: Record<AfspraakType, [boolean, boolean]> = {
  PROCES: [false, false],
  BESCHRIJVEND: [false, false],
  INTENTIE: [false, false],
  HANDELING: [false, false],
  GARANTIE: [true, false],
  TRANSACTIE: [false, false],
};

/** The details input of a type from the entered texts, with the trekker as the acting partij. */
export function typeDetails(
  type: AfspraakType,
  w: TypeWaarden,
  trekkerId: string,
): AfspraakDetailsInput {
  switch (type) {
    case 'PROCES':
      return {
        proces: {
          overlegvorm: w.a,
          frequentie: w.b,
          deelnemerIds: [],
          ...wanneerInput(w.wanneer ?? GEEN_WANNEER),
        },
      };
    case 'BESCHRIJVEND':
      return { beschrijvend: { soort: 'UITGANGSPUNT', omschrijving: w.a } };
    case 'INTENTIE':
      return { intentie: { voorwaarde: w.a, gevolg: w.b } };
    case 'HANDELING':
      // No activity yet is allowed: it may still be worked out in the jaarschijf.
      return {
        handeling: {
          activiteiten: w.a.trim() ? [{ wat: w.a, wanneer: w.b, partijIds: [trekkerId] }] : [],
        },
      };
    case 'GARANTIE':
      return { garantie: { wat: w.a, garantstellerIds: [trekkerId] } };
    case 'TRANSACTIE':
      return {
        transactie: {
          // Without another partij the trekker alone delivers (bears the costs).
          posten: [
            { partijId: trekkerId, levert: w.a, ontvangt: w.b },
            ...(w.tweede && w.tweede !== trekkerId
              ? [{ partijId: w.tweede, levert: w.b, ontvangt: w.a }]
              : []),
          ],
        },
      };
  }
}

/**
 * The type-specific fields of a new afspraak (the "new afspraak" dialog and the bod form).
 * `fout` is shown under the fields: the server's message about the details.
 */
export function TypeDetailsVelden({
  idPrefix,
  type,
  waarden,
  onWijzig,
  partijen,
  fout,
}: {
  idPrefix: string;
  type: AfspraakType;
  waarden: TypeWaarden;
  onWijzig: (w: TypeWaarden) => void;
  partijen: Partij[];
  fout?: string | null;
}) {
  const [labelA, labelB] = LABELS[type];
  const foutId = `${idPrefix}-details-fout`;
  const beschreven = fout ? foutId : undefined;
  const tweede = waarden.tweede || partijen[1]?.id || '';
  return (
    <>
      {type === 'TRANSACTIE' && (
        <KeuzeVeld
          id={`${idPrefix}-tweede`}
          label="Met partij"
          waarde={tweede}
          onKies={(w) => onWijzig({ ...waarden, tweede: w })}
          opties={partijen.map((p) => ({ waarde: p.id, label: p.naam }))}
        />
      )}
      <TekstVeld
        id={`${idPrefix}-a`}
        label={labelA}
        waarde={waarden.a}
        onWijzig={(w) => onWijzig({ ...waarden, tweede, a: w })}
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschreven}
        required={VERPLICHT[type][0]}
      />
      {labelB && (
        <TekstVeld
          id={`${idPrefix}-b`}
          label={labelB}
          waarde={waarden.b}
          onWijzig={(w) => onWijzig({ ...waarden, tweede, b: w })}
          aria-invalid={fout ? true : undefined}
          aria-describedby={beschreven}
          required={VERPLICHT[type][1]}
        />
      )}
      {type === 'PROCES' && (
        <ProcesWanneerVelden
          idPrefix={idPrefix}
          waarde={waarden.wanneer ?? GEEN_WANNEER}
          onWijzig={(wanneer) => onWijzig({ ...waarden, tweede, wanneer })}
        />
      )}
      {fout && (
        <p className="fout" role="alert" id={foutId}>
          {fout}
        </p>
      )}
    </>
  );
}
