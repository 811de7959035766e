import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { type Gebeurtenis, GebeurtenisSoort, Gebeurtenissen } from '../live/gebeurtenissen';
import { MeldingSoort } from './melding.entity';
import { MeldingenReader, type NieuweMelding, type Ontvanger } from './meldingen.reader';
import { MeldingenService } from './meldingen.service';
import { vindVermeldingen } from './vermeldingen';

/** The web client's path to an onderdeel, optionally an afspraak's comment or a panel in it. */
export function onderdeelLink(
  overeenkomstId: string,
  onderdeelId: string,
  zoek: Record<string, string> = {},
): string {
  const query = new URLSearchParams(zoek).toString();
  return `/overeenkomsten/${overeenkomstId}/onderdelen/${onderdeelId}${query ? `?${query}` : ''}`;
}

function citaat(tekst: string): string {
  const kort = tekst.replace(/\s+/g, ' ').trim();
  return kort.length > 160 ? `${kort.slice(0, 157)}…` : kort;
}

/** One melding per person, whatever number of partijen brought them in. */
function perPersoon(ontvangers: Ontvanger[], behalve: Set<string>): Ontvanger[] {
  const gezien = new Map<string, Ontvanger>();
  for (const o of ontvangers)
    if (!behalve.has(o.gebruiker_id) && !gezien.has(o.gebruiker_id)) gezien.set(o.gebruiker_id, o);
  return [...gezien.values()];
}

/**
 * Turns the domain events (published after their commit) into meldingen: who is asked what.
 * Each melding's sleutel names its cause, so handling an event twice stores nothing new.
 */
@Injectable()
export class MeldingBronnen implements OnModuleInit {
  private readonly logger = new Logger('Meldingen');
  /** The work started per event, so tests and shutdown can wait for it. */
  private lopend = new Set<Promise<void>>();

  constructor(
    private readonly gebeurtenissen: Gebeurtenissen,
    private readonly reader: MeldingenReader,
    private readonly meldingen: MeldingenService,
  ) {}

  onModuleInit(): void {
    this.gebeurtenissen.luister((g) => {
      const werk = this.verwerk(g).catch((fout: unknown) =>
        this.logger.error(`Melding bij ${g.soort} ${g.onderwerpId} mislukt: ${String(fout)}`),
      );
      this.lopend.add(werk);
      void werk.finally(() => this.lopend.delete(werk));
    });
  }

  /** Resolves when the meldingen of every event so far are stored. */
  async klaar(): Promise<void> {
    while (this.lopend.size > 0) await Promise.all([...this.lopend]);
  }

  async verwerk(g: Gebeurtenis): Promise<void> {
    const nieuw = await this.meldingenVoor(g);
    await this.meldingen.maak(nieuw);
  }

  private meldingenVoor(g: Gebeurtenis): Promise<NieuweMelding[]> {
    switch (g.soort) {
      case GebeurtenisSoort.OPMERKING:
        return this.opmerking(g.onderwerpId);
      case GebeurtenisSoort.VOORSTEL:
        return this.voorstel(g.onderwerpId);
      case GebeurtenisSoort.BEVROREN:
        return this.bevroren(g.onderwerpId);
      case GebeurtenisSoort.ONDERTEKEND:
        return this.ondertekend(g.onderwerpId);
      default:
        return Promise.resolve([]);
    }
  }

