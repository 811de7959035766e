import { Kind } from 'graphql';
import { ID } from './id.scalar';

describe('ID', () => {
  const id = '85a572a0-0eea-429f-b07a-97dd0656bef7';

  it('takes a uuid in capitals as the lower-case id, from a variable and from a literal', () => {
    expect(ID.parseValue(id.toUpperCase())).toBe(id);
    expect(ID.parseLiteral({ kind: Kind.STRING, value: id.toUpperCase() }, {})).toBe(id);
  });

  it('leaves what is no uuid as GraphQL would, and refuses what GraphQL refuses', () => {
    expect(ID.parseValue(`${id.toUpperCase()} `)).toBe(`${id.toUpperCase()} `);
    expect(ID.parseValue('Ab')).toBe('Ab');
    expect(ID.parseValue(12)).toBe('12');
    expect(() => ID.parseValue(true)).toThrow();
    expect(ID.name).toBe('ID');
  });
});
