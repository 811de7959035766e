import { DEMO_WACHTWOORD } from '../../src/demo/demo.service';
import { TEST_WACHTWOORD, type TestApp } from './test-app';

/** A GraphQL request as one of the demo's people (by their short name), returning the data. */
export type Als = (
  wie: string,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<Record<string, any>>;

/** The regie freezes an onderdeel (overriding missing akkoorden) and each signatory signs it. */
export async function bevriesEnOnderteken(
  als: Als,
  onderdeelId: string,
  ondertekenaars: string[],
): Promise<{ id: string; hash: string }> {
  const versie = (
    await als(
      'gemeente',
      `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id hash } }`,
      { input: { onderdeelId, overrideReden: 'Akkoord in het bestuurlijk overleg' } },
    )
  ).bevriesOnderdeel as { id: string; hash: string };
  for (const wie of ondertekenaars)
    await als(wie, `mutation($input: OndertekenInput!) { onderteken(input: $input) { status } }`, {
      input: { versieId: versie.id, functie: 'bestuurder', wachtwoord: DEMO_WACHTWOORD },
    });
  return versie;
}

/**
 * The same for a fixture's tester, who is a member of every partij: frozen with `reden` as the
 * override, then signed on behalf of each partij in turn. Answers the version's id.
 */
export async function bevriesEnOndertekenVoor(
  t: TestApp,
  onderdeelId: string,
  partijen: string[],
  reden = 'test',
): Promise<string> {
  const { bevriesOnderdeel } = await t.gqlOk<{ bevriesOnderdeel: { id: string } }>(
    `mutation($input: BevriesInput!) { bevriesOnderdeel(input: $input) { id } }`,
    { input: { onderdeelId, overrideReden: reden } },
  );
  for (const partijId of partijen) {
    await t.gqlOk(`mutation($input: OndertekenInput!) { onderteken(input: $input) { status } }`, {
      input: {
        versieId: bevriesOnderdeel.id,
        partijId,
        functie: 'bestuurder',
        wachtwoord: TEST_WACHTWOORD,
      },
    });
  }
  return bevriesOnderdeel.id;
}

/**
 * An addendum in which `indiener` proposes a new text for one afspraak and the others accept it,
 * so the draft differs from the signed version by that text.
 */
export async function addendumMetWijziging(
  als: Als,
  w: { onderdeelId: string; afspraakId: string; nieuweTekst: string; indiener: string },
  beoordelaars: string[],
): Promise<void> {
  await als('gemeente', `mutation($input: AddendumInput!) { startAddendum(input: $input) }`, {
    input: { onderdeelId: w.onderdeelId, reden: 'Versnelling nieuwbouw' },
  });
  const voorstel = (
    await als(
      w.indiener,
      `mutation($input: WijzigingsvoorstelInput!) { dienVoorstelIn(input: $input) { id } }`,
      {
        input: {
          soort: 'WIJZIGING',
          afspraakId: w.afspraakId,
          nieuweTekst: w.nieuweTekst,
          motivering: 'Nieuwe wijk',
        },
      },
    )
  ).dienVoorstelIn as { id: string };
  for (const wie of beoordelaars)
    await als(
      wie,
      `mutation($input: BeoordeelVoorstelInput!) { beoordeelVoorstel(input: $input) { status } }`,
      { input: { voorstelId: voorstel.id, beoordeling: 'AANVAARD' } },
    );
}
