import { Global, Module } from '@nestjs/common';
import { PermissionsService } from './permissions.service';
import { ToegangEvents } from './toegang-events';

/** Global: every feature asks the same service. */
@Global()
@Module({
  providers: [PermissionsService, ToegangEvents],
  exports: [PermissionsService, ToegangEvents],
})
export class PermissionsModule {}
