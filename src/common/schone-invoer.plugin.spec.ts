import { parse } from 'graphql';
import { stuurtekensIn } from './schone-invoer.plugin';

describe('stuurtekensIn', () => {
  const velden = (query: string, variabelen?: Record<string, unknown>) =>
    stuurtekensIn(parse(query), variabelen).map((f) => f.veld);

  it('finds control characters in plain arguments, literals, lists, nested inputs and variables', () => {
    expect(velden(`{ zoek(term: "a\\u0000") { id } }`)).toEqual(['term']);
    expect(
      velden(
        `mutation { m(input: { titel: "ok", lijst: ["x", "y\\u001f"], sub: { a: "\\u0007" } }) }`,
      ),
    ).toEqual(['input.lijst.1', 'input.sub.a']);
    expect(
      velden(`mutation($input: I!, $t: String) { m(input: $input, tekst: $t) }`, {
        input: { voorwaarden: ['mits\u0000'], betrokkenen: [{ bijdrage: '\u000b' }] },
        t: 'x\u0008',
      }),
    ).toEqual(['input.voorwaarden.0', 'input.betrokkenen.0.bijdrage', 'tekst']);
    expect(velden(`mutation($t: String = "a\\u0001") { m(tekst: $t) }`)).toEqual(['tekst']);
  });

  it('looks inside JSON values, keys included, and names the key without its control character', () => {
    const fouten = stuurtekensIn(parse(`mutation($d: JSON) { m(details: $d) }`), {
      d: { a: [{ b: 'c\u0000' }], 'sleutel\u0000': 1 },
    });
    expect(fouten).toEqual([
      { veld: 'details.a.0.b', melding: expect.stringContaining('U+0000') as string },
      { veld: 'details.sleutel?', melding: 'heeft een naam met een stuurteken' },
    ]);
  });

  it('lets tab, newline and all other text through', () => {
    expect(
      velden(`mutation($t: String) { m(tekst: $t, b: "é \\t\\n ✓") }`, { t: 'a\tb\nc – ü 😀' }),
    ).toEqual([]);
  });

  it('reports at most 20 faults', () => {
    const lijst = Array.from({ length: 100 }, () => '\u0000');
    expect(velden(`mutation($l: [String!]) { m(l: $l) }`, { l: lijst })).toHaveLength(20);
  });
});
