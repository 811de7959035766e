import { Module } from '@nestjs/common';
import { AuditReader } from './audit.reader';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({ providers: [AuditService, AuditReader, AuditResolver], exports: [AuditService] })
export class AuditModule {}
