import { Injectable } from '@nestjs/common';
import { Klok } from '../common/klok';
import { STANDAARD_KALENDER } from '../jaarcyclus/kalender';
import { jaarVan } from '../jaarcyclus/nederlandse-tijd';
import { herinneringen, herinneringTekst } from './herinneringen';
import { MeldingSoort } from './melding.entity';
import { MeldingenReader, type NieuweMelding } from './meldingen.reader';
import { MeldingenService } from './meldingen.service';
import { Wachtrij } from './wachtrij';

/**
 * The jaarcyclus' deadline reminders: every morning (a pg-boss cron slot, sent once however
 * many instances run) the reminders due that day become meldingen. The sleutel names the
 * jaarschijf, the step and the threshold, so a second run — the same day, after a restart or on
 * another instance — stores nothing new and so sends nothing again.
 */
@Injectable()
export class HerinneringPlanner {
  constructor(
    private readonly reader: MeldingenReader,
    private readonly meldingen: MeldingenService,
    private readonly klok: Klok,
    wachtrij: Wachtrij,
  ) {
    wachtrij.registreer({
      naam: 'jaarcyclus-herinneringen',
      cron: '0 6 * * *',
      werk: () => this.plan(),
    });
  }

  async plan(): Promise<void> {
    const op = this.klok.nu();
    const jaar = jaarVan(op);
    // Bod and ondertekening concern next year's jaarschijf; verantwoording and evaluatie last year's.
    const schijven = await this.reader.jaarschijven([jaar - 1, jaar, jaar + 1]);
    const nieuw: NieuweMelding[] = [];
    for (const s of schijven) {
      const kalender = { ...STANDAARD_KALENDER, ...(s.kalender ?? {}) };
      for (const h of herinneringen(s.jaar, s.status, kalender, op)) {
        const ontvangers = await this.reader.herinneringOntvangers(s.overeenkomst_id, h.kring);
        const gezien = new Set<string>();
        for (const o of ontvangers) {
          if (gezien.has(o.gebruiker_id)) continue;
          gezien.add(o.gebruiker_id);
          nieuw.push({
            gebruikerId: o.gebruiker_id,
            soort: MeldingSoort.HERINNERING,
            sleutel: `herinnering:${s.id}:${h.soort}:${h.drempel}`,
            tekst: herinneringTekst(h, s.titel),
            link: `/jaarcyclus?overeenkomst=${s.overeenkomst_id}`,
          });
        }
      }
    }
    await this.meldingen.maak(nieuw);
  }
}
