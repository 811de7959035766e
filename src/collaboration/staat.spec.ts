import * as Y from 'yjs';
import { omvat, staatVan } from './staat';

function kopie(doc: Y.Doc): Y.Doc {
  const nieuw = new Y.Doc();
  Y.applyUpdate(nieuw, Y.encodeStateAsUpdate(doc));
  return nieuw;
}

describe('omvat', () => {
  const basis = new Y.Doc();
  basis.getText('t').insert(0, 'Partijen spannen zich in om 120 woningen te realiseren.');

  it('holds its own state and an older one', () => {
    const later = kopie(basis);
    later.getText('t').insert(0, 'In 2027: ');
    expect(omvat(later, staatVan(later))).toBe(true);
    expect(omvat(later, staatVan(basis))).toBe(true);
  });

  it('lacks a state with an item it has not seen', () => {
    const elders = kopie(basis);
    elders.getText('t').insert(0, 'In 2027: ');
    expect(omvat(basis, staatVan(elders))).toBe(false);
  });

  it('lacks a state that only deleted something (the state vector alone would not show it)', () => {
    const elders = kopie(basis);
    const hier = kopie(basis);
    elders.getText('t').delete(0, 9);
    expect(Y.encodeStateVector(hier)).toEqual(Y.encodeStateVector(elders));
    expect(omvat(hier, staatVan(elders))).toBe(false);
    Y.applyUpdate(hier, Y.encodeStateAsUpdate(elders));
    expect(omvat(hier, staatVan(elders))).toBe(true);
  });
});
