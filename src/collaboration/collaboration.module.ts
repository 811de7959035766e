import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SuggestieBoekhouding } from '../suggesties/suggestie-boekhouding';
import { CollabServer } from './collab.server';
import { CollabStore } from './collab.store';
import { CollabLogReader } from './collab-log.reader';
import { DocumentBus, LokaleDocumentBus } from './document-bus';
import { DocumentOpdrachten } from './document-opdrachten';
import { DocumentRegister } from './document-register';
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
    // One process; a transport between instances binds its own DocumentBus here.
    { provide: DocumentBus, useClass: LokaleDocumentBus },
    Materialiser,
    DocumentOpdrachten,
  ],
  exports: [CollabServer, DocumentOpdrachten, SuggestieBoekhouding],
})
export class CollaborationModule {}
