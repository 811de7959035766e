import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from 'jest';
import startDatabases from '../support/global-setup';

/**
 * The embedded database servers of the integration tests, and a fresh build of the web client
 * in a folder of its own (a `nest build` elsewhere empties dist/, so the tests do not use it).
 * BROWSER_CLIENT_DIR reuses a build made before.
 */
export default async function globalSetup(
  globalConfig: { maxWorkers: number } & Partial<Config>,
): Promise<void> {
  const root = resolve(__dirname, '..', '..');
  const gegeven = process.env.BROWSER_CLIENT_DIR;
  const map = gegeven ?? join(root, '.tmp', 'browser-client');
  if (!gegeven || !existsSync(join(map, 'index.html'))) {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        'client/vite.config.ts',
        '--outDir',
        map,
        '--logLevel',
        'warn',
      ],
      { cwd: root, stdio: 'inherit' },
    );
  }
  process.env.CLIENT_DIR = map;
  await startDatabases(globalConfig);
}
