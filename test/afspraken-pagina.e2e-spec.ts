import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { AFSPRAAK_DETAILS } from './support/queries';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A page of the `afspraken` list reads only the afspraken on it, not the whole agreements they
 * belong to. Each afspraak on a page must read exactly as in its agreement: the demo's afspraken
 * (taken from the seeds) with their betrokkenen, jaarschijven, details, norms, amounts, places and
 * a verwijzing to an afspraak that is on another page.
 */
const AFSPRAAK = /* GraphQL */ `
  fragment Afspraak on Afspraak {
    id
    nummer
    volgorde
    titel
    type
    typeLabel
    tekst
    volwassenheid
    voorwaarden
    doelgroepen
    trekkerGroep
    trekkerTekst
    eigenDoelgroepIds
    thema {
      id
      naam
      domein {
        id
        naam
      }
    }
    trekker {
      id
      naam
    }
    trekkers {
      id
      naam
    }
    betrokkenen {
      id
      rol
      bijdrage
      kostenaandeel
      partij {
        id
        naam
        soort
      }
    }
    jaarschijven {
      id
      jaar
      concretisering
      jaarschijf {
        id
        jaar
        status
      }
    }
    locaties {
      id
      naam
      soort
      soortLabel
      gemeente {
        id
        naam
      }
    }
    waarschuwingen {
      code
      lid
      tekst
    }
    voorwaardenMetDeel {
      tekst
      deel {
        activiteit
      }
    }
    eigenDoelgroepen {
      id
      naam
      omschrijving
      leeftijdVan
      leeftijdTot
    }
    normen {
      onderwerp
      vergelijking
      waarde
      totWaarde
      waardeTekst
      eenheid
      eenheidTekst
      partijId
      tekst
    }
    verwijzingen {
      soort
      titel
      artikel
      url
      afspraakId
      toelichting
      tekst
    }
    bedragen {
      doel
      centen
      jaar
      totJaar
      jaren
      frequentie
      gezamenlijk
      onbekend
      samenvatting
      tekst
      ontvangers {
        id
        naam
      }
    }
    leden {
      letter
      nummer
      tekst
      type
      typeLabel
    }
    ${AFSPRAAK_DETAILS}
    onderdeel {
      id
      titel
      soort
      status
    }
    overeenkomst {
      id
      titel
      status
      startjaar
      eindjaar
    }
  }
`;
const VOLLEDIG = /* GraphQL */ `
  query ($id: ID!) {
    overeenkomst(id: $id) {
      afspraken {
        ...Afspraak
      }
    }
  }
  ${AFSPRAAK}
`;
const PAGINA = /* GraphQL */ `
  query ($filter: AfspraakFilter, $take: Int, $skip: Int) {
    afspraken(filter: $filter, take: $take, skip: $skip) {
      total
      items {
        ...Afspraak
      }
    }
  }
  ${AFSPRAAK}
`;

interface Afspraak {
  id: string;
  nummer: string;
  verwijzingen: { afspraakId: string | null; tekst: string }[];
  onderdeel: { id: string };
}

describe('afspraken: a page reads only its afspraken', () => {
  let t: TestApp;
  let overeenkomstIds: string[];

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    t.actAs(await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD));
    const lijst = await t.gqlOk<{ overeenkomsten: { items: { id: string }[] } }>(
      `{ overeenkomsten(take: 50) { items { id } } }`,
    );
    overeenkomstIds = lijst.overeenkomsten.items.map((o) => o.id);
  });
  afterAll(() => t.close());

  it('every page of three, across the demo agreements, reads as the agreements do', async () => {
    const volledig = new Map<string, Afspraak>();
    for (const id of overeenkomstIds) {
      const data = await t.gqlOk<{ overeenkomst: { afspraken: Afspraak[] } }>(VOLLEDIG, { id });
      for (const a of data.overeenkomst.afspraken) volledig.set(a.id, a);
    }
    // The demo has an afspraak that refers to another one by number.
    const verwijzend = [...volledig.values()].find((a) =>
      a.verwijzingen.some((v) => v.afspraakId !== null),
    )!;
    expect(verwijzend).toBeDefined();

    const gezien: Afspraak[] = [];
    let total = Infinity;
    for (let skip = 0; skip < total; skip += 3) {
      const start = t.queries.length;
      const { afspraken } = await t.gqlOk<{ afspraken: { total: number; items: Afspraak[] } }>(
        PAGINA,
        { take: 3, skip },
      );
      total = afspraken.total;
      gezien.push(...afspraken.items);
      const gelezen = t.queries
        .slice(start)
        .filter((sql) => sql.startsWith('select * from afspraak'));
      expect(gelezen).toEqual([expect.stringContaining(' and id = any(')]);
    }
    expect(gezien).toHaveLength(volledig.size);
    for (const a of gezien) expect(a).toEqual(volledig.get(a.id));

    // On a page of its own, the referring afspraak still prints the other afspraak's number.
    const verwezen = volledig.get(
      verwijzend.verwijzingen.find((v) => v.afspraakId !== null)!.afspraakId!,
    )!;
    const positie = gezien.findIndex((a) => a.id === verwijzend.id);
    const { afspraken } = await t.gqlOk<{ afspraken: { items: Afspraak[] } }>(PAGINA, {
      take: 1,
      skip: positie,
    });
    expect(afspraken.items).toEqual([verwijzend]);
    expect(verwijzend.verwijzingen.map((v) => v.tekst).join(' ')).toContain(verwezen.nummer);
  });

  it("a page that asks for an onderdeel's afspraken gets all of them", async () => {
    const data = await t.gqlOk<{
      afspraken: { items: { onderdeel: { id: string; afspraken: { id: string }[] } }[] };
    }>(`{ afspraken(take: 1) { items { onderdeel { id afspraken { id } } } } }`);
    const onderdeel = data.afspraken.items[0]!.onderdeel;
    const { onderdeel: volledig } = await t.gqlOk<{ onderdeel: { afspraken: { id: string }[] } }>(
      `query ($id: ID!) { onderdeel(id: $id) { afspraken { id } } }`,
      { id: onderdeel.id },
    );
    expect(onderdeel.afspraken.length).toBeGreaterThan(1);
    expect(onderdeel.afspraken).toEqual(volledig.afspraken);
  });
});
