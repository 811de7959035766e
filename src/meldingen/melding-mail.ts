import { Injectable, Logger } from '@nestjs/common';
import { AuthService } from '../auth/auth.service';
import { Klok } from '../common/klok';
import { alsHtml, alsTekst, type MailInhoud } from '../mail/mail-opmaak';
import { MailService } from '../mail/mail.service';
import { afmeldToken } from './afmelden';
import { MailStatus, MailVoorkeur, MeldingSoort } from './melding.entity';
import { MeldingenReader, type MeldingRij } from './meldingen.reader';
import { MELDING_MAIL } from './meldingen.service';
import { Wachtrij } from './wachtrij';

const ONDERWERP: Record<MeldingSoort, string> = {
  ONDERTEKENVERZOEK: 'Uw handtekening wordt gevraagd',
  VOORSTEL: 'Een wijzigingsvoorstel vraagt om uw oordeel',
  OPMERKING: 'Een opmerking aan uw partij',
  VERMELDING: 'U wordt genoemd in een opmerking',
  ONDERTEKEND: 'Een onderdeel is ondertekend',
  HERINNERING: 'Herinnering: een termijn van de jaarcyclus nadert',
};

/** Meldingen whose mail waits longer than this were missed (a stop between store and queue). */
const VEEG_NA_MS = 2 * 60 * 1000;

/**
 * Mail for meldingen: at once (one job per melding), or once a day an overview. A mail is
 * claimed in the database before it is sent and marked sent after, so two instances or a
 * retried job never send it twice; only a stop between sending and marking can repeat one.
 */
@Injectable()
export class MeldingMail {
  private readonly logger = new Logger('MeldingMail');

  constructor(
    private readonly reader: MeldingenReader,
    private readonly mail: MailService,
    private readonly auth: AuthService,
    private readonly klok: Klok,
    wachtrij: Wachtrij,
  ) {
    wachtrij.registreer({
      naam: MELDING_MAIL,
      werk: (data) => this.verstuurMelding(String(data.gebruikerId), String(data.meldingId)),
    });
    wachtrij.registreer({
      naam: 'melding-veeg',
      cron: '*/5 * * * *',
      werk: () => this.veeg(),
    });
    wachtrij.registreer({
      naam: 'melding-overzicht',
      cron: '0 7 * * *',
      werk: () => this.verstuurOverzichten(),
    });
  }

  async verstuurMelding(gebruikerId: string, meldingId: string): Promise<void> {
    const persoon = await this.reader.voorkeur(gebruikerId);
    if (persoon.mail === MailVoorkeur.DAGELIJKS) return; // the overview takes it
    const geclaimd = await this.reader.claim(gebruikerId, [meldingId]);
    if (geclaimd.length === 0) return; // sent already, or another instance has it
    if (persoon.mail === MailVoorkeur.UIT) {
      await this.reader.markeer([meldingId], MailStatus.OVERGESLAGEN);
      return;
    }
    const melding = geclaimd[0]!;
    await this.verstuur(persoon, ONDERWERP[melding.soort], geclaimd, gebruikerId);
  }

  /** One mail per person who chose the daily overview, with every melding still waiting. */
  async verstuurOverzichten(): Promise<void> {
    for (const gebruikerId of await this.reader.overzichtOntvangers()) {
      const persoon = await this.reader.voorkeur(gebruikerId);
      const geclaimd = await this.reader.claim(gebruikerId, null);
      if (geclaimd.length === 0) continue;
      const n = geclaimd.length;
      await this.verstuur(
        persoon,
        `Uw overzicht: ${n} ${n === 1 ? 'nieuwe melding' : 'nieuwe meldingen'}`,
        geclaimd,
        gebruikerId,
      );
    }
  }

  /** Queues mails that were stored but never queued (see VEEG_NA_MS). */
  async veeg(): Promise<void> {
    const voor = new Date(this.klok.nu().getTime() - VEEG_NA_MS);
    for (const m of await this.reader.wachtendDirect(voor)) {
      await this.verstuurMelding(m.gebruiker_id, m.id);
    }
  }

  private async verstuur(
    persoon: { email: string; naam: string },
    onderwerp: string,
    meldingen: MeldingRij[],
    gebruikerId: string,
  ): Promise<void> {
    const afmelden = this.mail.link(
      `/afmelden/${afmeldToken(gebruikerId, await this.auth.signingSecret())}`,
    );
    const inhoud: MailInhoud = {
      aanhef: `Beste ${persoon.naam},`,
      alineas: meldingen.map((m) => ({
        tekst: m.tekst,
        link: { tekst: 'Openen in Driehoek', url: this.mail.link(m.link) },
      })),
      voet: {
        tekst:
          'U krijgt deze e-mail omdat u meedoet aan prestatieafspraken in Driehoek. Onder Meldingen → Instellingen kiest u voor direct, een dagelijks overzicht of geen e-mail.',
        afmelden,
      },
    };
    const ids = meldingen.map((m) => m.id);
    try {
      await this.mail.verstuur({
        aan: persoon.email,
        onderwerp: `Driehoek: ${onderwerp}`,
        tekst: alsTekst(inhoud),
        html: alsHtml(inhoud),
        afmelden,
      });
    } catch (fout) {
      // Back to waiting, so the job's retry (or the sweep) sends it.
      await this.reader.markeer(ids, MailStatus.WACHT);
      this.logger.warn(`Mail aan ${persoon.email} mislukt: ${String(fout)}`);
      throw fout;
    }
    await this.reader.markeer(ids, MailStatus.VERZONDEN);
  }
}
