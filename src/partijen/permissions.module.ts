import { Global, Module } from '@nestjs/common';
import { PermissionsReader } from './permissions.reader';
import { PermissionsService } from './permissions.service';
import { ToegangEvents } from './toegang-events';
import { VereistGuard } from './vereist.guard';
import { VereistInterceptor } from './vereist.interceptor';

/** Global: every feature asks the same service. */
@Global()
@Module({
  providers: [
    PermissionsService,
    PermissionsReader,
    ToegangEvents,
    VereistGuard,
    VereistInterceptor,
  ],
  exports: [PermissionsService, ToegangEvents, VereistGuard, VereistInterceptor],
})
export class PermissionsModule {}
