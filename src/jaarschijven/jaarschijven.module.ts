import { Module } from '@nestjs/common';
import { OvereenkomstenModule } from '../overeenkomsten/overeenkomsten.module';
import { JaarschijvenResolver } from './jaarschijven.resolver';

@Module({ imports: [OvereenkomstenModule], providers: [JaarschijvenResolver] })
export class JaarschijvenModule {}
