import { copyFile, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

/*
 * The crash suite runs the app as a child process, exactly as `npm start` does, many times over.
 * A fresh clone has no dist/, and a full `npm run build` (type check and web client) takes long:
 * the server code is transpiled file by file instead (the project compiles with isolatedModules,
 * so that is what tsc would emit), in a second or two.
 */
const ROOT = resolve(__dirname, '..', '..');
export const BOUW_MAP = join(ROOT, '.tmp', 'crash-build');
export const HOOFDPROGRAMMA = join(BOUW_MAP, 'src', 'main.js');

async function bestanden(map: string): Promise<string[]> {
  const items = await readdir(map, { withFileTypes: true, recursive: true });
  return items
    .filter((i) => i.isFile() && i.name.endsWith('.ts') && !i.name.endsWith('.spec.ts'))
    .map((i) => join(i.parentPath, i.name));
}

export async function bouw(): Promise<void> {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.build.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (!config) throw new Error('tsconfig.build.json onleesbaar');
  const compilerOptions = { ...config.options, sourceMap: false, inlineSourceMap: false };
  await rm(BOUW_MAP, { recursive: true, force: true });
  const bronnen = [
    ...(await bestanden(join(ROOT, 'src'))),
    ...(await bestanden(join(ROOT, 'migrations'))),
  ];
  await Promise.all(
    bronnen.map(async (bron) => {
      const { outputText } = ts.transpileModule(await readFile(bron, 'utf8'), {
        compilerOptions,
        fileName: bron,
      });
      const doel = join(BOUW_MAP, relative(ROOT, bron)).replace(/\.ts$/, '.js');
      await mkdir(dirname(doel), { recursive: true });
      await writeFile(doel, outputText);
    }),
  );
  // What the build puts beside the code: JSON the code imports (tsc emits it) and the PDF
  // reader's worker (a nest-cli asset).
  const bijlagen = (await readdir(join(ROOT, 'src'), { withFileTypes: true, recursive: true }))
    .filter((i) => i.isFile() && /\.(json|mjs)$/.test(i.name))
    .map((i) => join(i.parentPath, i.name));
  await Promise.all(
    bijlagen.map(async (bron) => {
      const doel = join(BOUW_MAP, relative(ROOT, bron));
      await mkdir(dirname(doel), { recursive: true });
      await copyFile(bron, doel);
    }),
  );
  // The Word templates are found next to the compiled code, as in dist/.
  await symlink(join(ROOT, 'templates'), join(BOUW_MAP, 'templates'));
}
