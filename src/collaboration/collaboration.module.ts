import { Global, Module } from '@nestjs/common';
import { CollabServer } from './collab.server';
import { CollabStore } from './collab.store';
import { Materialiser } from './materialiser';

/** Global: services that change text (afspraken, preambule, proposals) send it through here. */
@Global()
@Module({ providers: [CollabServer, CollabStore, Materialiser], exports: [CollabServer] })
export class CollaborationModule {}
