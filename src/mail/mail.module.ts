import { type DynamicModule, Global, Module } from '@nestjs/common';
import { MAIL_SETTINGS, MailService, type MailSettings, STANDAARD_MAIL } from './mail.service';

@Global()
@Module({})
export class MailModule {
  static forRoot(settings: Partial<MailSettings> = {}): DynamicModule {
    return {
      module: MailModule,
      providers: [
        { provide: MAIL_SETTINGS, useValue: { ...STANDAARD_MAIL, ...settings } },
        MailService,
      ],
      exports: [MailService],
    };
  }
}
