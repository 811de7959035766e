import { Global, Module } from '@nestjs/common';
import { PermissionsService } from './permissions.service';

/** Global: every feature asks the same service. */
@Global()
@Module({ providers: [PermissionsService], exports: [PermissionsService] })
export class PermissionsModule {}
