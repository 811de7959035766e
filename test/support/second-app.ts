import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../src/app.factory';
import type { TestApp } from './test-app';

/**
 * Starts another instance of the app on the same database and schema as `t`, the way a restart
 * would. Close it with `app.close()`: the schema belongs to `t`, which drops it.
 */
export async function startSecondApp(
  t: TestApp,
  options: { seedDemo?: boolean } = {},
): Promise<INestApplication> {
  const clientUrl = t.app.get(MikroORM).config.get('clientUrl');
  if (!clientUrl) throw new Error('De eerste app heeft geen clientUrl');
  return createApp({
    clientUrl,
    schema: t.schema,
    embedded: t.embedded,
    seedDemo: options.seedDemo ?? false,
    logger: ['error'],
    quiet: true,
  });
}