  /** Mentions of people or partijen, and the partij the comment is addressed to. */
  private async opmerking(opmerkingId: string): Promise<NieuweMelding[]> {
    const o = await this.reader.opmerking(opmerkingId);
    if (!o) return [];
    const link = onderdeelLink(o.overeenkomst_id, o.onderdeel_id, {
      afspraak: o.afspraak_id,
      opmerking: opmerkingId,
    });
    const waar = `bij afspraak ${o.nummer} “${o.afspraak_titel}”`;
    const [leden, partijen] = await Promise.all([
      this.reader.deelnemendeLeden(o.overeenkomst_id),
      this.reader.deelnemendePartijen(o.overeenkomst_id),
    ]);
    const personen = new Map(
      leden.map((l) => [l.gebruiker_id, { id: l.gebruiker_id, naam: l.naam }]),
    );
    const genoemd = vindVermeldingen(o.tekst, [
      ...personen.values(),
      ...partijen.map((p) => ({ id: `partij:${p.id}`, naam: p.naam })),
    ]);
    const genoemdePartijen = genoemd
      .filter((k) => k.id.startsWith('partij:'))
      .map((k) => k.id.slice(7));
    const genoemdePersonen = new Set(
      genoemd.filter((k) => !k.id.startsWith('partij:')).map((k) => k.id),
    );
    const vermeld = perPersoon(
      [
        ...leden.filter((l) => genoemdePersonen.has(l.gebruiker_id)),
        ...leden.filter((l) => genoemdePartijen.includes(l.partij_id)),
      ],
      new Set([o.auteur_id]),
    );
    const gericht = o.gericht_aan_id
      ? perPersoon(
          await this.reader.ledenVan([o.gericht_aan_id]),
          new Set([o.auteur_id, ...vermeld.map((v) => v.gebruiker_id)]),
        )
      : [];
    return [
      ...vermeld.map((v) => ({
        gebruikerId: v.gebruiker_id,
        soort: MeldingSoort.VERMELDING,
        sleutel: `vermelding:${opmerkingId}`,
        tekst: `${o.auteur} (${o.partij}) noemt ${genoemdePersonen.has(v.gebruiker_id) ? 'u' : v.partij_naam} in een opmerking ${waar} in “${o.overeenkomst}”: “${citaat(o.tekst)}”`,
        link,
      })),
      ...gericht.map((v) => ({
        gebruikerId: v.gebruiker_id,
        soort: MeldingSoort.OPMERKING,
        sleutel: `opmerking:${opmerkingId}`,
        tekst: `${o.auteur} (${o.partij}) richt een opmerking aan ${o.gericht_aan ?? v.partij_naam} ${waar} in “${o.overeenkomst}”: “${citaat(o.tekst)}”`,
        link,
      })),
    ];
  }

  /** A new proposal goes to the other partijen that sign the onderdeel. */
  private async voorstel(voorstelId: string): Promise<NieuweMelding[]> {
    const v = await this.reader.voorstel(voorstelId);
    if (!v || v.status !== 'OPEN') return [];
    const partijen = (await this.reader.ondertekendePartijen(v.onderdeel_id)).filter(
      (p) => p !== v.indiener_id,
    );
    const ontvangers = perPersoon(await this.reader.ledenVan(partijen), new Set([v.door_id]));
    const over = v.nummer ? `afspraak ${v.nummer}` : `“${v.onderdeel}”`;
    return ontvangers.map((o) => ({
      gebruikerId: o.gebruiker_id,
      soort: MeldingSoort.VOORSTEL,
      sleutel: `voorstel:${voorstelId}`,
      tekst: `${v.indiener} stelt een wijziging voor van ${over} in “${v.overeenkomst}”; ${o.partij_naam} wordt om een oordeel gevraagd.`,
      link: onderdeelLink(v.overeenkomst_id, v.onderdeel_id, { paneel: 'voorstellen' }),
    }));
  }

  /** A freeze asks everyone who may sign for a signing partij. */
  private async bevroren(versieId: string): Promise<NieuweMelding[]> {
    const v = await this.reader.versie(versieId);
    if (!v) return [];
    const ontvangers = perPersoon(await this.reader.ondertekenaarsVan(v.onderdeel_id), new Set());
    return ontvangers.map((o) => ({
      gebruikerId: o.gebruiker_id,
      soort: MeldingSoort.ONDERTEKENVERZOEK,
      sleutel: `ondertekenen:${versieId}`,
      tekst: `“${v.onderdeel}” van “${v.overeenkomst}” ligt ter ondertekening (versie ${v.nummer}). U kunt namens ${o.partij_naam} ondertekenen.`,
      link: onderdeelLink(v.overeenkomst_id, v.onderdeel_id, { paneel: 'versies' }),
    }));
  }

  /** The last signature: every member of the signing partijen hears the onderdeel is signed. */
  private async ondertekend(versieId: string): Promise<NieuweMelding[]> {
    const v = await this.reader.versie(versieId);
    if (!v || v.status !== 'ONDERTEKEND') return [];
    const partijen = await this.reader.ondertekendePartijen(v.onderdeel_id);
    const ontvangers = perPersoon(await this.reader.ledenVan(partijen), new Set());
    return ontvangers.map((o) => ({
      gebruikerId: o.gebruiker_id,
      soort: MeldingSoort.ONDERTEKEND,
      sleutel: `ondertekend:${versieId}`,
      tekst: `“${v.onderdeel}” van “${v.overeenkomst}” is door alle partijen ondertekend (versie ${v.nummer}).`,
      link: onderdeelLink(v.overeenkomst_id, v.onderdeel_id, { paneel: 'versies' }),
    }));
  }
}
