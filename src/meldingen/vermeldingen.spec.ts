import { vindVermeldingen } from './vermeldingen';

const kandidaten = [
  { id: 'p1', naam: 'Woonstede' },
  { id: 'p2', naam: 'Woonstede Noord' },
  { id: 'g1', naam: 'Anna de Vries' },
  { id: 'g2', naam: 'Anna' },
];

describe('vindVermeldingen', () => {
  it('finds the longest name after each @, once', () => {
    const ids = vindVermeldingen(
      'Graag een reactie van @Woonstede Noord en @anna de vries, ook @Anna de Vries.',
      kandidaten,
    ).map((k) => k.id);
    expect(ids).toEqual(['p2', 'g1']);
  });

  it('needs a word boundary after the name and ignores e-mail addresses', () => {
    expect(vindVermeldingen('@Annabel en info@Woonstede.nl', kandidaten)).toEqual([]);
    expect(vindVermeldingen('(@Anna)', kandidaten).map((k) => k.id)).toEqual(['g2']);
  });
});
