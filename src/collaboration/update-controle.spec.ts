import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { leesUpdate } from './update-controle';

/** A server document and a client that has synced it, so updates are real diffs. */
function paar() {
  const server = new Y.Doc();
  const alinea = new Y.XmlElement('paragraph');
  alinea.insert(0, [new Y.XmlText('Bestaande tekst.')]);
  server.getXmlFragment('afspraak-1').insert(0, [alinea]);
  const preambule = new Y.XmlElement('paragraph');
  preambule.insert(0, [new Y.XmlText('De partijen komen overeen.')]);
  server.getXmlFragment('preambule').insert(0, [preambule]);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

function wijziging(client: Y.Doc, wat: (doc: Y.Doc) => void): Uint8Array {
  const voor = Y.encodeStateVector(client);
  wat(client);
  return Y.encodeStateAsUpdate(client, voor);
}

const eersteTekst = (doc: Y.Doc, naam: string) =>
  (doc.getXmlFragment(naam).get(0) as Y.XmlElement).get(0) as Y.XmlText;

describe('leesUpdate: which fragments an update touches, before it is applied', () => {
  it('typing inside an existing paragraph (the parent is left out, found through the neighbour)', () => {
    const { server, client } = paar();
    const update = wijziging(client, (d) => eersteTekst(d, 'afspraak-1').insert(8, 'nieuwe '));
    expect(leesUpdate(server, update)).toEqual({
      fragmenten: new Set(['afspraak-1']),
      stuurteken: false,
      onvolledig: false,
      subdocument: false,
      strijdig: false,
    });
  });

  it('a new paragraph with text, nested in the same update', () => {
    const { server, client } = paar();
    const update = wijziging(client, (d) => {
      const alinea = new Y.XmlElement('paragraph');
      alinea.insert(0, [new Y.XmlText('Nog een zin.')]);
      d.getXmlFragment('preambule').insert(1, [alinea]);
    });
    expect(leesUpdate(server, update).fragmenten).toEqual(new Set(['preambule']));
  });

  it('deleting text only: the deleted content tells the fragment', () => {
    const { server, client } = paar();
    const update = wijziging(client, (d) => eersteTekst(d, 'preambule').delete(0, 4));
    expect(leesUpdate(server, update).fragmenten).toEqual(new Set(['preambule']));
  });

  it('a made-up root type and a map at the root', () => {
    const { server, client } = paar();
    const update = wijziging(client, (d) => {
      d.getXmlFragment('rommel').insert(0, [new Y.XmlText('x')]);
      d.getMap('kaart').set('a', 1);
    });
    expect(leesUpdate(server, update).fragmenten).toEqual(new Set(['rommel', 'kaart']));
  });

  it.each([
    ['NUL in text', (d: Y.Doc) => eersteTekst(d, 'afspraak-1').insert(0, 'a\u0000b')],
    ['escape in text', (d: Y.Doc) => eersteTekst(d, 'afspraak-1').insert(0, '\u001b[31m')],
    [
      'a control character in a mark',
      (d: Y.Doc) => eersteTekst(d, 'afspraak-1').format(0, 3, { link: { href: 'x\u0007' } }),
    ],
    [
      'a control character in an attribute',
      (d: Y.Doc) =>
        (d.getXmlFragment('afspraak-1').get(0) as Y.XmlElement).setAttribute('level', '1\u0001'),
    ],
    [
      'a control character in a node name',
      (d: Y.Doc) => d.getXmlFragment('afspraak-1').insert(0, [new Y.XmlElement('p\u0000')]),
    ],
  ])('%s is found', (_wat, wat) => {
    const { server, client } = paar();
    expect(leesUpdate(server, wijziging(client, wat)).stuurteken).toBe(true);
  });

  it('tab and newline are text', () => {
    const { server, client } = paar();
    const update = wijziging(client, (d) => eersteTekst(d, 'afspraak-1').insert(0, 'a\tb\nc'));
    expect(leesUpdate(server, update).stuurteken).toBe(false);
  });

  it('an update building on content the server never received is incomplete', () => {
    const { server, client } = paar();
    wijziging(client, (d) => eersteTekst(d, 'afspraak-1').insert(0, 'eerst '));
    const tweede = wijziging(client, (d) => eersteTekst(d, 'afspraak-1').insert(2, 'dan '));
    expect(leesUpdate(server, tweede).onvolledig).toBe(true);
  });

  it('malformed bytes throw', () => {
    const { server } = paar();
    expect(() => leesUpdate(server, new Uint8Array([0xff, 0xff, 0xff]))).toThrow();
  });
});

/** One item as an update of its own, as Yjs writes it (V1: clients, structs, an empty delete set). */
function alsUpdate(item: Y.Item): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoder.writeClient(item.id.client);
  encoding.writeVarUint(encoder.restEncoder, item.id.clock);
  item.write(encoder, 0);
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

describe('an item whose origins cannot stand around it', () => {
  const metOrigin = (update: Uint8Array, origin: (oud: Y.ID) => Y.ID) => {
    const item = Y.decodeUpdate(update).structs[0] as Y.Item;
    item.origin = origin(item.origin!);
    return alsUpdate(item);
  };

  it.each([
    ['its left origin moved past its right one (a bit flip in the fuzz suite)', 10],
    ['its left origin moved before its old place', -3],
  ])('%s: refused', (_wat, verschuiving) => {
    const { server, client } = paar();
    Y.applyUpdate(
      server,
      wijziging(client, (d) => eersteTekst(d, 'afspraak-1').insert(0, 'vier keer per jaar ')),
    );
    const update = wijziging(client, (d) => eersteTekst(d, 'afspraak-1').insert(5, 'X'));
    // Re-encoded unchanged it passes: the check is not fooled by the encoding.
    expect(
      leesUpdate(
        server,
        metOrigin(update, (oud) => oud),
      ).strijdig,
    ).toBe(false);
    const verschoven = metOrigin(update, (oud) => Y.createID(oud.client, oud.clock + verschuiving));
    expect(leesUpdate(server, verschoven).strijdig).toBe(true);
  });

  it('typing after text split by someone else passes', () => {
    const { server, client } = paar();
    const ander = new Y.Doc();
    Y.applyUpdate(ander, Y.encodeStateAsUpdate(server));
    Y.applyUpdate(
      server,
      wijziging(ander, (d) => eersteTekst(d, 'afspraak-1').insert(4, 'Y')),
    );
    // The client has not seen Y: its insertion's right origin is the character Y now precedes.
    const update = wijziging(client, (d) => eersteTekst(d, 'afspraak-1').insert(4, 'X'));
    expect(leesUpdate(server, update).strijdig).toBe(false);
  });
});
