import { type DynamicModule, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuthGuard } from './auth.guard';
import { AuthReader } from './auth.reader';
import { AuthResolver } from './auth.resolver';
import {
  AUTH_SETTINGS,
  AuthService,
  type AuthSettings,
  DEFAULT_AUTH_SETTINGS,
} from './auth.service';

@Module({})
export class AuthModule {
  static forRoot(settings: Partial<AuthSettings> = {}): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [JwtModule.register({})],
      providers: [
        { provide: AUTH_SETTINGS, useValue: { ...DEFAULT_AUTH_SETTINGS, ...settings } },
        AuthService,
        AuthReader,
        AuthGuard,
        AuthResolver,
      ],
      exports: [AuthService, AuthGuard],
    };
  }
}
