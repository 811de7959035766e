/*
 * npm run rook:gebouwd — a smoke test of the app as `npm run build` makes it (dist/), which is
 * what `npm start` runs: the tests run the sources through ts-jest, which records decorator
 * metadata differently (a class imported as a type is `Object` there and `Function` in the full
 * build), so a fault that only the build has would pass every test. It starts dist/src/main.js
 * on its embedded database with the demo, then as the gemeente: reads the agreement, saves an
 * afspraak through a mutation with a declared permission, exports the Word document, imports a
 * PDF (read in a worker thread from a file of its own, dist/src/import/pdf-tekst.worker.mjs) and
 * loads the web client. It runs from a folder holding only what the Dockerfile copies into the image
 * (its `COPY --from=build` lines, node_modules linked), so a file the image lacks fails here.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { DEMO_WACHTWOORD } from '../src/demo/demo.service';
import { vrijePoort } from '../test/support/vrije-poort';

const STARTTIJD_MS = 180_000;

/** A folder with what the image's last stage copies from the build, as the Dockerfile says. */
async function zoalsHetImage(root: string): Promise<string> {
  const map = await mkdtemp(join(tmpdir(), 'driehoek-image-'));
  const dockerfile = await readFile(join(root, 'Dockerfile'), 'utf8');
  const kopieen = [...dockerfile.matchAll(/^COPY --from=build \/app\/(\S+) (\S+)$/gm)];
  if (kopieen.length === 0) throw new Error('Geen COPY --from=build in de Dockerfile');
  for (const [, bron, doel] of kopieen) {
    const naar = resolve(map, doel!.endsWith('/') ? join(doel!, basename(bron!)) : doel!);
    await mkdir(dirname(naar), { recursive: true });
    if (bron === 'node_modules') await symlink(join(root, bron), naar, 'dir');
    else await cp(join(root, bron!), naar, { recursive: true });
  }
  return map;
}

async function main(): Promise<void> {
  const root = resolve(__dirname, '..');
  const image = await zoalsHetImage(root);
  const dataDir = await mkdtemp(join(tmpdir(), 'driehoek-rook-'));
  const poort = await vrijePoort();
  const basis = `http://127.0.0.1:${poort}`;
  const app = spawn(process.execPath, [join(image, 'dist', 'src', 'main.js')], {
    cwd: image,
    env: { ...process.env, PORT: String(poort), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let uitvoer = '';
  app.stdout.on('data', (d: Buffer) => (uitvoer += d.toString()));
  app.stderr.on('data', (d: Buffer) => (uitvoer += d.toString()));
  const gestopt = new Promise<number | null>((klaar) => app.once('exit', klaar));
  try {
    await new Promise<void>((klaar, mis) => {
      const deadline = setTimeout(
        () => mis(new Error(`De app startte niet binnen ${STARTTIJD_MS / 1000} s`)),
        STARTTIJD_MS,
      );
      app.stdout.on('data', () => {
        if (uitvoer.includes('Driehoek draait')) {
          clearTimeout(deadline);
          klaar();
        }
      });
      void gestopt.then((code) => {
        clearTimeout(deadline);
        mis(new Error(`De app stopte bij het starten (exit ${code})`));
      });
    });

    let token = '';
    const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
      const antwoord = await fetch(`${basis}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await antwoord.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length)
        throw new Error(`${query.slice(0, 60)}…: ${body.errors[0]!.message}`);
      return body.data!;
    };

    token = (
      await gql<{ login: { accessToken: string } }>(
        `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email: 'gemeente@demo.driehoek.nl', wachtwoord: DEMO_WACHTWOORD } },
      )
    ).login.accessToken;
    const { overeenkomsten } = await gql<{
      overeenkomsten: {
        items: {
          id: string;
          onderdelen: { status: string; afspraken: { id: string; titel: string }[] }[];
        }[];
      };
    }>(`{ overeenkomsten { items { id onderdelen { status afspraken { id titel } } } } }`);
    const overeenkomst = overeenkomsten.items[0];
    const afspraak = overeenkomst?.onderdelen.find((o) => o.status === 'CONCEPT')?.afspraken[0];
    if (!overeenkomst || !afspraak) throw new Error('Geen concept-afspraak in de demo');
    const { updateAfspraak } = await gql<{ updateAfspraak: { titel: string } }>(
      `mutation($input: UpdateAfspraakInput!) { updateAfspraak(input: $input) { titel } }`,
      { input: { id: afspraak.id, titel: `${afspraak.titel} (rooktest)` } },
    );
    if (updateAfspraak.titel !== `${afspraak.titel} (rooktest)`)
      throw new Error('updateAfspraak bewaarde de titel niet');

    const docx = await fetch(`${basis}/export/overeenkomsten/${overeenkomst.id}.docx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const bytes = Buffer.from(await docx.arrayBuffer());
    if (docx.status !== 200 || bytes.subarray(0, 2).toString() !== 'PK')
      throw new Error(`De Word-export gaf ${docx.status}`);
    const regel = [
      'BT /F1 16 Tf 72 760 Td (Prestatieafspraken Rooktest 2027) Tj ET',
      'BT /F1 11 Tf 72 720 Td (Artikel 1 Samenwerking) Tj ET',
      'BT /F1 11 Tf 72 700 Td (1.1 Partijen overleggen twee keer per jaar.) Tj ET',
    ].join('\n');
    const pdf = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
      `4 0 obj << /Length ${regel.length} >> stream`,
      regel,
      'endstream endobj',
      '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n');
    const form = new FormData();
    form.append('bestand', new Blob([pdf]), 'akkoord.pdf');
    const geimporteerd = await fetch(`${basis}/import/overeenkomsten`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const voorstel = (await geimporteerd.json()) as {
      hoofdstukken?: { afspraken: { type: { type: string } }[] }[];
    };
    if (
      geimporteerd.status !== 201 ||
      voorstel.hoofdstukken?.[0]?.afspraken[0]?.type.type !== 'PROCES'
    )
      throw new Error(
        `De import van een PDF gaf ${geimporteerd.status}: ${JSON.stringify(voorstel)}`,
      );
    const client = await fetch(`${basis}/`);
    if (client.status !== 200 || !(await client.text()).includes('<div id="root">'))
      throw new Error(`De webapp gaf ${client.status}`);
    console.log(
      `Gebouwde app (met wat het image bevat): gestart, ingelogd, afspraak bewaard, Word-export ${Math.round(bytes.length / 1024)} kB, PDF geïmporteerd, webapp geladen`,
    );
  } catch (fout) {
    console.error(uitvoer.split('\n').slice(-30).join('\n'));
    throw fout;
  } finally {
    app.kill('SIGINT');
    await gestopt;
    await rm(dataDir, { recursive: true, force: true });
    await rm(image, { recursive: true, force: true });
  }
}

main().catch((fout: unknown) => {
  console.error(fout instanceof Error ? fout.message : fout);
  process.exit(1);
});
