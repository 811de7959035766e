import { Global, Module } from '@nestjs/common';
import { Gebeurtenissen } from './gebeurtenissen';
import { LiveResolver } from './live.resolver';

@Global()
@Module({ providers: [Gebeurtenissen, LiveResolver], exports: [Gebeurtenissen] })
export class LiveModule {}
