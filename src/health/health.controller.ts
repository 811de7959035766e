import { MikroORM } from '@mikro-orm/core';
import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DATABASE_INFO, type DatabaseInfo } from '../database/database-info';
import { Public } from '../auth/actor';
import { HealthReader } from './health.reader';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly orm: MikroORM,
    private readonly reader: HealthReader,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = performance.now();
    try {
      const verbinding = await this.orm.checkConnection();
      if (!verbinding.ok) throw verbinding.error ?? new Error(verbinding.reason);
      const version = await this.reader.versie();
      res.status(HttpStatus.OK).json({
        status: 'ok',
        database: {
          status: 'up',
          embedded: this.database.embedded,
          schema: this.database.schema,
          version,
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
        },
      });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        status: 'error',
        database: {
          status: 'down',
          embedded: this.database.embedded,
          schema: this.database.schema,
        },
      });
    }
  }
}
