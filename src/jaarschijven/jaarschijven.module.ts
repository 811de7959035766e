import { Module } from '@nestjs/common';
import { JaarschijvenResolver } from './jaarschijven.resolver';

@Module({ providers: [JaarschijvenResolver] })
export class JaarschijvenModule {}
