import { useMutation, useQuery } from 'urql';
import { Waarom, alleenRol } from '../components/Waarom';
import { graphql } from '../gql';
import { foutmelding } from '../lib/fouten';
import { JAARSCHIJF_STATUS } from '../lib/labels';

const ZET = graphql(`
  mutation ZetJaarschijfStatus($input: ZetJaarschijfStatusInput!) {
    zetJaarschijfStatus(input: $input)
  }
`);

/** Per jaarschijf the next step by hand and whether this person may take it now (the server's rule). */
export const JAARSCHIJF_STAPPEN = graphql(`
  query JaarschijfStappen($overeenkomstId: ID!) {
    jaarschijfStappen(overeenkomstId: $overeenkomstId) {
      jaarschijfId
      jaar
      naar
      mag {
        mag
        reden
        code
      }
    }
  }
`);

export function useJaarschijfStappen(overeenkomstId: string) {
  const [{ data }, herlaad] = useQuery({
    query: JAARSCHIJF_STAPPEN,
    variables: { overeenkomstId },
  });
  return {
    stap: (jaarschijfId: string) =>
      data?.jaarschijfStappen.find((s) => s.jaarschijfId === jaarschijfId),
    herlaad: () => herlaad({ requestPolicy: 'network-only' }),
  };
}

type Stap = NonNullable<ReturnType<ReturnType<typeof useJaarschijfStappen>['stap']>>;

/**
 * The button for the next step of a jaarschijf, only when the server says it would succeed;
 * otherwise why not and from when (ter ondertekening and ondertekend follow from signing).
 */
export function JaarschijfStap({ stap, onKlaar }: { stap: Stap | undefined; onKlaar: () => void }) {
  const [resultaat, zet] = useMutation(ZET);
  if (!stap?.naar) return null;
  const naar = stap.naar;
  if (!stap.mag.mag) return alleenRol(stap.mag) ? null : <Waarom t={stap.mag} klein />;
  return (
    <>
      <button
        type="button"
        className="knop-tekst"
        disabled={resultaat.fetching}
        onClick={() =>
          void zet({ input: { jaarschijfId: stap.jaarschijfId, status: naar } }).then(
            (a) => !a.error && onKlaar(),
          )
        }
      >
        Naar {JAARSCHIJF_STATUS[naar]!.toLowerCase()}
        <span className="sr-only"> ({stap.jaar})</span>
      </button>
      {resultaat.error && (
        <span className="fout" role="alert">
          {foutmelding(resultaat.error)}
        </span>
      )}
    </>
  );
}
