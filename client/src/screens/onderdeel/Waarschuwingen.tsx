import { useQuery } from 'urql';
import { graphql } from '../../gql';

/** What an afspraak leaves open, as the server computes it: never a reason to refuse. */
export function Waarschuwingen({
  lijst,
  kop = 'Nog open',
}: {
  lijst: { code: string; tekst: string }[];
  kop?: string;
}) {
  if (lijst.length === 0) return null;
  return (
    <div className="melding-info waarschuwingen" role="note">
      <strong>{kop}</strong>
      <ul>
        {lijst.map((w, i) => (
          <li key={`${w.code}-${i}`}>{w.tekst}</li>
        ))}
      </ul>
    </div>
  );
}

const ONDERDEEL_WAARSCHUWINGEN = graphql(`
  query OnderdeelWaarschuwingen($id: ID!) {
    onderdeel(id: $id) {
      id
      afspraken {
        id
        nummer
        titel
        waarschuwingen {
          code
          tekst
        }
      }
    }
  }
`);

/** In the freeze dialog: what the afspraken of the onderdeel still leave open. */
export function BevriesWaarschuwingen({ onderdeelId }: { onderdeelId: string }) {
  const [{ data }] = useQuery({
    query: ONDERDEEL_WAARSCHUWINGEN,
    variables: { id: onderdeelId },
    requestPolicy: 'network-only',
  });
  const open = (data?.onderdeel.afspraken ?? []).filter((a) => a.waarschuwingen.length > 0);
  if (open.length === 0) return null;
  return (
    <div className="melding-info waarschuwingen" role="note">
      <strong>Deze afspraken laten nog iets open</strong> (u kunt toch voorleggen):
      <ul>
        {open.map((a) => (
          <li key={a.id}>
            {a.nummer} {a.titel}: {a.waarschuwingen.map((w) => w.tekst).join('; ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
