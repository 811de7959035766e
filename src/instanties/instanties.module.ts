import { type DynamicModule, Global, Module } from '@nestjs/common';
import { INSTANTIE_SETTINGS, type InstantieSettings, RedisVerbinding } from './redis-verbinding';

/** Global: what instances share (through Redis when REDIS_URL is set). */
@Global()
@Module({})
export class InstantiesModule {
  static forRoot(settings: Partial<InstantieSettings> = {}): DynamicModule {
    return {
      module: InstantiesModule,
      providers: [
        {
          provide: INSTANTIE_SETTINGS,
          useValue: { redisPrefix: 'driehoek', ...settings } satisfies InstantieSettings,
        },
        RedisVerbinding,
      ],
      exports: [RedisVerbinding],
    };
  }
}
