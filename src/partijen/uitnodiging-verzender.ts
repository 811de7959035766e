import { Injectable } from '@nestjs/common';
import { alsHtml, alsTekst, type MailInhoud } from '../mail/mail-opmaak';
import { MailService } from '../mail/mail.service';

export interface UitnodigingBericht {
  email: string;
  onderwerp: string;
  tekst: string;
  /** A path in the web client (/uitnodiging/<token>). */
  link: string;
}

/** How invitations reach people: tests may replace it. */
export abstract class UitnodigingVerzender {
  abstract verstuur(bericht: UitnodigingBericht): Promise<void>;
}

/**
 * Through the one mail service: SMTP when SMTP_URL is set, else the log (the link also goes back
 * to the inviter through the API).
 */
@Injectable()
export class MailUitnodigingVerzender extends UitnodigingVerzender {
  constructor(private readonly mail: MailService) {
    super();
  }

  async verstuur(bericht: UitnodigingBericht): Promise<void> {
    const inhoud: MailInhoud = {
      aanhef: 'Beste,',
      alineas: [
        { tekst: bericht.onderwerp + '.' },
        {
          tekst: bericht.tekst,
          link: { tekst: 'Uitnodiging openen', url: this.mail.link(bericht.link) },
        },
      ],
    };
    await this.mail.verstuur({
      aan: bericht.email,
      onderwerp: bericht.onderwerp,
      tekst: alsTekst(inhoud),
      html: alsHtml(inhoud),
    });
  }
}
