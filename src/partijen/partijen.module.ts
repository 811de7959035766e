import { Module } from '@nestjs/common';
import { PartijenResolver } from './partijen.resolver';
import { PartijenService } from './partijen.service';

@Module({ providers: [PartijenService, PartijenResolver], exports: [PartijenService] })
export class PartijenModule {}
