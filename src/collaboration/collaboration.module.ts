import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RedisVerbinding } from '../instanties/redis-verbinding';
import { SuggestieBoekhouding } from '../suggesties/suggestie-boekhouding';
import { CollabServer } from './collab.server';
import { CollabStore } from './collab.store';
import { CollabLogReader } from './collab-log.reader';
import { DocumentBus, LokaleDocumentBus } from './document-bus';
import { DocumentOpdrachten } from './document-opdrachten';
import { DocumentRegister } from './document-register';
import { RedisDocumentBus } from './redis-document-bus';
import { Materialiser } from './materialiser';
import { Schrijfwachtrij } from './schrijfwachtrij';

/** Global: services that change text (afspraken, preambule, proposals) send it through here. */
@Global()
@Module({
  imports: [AuditModule],
  providers: [
    SuggestieBoekhouding,
    CollabServer,
    CollabStore,
    CollabLogReader,
    DocumentRegister,
    Schrijfwachtrij,
    // Through Redis between instances when REDIS_URL is set; in-process otherwise.
    {
      provide: DocumentBus,
      useFactory: (redis: RedisVerbinding) =>
        redis.actief ? new RedisDocumentBus(redis) : new LokaleDocumentBus(),
      inject: [RedisVerbinding],
    },
    Materialiser,
    DocumentOpdrachten,
  ],
  exports: [CollabServer, CollabStore, DocumentOpdrachten, SuggestieBoekhouding],
})
export class CollaborationModule {}
