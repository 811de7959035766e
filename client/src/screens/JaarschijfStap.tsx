import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { JaarschijfStatus } from '../gql/graphql';
import { foutmelding } from '../lib/fouten';
import { JAARSCHIJF_STATUS } from '../lib/labels';

const ZET = graphql(`
  mutation ZetJaarschijfStatus($input: ZetJaarschijfStatusInput!) {
    zetJaarschijfStatus(input: $input)
  }
`);

/** The steps a person can take by hand; ter ondertekening and ondertekend follow from signing. */
const VOLGENDE: Partial<Record<JaarschijfStatus, JaarschijfStatus>> = {
  CONCEPT: 'BOD_ONTVANGEN',
  BOD_ONTVANGEN: 'IN_ONDERHANDELING',
  ONDERTEKEND: 'IN_UITVOERING',
  IN_UITVOERING: 'VERANTWOORDING',
  VERANTWOORDING: 'GEEVALUEERD',
};

export function JaarschijfStap({
  id,
  jaar,
  status,
  onKlaar,
}: {
  id: string;
  jaar: number;
  status: JaarschijfStatus;
  onKlaar: () => void;
}) {
  const [resultaat, zet] = useMutation(ZET);
  const volgende = VOLGENDE[status];
  if (!volgende) return null;
  return (
    <>
      <button
        type="button"
        className="knop-tekst"
        disabled={resultaat.fetching}
        onClick={() =>
          void zet({ input: { jaarschijfId: id, status: volgende } }).then(
            (a) => !a.error && onKlaar(),
          )
        }
      >
        Naar {JAARSCHIJF_STATUS[volgende]!.toLowerCase()}
        <span className="sr-only"> ({jaar})</span>
      </button>
      {resultaat.error && (
        <span className="fout" role="alert">
          {foutmelding(resultaat.error)}
        </span>
      )}
    </>
  );
}
