import { loadConfig } from './config';

describe('loadConfig', () => {
  it('runs embedded with the demo when no database is given', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.seedDemo).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.databaseSchema).toBe('public');
    expect(config.dataDir).toMatch(/data$/);
  });

  it('starts a server database empty unless asked for the demo', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://x/y' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://x/y', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('refuses a port or schema name that would fail later in a confusing way', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_SCHEMA: 'x; drop table' })).toThrow(/DATABASE_SCHEMA/);
  });
});
