import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { startTestApp, type TestApp } from './support/test-app';

function provider(t: TestApp, onderdeelId: string, token: string, doc = new Y.Doc()) {
  return new WebsocketProvider(t.baseUrl.replace('http', 'ws') + '/collab', onderdeelId, doc, {
    WebSocketPolyfill: WebSocket as never,
    params: { token },
    disableBc: true,
  });
}
const synced = (p: WebsocketProvider) =>
  new Promise<void>((r) => (p.synced ? r() : p.once('sync', (s: boolean) => s && r())));

it('smoke', async () => {
  const t = await startTestApp({ seedDemo: true });
  const token = await t.login('gemeente@demo.driehoek.nl', DEMO_WACHTWOORD);
  t.actAs(token);
  const o = await t.gqlOk(
    `{ overeenkomsten { items { onderdelen { id soort afspraken { id tekst tekstJson } } } } }`,
  );
  const hoofd = o.overeenkomsten.items[0].onderdelen[0];
  const afspraak = hoofd.afspraken[0];
  expect(afspraak.tekst.length).toBeGreaterThan(10);
  const a = provider(t, hoofd.id, token);
  const b = provider(t, hoofd.id, await t.login('corporatie@demo.driehoek.nl', DEMO_WACHTWOORD));
  await Promise.all([synced(a), synced(b)]);
  const fa = a.doc.getXmlFragment(afspraak.id);
  expect(fa.length).toBeGreaterThan(0);
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText('Nieuwe zin van de gemeente.')]);
  fa.insert(fa.length, [p]);
  await new Promise((r) => setTimeout(r, 800));
  expect(b.doc.getXmlFragment(afspraak.id).toJSON()).toBe(fa.toJSON());
  const na = await t.gqlOk(`query($id: ID!) { afspraak(id: $id) { tekst } }`, { id: afspraak.id });
  expect(na.afspraak.tekst).toContain('Nieuwe zin van de gemeente.');
  a.destroy();
  b.destroy();
  await t.close();
});
