import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport } from 'nodemailer';

/** How mail leaves Driehoek; from SMTP_URL, APP_URL and MAIL_VAN (see README, "E-mail"). */
export interface MailSettings {
  /** smtp://user:pass@host:port (or smtps://…); unset: mails are written to the log. */
  smtpUrl?: string;
  /** The web client's address, for links in mails (no trailing slash). */
  appUrl: string;
  /** The sender, e.g. "Driehoek <noreply@driehoek.nl>". */
  van: string;
}

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

export const STANDAARD_MAIL: MailSettings = {
  appUrl: 'http://localhost:3000',
  van: 'Driehoek <noreply@driehoek.local>',
};

export interface MailBericht {
  aan: string;
  onderwerp: string;
  tekst: string;
  html: string;
  /** A link that unsubscribes without logging in (List-Unsubscribe, RFC 2369). */
  afmelden?: string;
}

/**
 * The one way mail leaves the app: invitations and meldingen alike. With SMTP_URL through
 * nodemailer's SMTP transport; without it the message goes to the log, as invitations always did,
 * so a laptop install works without a mail server.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport;

  constructor(@Inject(MAIL_SETTINGS) readonly settings: MailSettings) {
    this.transport = settings.smtpUrl ? createTransport(settings.smtpUrl) : null;
  }

  /** An absolute link into the web client for a path such as /overeenkomsten/…. */
  link(pad: string): string {
    return `${this.settings.appUrl}${pad.startsWith('/') ? pad : `/${pad}`}`;
  }

  async verstuur(bericht: MailBericht): Promise<void> {
    if (!this.transport) {
      this.logger.log(`Aan ${bericht.aan}: ${bericht.onderwerp}\n${bericht.tekst}`);
      return;
    }
    await this.transport.sendMail({
      from: this.settings.van,
      to: bericht.aan,
      subject: bericht.onderwerp,
      text: bericht.tekst,
      html: bericht.html,
      ...(bericht.afmelden ? { list: { unsubscribe: bericht.afmelden } } : {}),
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
