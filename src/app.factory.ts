import { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type INestApplication, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { AuthGuard } from './auth/auth.guard';
import type { AuthSettings } from './auth/auth.service';
import type { MailSettings } from './mail/mail.service';
import type { InstantieSettings } from './instanties/redis-verbinding';
import { gebruikJsonBody } from './common/aanvraag-body';
import { AppErrorFilter } from './common/app-error.filter';
import { securityHeaders } from './common/security-headers';
import { DutchValidationPipe } from './common/validation';
import type { OrmSettings } from './database/orm-config';
import { DemoService } from './demo/demo.service';
import { ThemasService } from './overeenkomsten/themas.service';
import { VereistGuard } from './partijen/vereist.guard';
import { VereistInterceptor } from './partijen/vereist.interceptor';

export interface AppSettings extends OrmSettings {
  auth?: Partial<AuthSettings>;
  /** SMTP_URL, APP_URL and MAIL_VAN; without an SMTP server mails go to the log. */
  mail?: Partial<MailSettings>;
  /** REDIS_URL and REDIS_PREFIX: the bus between instances (unset: one instance). */
  instanties?: Partial<InstantieSettings>;
  /** Load the demo agreement when the database holds no overeenkomst yet. */
  seedDemo?: boolean;
  logger?: LoggerService | LogLevel[] | false;
}

/**
 * Builds the whole application: the same path for `npm start`, the tests and the benchmark.
 * Migrations run before anything can be served.
 */
export async function createApp(settings: AppSettings): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings), {
    logger: settings.logger ?? ['log', 'warn', 'error'],
    bufferLogs: false,
  });
  // Express hashes every res.send body for an ETag. Nothing here is served for revalidation
  // (GraphQL answers are POSTed, downloads are no-store), and hashing a whole agreement of
  // nearly half a megabyte costs time on every request.
  (app.getHttpAdapter().getInstance() as { set(key: string, value: unknown): void }).set(
    'etag',
    false,
  );
  gebruikJsonBody(app);
  app.use(securityHeaders());
  app.useGlobalPipes(new DutchValidationPipe());
  app.useGlobalFilters(new AppErrorFilter());
  // AuthGuard finds the person; VereistGuard then checks what the resolver declared it needs.
  app.useGlobalGuards(app.get(AuthGuard), app.get(VereistGuard));
  // Holds back a query's answer until a check that ran alongside it has passed.
  app.useGlobalInterceptors(app.get(VereistInterceptor));
  const orm = app.get<MikroORM<PostgreSqlDriver>>(MikroORM);
  await orm.getSchemaGenerator().createNamespace(settings.schema);
  await orm.getMigrator().up();
  await app.get(ThemasService).ensureDefaults();
  if (settings.seedDemo) await app.get(DemoService).seedIfEmpty();
  return app;
}
