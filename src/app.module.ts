import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { formatError } from './common/format-error';
import { MAX_TOKENS, queryLimitsPlugin } from './common/query-limits.plugin';
import { schoneInvoerPlugin } from './common/schone-invoer.plugin';
import { CompiledApolloDriver } from './common/compiled-execution';
import { AuthModule } from './auth/auth.module';
import type { AuthSettings } from './auth/auth.service';
import { PermissionsModule } from './partijen/permissions.module';
import { CollaborationModule } from './collaboration/collaboration.module';
import { DATABASE_INFO } from './database/database-info';
import { ormOptions, type OrmSettings } from './database/orm-config';
import { DemoModule } from './demo/demo.module';
import { HealthController } from './health/health.controller';
import { HealthReader } from './health/health.reader';
import { IndicatorenModule } from './indicatoren/indicatoren.module';
import { JaarschijvenModule } from './jaarschijven/jaarschijven.module';
import { OvereenkomstenModule } from './overeenkomsten/overeenkomsten.module';
import { PartijenModule } from './partijen/partijen.module';
import { AuditModule } from './audit/audit.module';
import { LiveModule } from './live/live.module';
import { OnderhandelingModule } from './onderhandeling/onderhandeling.module';
import { SuggestiesModule } from './suggesties/suggesties.module';
import { OndertekeningModule } from './ondertekening/ondertekening.module';
import { DocumentenModule } from './documenten/documenten.module';
import { ImportModule } from './import/import.module';
import { ExportModule } from './export/export.module';
import { JaarcyclusModule } from './jaarcyclus/jaarcyclus.module';
import { VerantwoordingModule } from './verantwoording/verantwoording.module';
import { KlokModule } from './common/klok';
import { MonitoringModule } from './monitoring/monitoring.module';
import { ClientAppModule } from './client-app/client-app.module';
import { RegioModule } from './regio/regio.module';
import { TakenModule } from './taken/taken.module';
import { EvaluatieModule } from './evaluatie/evaluatie.module';
import { BodModule } from './bod/bod.module';
import { MailModule } from './mail/mail.module';
import type { MailSettings } from './mail/mail.service';
import { InstantiesModule } from './instanties/instanties.module';
import type { InstantieSettings } from './instanties/redis-verbinding';
import { MeldingenModule } from './meldingen/meldingen.module';
import { PublicatieModule } from './publicatie/publicatie.module';

@Module({})
export class AppModule {
  static forRoot(
    settings: OrmSettings & {
      auth?: Partial<AuthSettings>;
      mail?: Partial<MailSettings>;
      instanties?: Partial<InstantieSettings>;
    },
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        MikroOrmModule.forRoot(ormOptions(settings)),
        InstantiesModule.forRoot(settings.instanties),
        AuthModule.forRoot(settings.auth),
        PermissionsModule,
        CollaborationModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: CompiledApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          parseOptions: { maxTokens: MAX_TOKENS },
          formatError,
          includeStacktraceInErrorResponses: false,
          // HTTP cache hints are not used; the plugin would wrap every field resolver of every query.
          plugins: [
            ApolloServerPluginCacheControlDisabled(),
            queryLimitsPlugin(),
            schoneInvoerPlugin(),
          ],
          subscriptions: {
            'graphql-ws': {
              path: '/graphql',
              // The token travels in connectionParams (browsers cannot set headers on a
              // WebSocket); without one the connection is refused (4403) before any operation.
              onConnect: (ctx: { connectionParams?: Record<string, unknown> }) =>
                typeof ctx.connectionParams?.token === 'string',
            },
          },
          // HTTP requests carry the Authorization header; subscriptions get the same shape, so
          // the one AuthGuard serves both.
          context: (arg: { req?: unknown; connectionParams?: Record<string, unknown> }) =>
            arg.req
              ? { req: arg.req }
              : {
                  req: {
                    headers: {
                      authorization: `Bearer ${tokenUit(arg.connectionParams)}`,
                    },
                  },
                },
        }),
        PartijenModule,
        OvereenkomstenModule,
        JaarschijvenModule,
        IndicatorenModule,
        LiveModule,
        AuditModule,
        OnderhandelingModule,
        SuggestiesModule,
        OndertekeningModule,
        DocumentenModule,
        ImportModule,
        ExportModule,
        JaarcyclusModule,
        VerantwoordingModule,
        EvaluatieModule,
        BodModule,
        KlokModule,
        MonitoringModule,
        ClientAppModule,
        RegioModule,
        TakenModule,
        PublicatieModule,
        DemoModule,
        MailModule.forRoot(settings.mail),
        MeldingenModule.forRoot({
          clientUrl: settings.clientUrl,
          schema: settings.schema,
          embedded: settings.embedded,
        }),
      ],
      controllers: [HealthController],
      providers: [
        HealthReader,
        {
          provide: DATABASE_INFO,
          useValue: { embedded: settings.embedded, schema: settings.schema },
        },
      ],
    };
  }
}

function tokenUit(connectionParams: Record<string, unknown> | undefined): string {
  const token = connectionParams?.token;
  return typeof token === 'string' ? token : '';
}
