import { EntityManager } from '@mikro-orm/postgresql';
import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DATABASE_INFO, type DatabaseInfo } from '../database/database-info';
import { Public } from '../auth/actor';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly em: EntityManager,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = performance.now();
    try {
      const rows = await this.em
        .getConnection()
        .execute<{ version: string }[]>('select version() as version');
      res.status(HttpStatus.OK).json({
        status: 'ok',
        database: {
          status: 'up',
          embedded: this.database.embedded,
          schema: this.database.schema,
          version: rows[0]?.version ?? null,
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
