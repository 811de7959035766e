import { Injectable, Logger } from '@nestjs/common';

export interface UitnodigingBericht {
  email: string;
  onderwerp: string;
  tekst: string;
  link: string;
}

/** How invitations reach people. A mail transport can replace the logging one without other changes. */
export abstract class UitnodigingVerzender {
  abstract verstuur(bericht: UitnodigingBericht): Promise<void>;
}

/** No mail server yet: the link goes to the log (and back to the inviter through the API). */
@Injectable()
export class LogUitnodigingVerzender extends UitnodigingVerzender {
  private readonly logger = new Logger('Uitnodiging');

  verstuur(bericht: UitnodigingBericht): Promise<void> {
    this.logger.log(`Aan ${bericht.email}: ${bericht.onderwerp} — ${bericht.link}`);
    return Promise.resolve();
  }
}
