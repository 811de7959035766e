import { Global, Module } from '@nestjs/common';
import { CollabServer } from './collab.server';
import { CollabStore } from './collab.store';
import { DocumentOpdrachten } from './document-opdrachten';
import { Materialiser } from './materialiser';

/** Global: services that change text (afspraken, preambule, proposals) send it through here. */
@Global()
@Module({
  providers: [CollabServer, CollabStore, Materialiser, DocumentOpdrachten],
  exports: [CollabServer, DocumentOpdrachten],
})
export class CollaborationModule {}
