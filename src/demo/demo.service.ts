import { DEMO_WACHTWOORD } from '../gedeeld/demo-accounts';
import { DEMO_DOCUMENT, demoNormenInvoer } from './demo-normen';
import { leesBestand, BestandSoort, BESTAND_MIME } from '../common/bestand';
import { OvereenkomstDocument } from '../documenten/overeenkomst-document.entity';
import { MikroORM, ref, RequestContext } from '@mikro-orm/core';
import { DEMO_LEDEN } from './demo-leden';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import type { AfspraakDetailsInput } from '../overeenkomsten/afspraak-details';
import { Deelnemer, Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { AfsprakenService } from '../overeenkomsten/afspraken.service';
import { OnderdelenService } from '../overeenkomsten/onderdelen.service';
import { OvereenkomstenService } from '../overeenkomsten/overeenkomsten.service';
import { ThemasService } from '../overeenkomsten/themas.service';
import { Partij } from '../partijen/partij.entity';
import { PartijLogo } from '../partijen/partij-logo.entity';
import { leesLogo } from '../partijen/logo-bestand';
import { demoLogo } from './demo-logo';
import { PartijenService } from '../partijen/partijen.service';
import { IndicatorenService } from '../indicatoren/indicatoren.service';
import { demoBedragen } from './demo-bedragen';
import { DEMO } from './demo-data';
import { DEMO_REGIO } from './demo-regio';
import { DEMO_ZANDMEER } from './demo-zandmeer';
import { demoPdf } from './demo-pdf';
import { Actor } from '../auth/actor';
import { Klok } from '../common/klok';
import { jaarVan } from '../jaarcyclus/nederlandse-tijd';
import { ExterneOndertekeningService } from '../ondertekening/externe-ondertekening.service';
import { Gebruiker } from '../auth/gebruiker.entity';
import { hashWachtwoord } from '../auth/wachtwoord';
import { Lidmaatschap } from '../partijen/lidmaatschap.entity';
import { Locatie } from '../overeenkomsten/locatie.entity';
import type { DemoData, DemoDetails } from './demo-types';
import { laadAfgerondJaar } from './demo-jaar';

@Injectable()
export class DemoService {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly orm: MikroORM,
    private readonly em: EntityManager,
    private readonly partijen: PartijenService,
    private readonly overeenkomsten: OvereenkomstenService,
    private readonly onderdelen: OnderdelenService,
    private readonly afspraken: AfsprakenService,
    private readonly themas: ThemasService,
    private readonly indicatoren: IndicatorenService,
    private readonly extern: ExterneOndertekeningService,
    private readonly klok: Klok,
  ) {}

  /** First start of an empty database: load the demo so there is something to look at. */
  async seedIfEmpty(): Promise<void> {
    const count = await this.orm.em.fork().count(Overeenkomst, {});
    if (count === 0) {
      await this.load(DEMO);
      // A second, smaller agreement in the same region, for the regional view.
      await this.load(DEMO_REGIO);
      // A third, signed on paper before Driehoek was used (another region).
      await this.load(DEMO_ZANDMEER);
    }
  }

  /** `npm run seed`: remove the demo agreement and its partijen, then load it afresh. */
  async reload(data: DemoData = DEMO): Promise<string> {
    const em = this.orm.em.fork();
    await em.nativeDelete(Overeenkomst, { titel: data.overeenkomst.titel });
    const namen = data.partijen.map((p) => p.naam);
    const stillUsed = await em.find(
      Deelnemer,
      { partij: { naam: { $in: namen } } },
      { fields: ['partij'] },
    );
    await em.nativeDelete(Partij, {
      naam: { $in: namen },
      id: { $nin: stillUsed.map((d) => d.partij.id) },
    });
    const id = await this.load(data);
    // The first demo brings the others along: Rietwijk in the same region, Zandmeer signed on paper.
    if (data === DEMO) {
      await this.reload(DEMO_REGIO);
      await this.reload(DEMO_ZANDMEER);
    }
    return id;
  }

  /**
   * Uploads DEMO_DOCUMENT, as the gemeente's opsteller would, when an afspraak of `data` refers
   * to it; answers the id of a document by its file name.
   */
  private async demoDocument(
    overeenkomstId: string,
    data: DemoData,
  ): Promise<(bestandsnaam: string) => string> {
    const nodig = data.afspraken.some((a) =>
      (a.verwijzingen ?? []).some((v) => 'document' in v && v.document),
    );
    if (!nodig)
      return (naam) => {
        throw new Error(`Demo: onbekend document "${naam}"`);
      };
    const bestand = leesBestand(DEMO_DOCUMENT.inhoud.toString('base64'), 'demo', [
      BestandSoort.PDF,
    ]);
    const gemeente = await this.em.findOneOrFail(Gebruiker, { email: 'gemeente@demo.driehoek.nl' });
    const document = new OvereenkomstDocument({
      ...bestand,
      overeenkomst: ref(Overeenkomst, overeenkomstId),
      bestandsnaam: DEMO_DOCUMENT.bestandsnaam,
      mimeType: BESTAND_MIME[bestand.soort],
      geuploadDoor: ref(gemeente),
      geuploadOp: new Date(),
    });
    await this.em.persistAndFlush(document);
    return (naam) => {
      if (naam !== DEMO_DOCUMENT.bestandsnaam) throw new Error(`Demo: onbekend document "${naam}"`);
      return document.id;
    };
  }

  /** Demo accounts: created when missing, their memberships set to what the demo says. */
  private async gebruikers(data: DemoData, id: (key: string) => string): Promise<void> {
    const lijst = data.gebruikers ?? [];
    if (lijst.length === 0) return;
    const hash = await hashWachtwoord(DEMO_WACHTWOORD);
    for (const g of lijst) {
      const gebruiker =
        (await this.em.findOne(Gebruiker, { email: g.email })) ??
        new Gebruiker(g.email, g.naam, hash);
      this.em.persist(gebruiker);
      const partij = this.em.getReference(Partij, id(g.partij));
      const lid = await this.em.findOne(Lidmaatschap, { gebruiker, partij });
      if (lid) lid.rollen = g.rollen;
      else this.em.persist(new Lidmaatschap(gebruiker, partij, g.rollen));
    }
    await this.em.flush();
  }

  /**
   * Records the onderdeel signed on paper through the same service as the web client, acting as
   * the regie's account, so the jaarcyclus shows "Buiten Driehoek ondertekend op …".
   */
  private async buitenDriehoekOndertekend(
    data: DemoData,
    overeenkomstId: string,
    id: (key: string) => string,
  ): Promise<void> {
    const extern = data.buitenDriehoekOndertekend;
    if (!extern) return;
    const o = data.overeenkomst;
    const regie = o.deelnemers.find((d) => d.regie)?.partij ?? o.gemeenten[0]!;
    const account = (data.gebruikers ?? []).find((g) => g.partij === regie);
    if (!account) throw new Error(`Demo: geen account bij de regie "${regie}"`);
    const gebruiker = await this.em.findOneOrFail(Gebruiker, { email: account.email });
    const partij = data.partijen.find((p) => p.key === regie)!;
    const actor = new Actor(gebruiker.id, 'demo', gebruiker.email, gebruiker.naam, [
      {
        partijId: id(regie),
        partijNaam: partij.naam,
        partijSoort: partij.soort,
        rollen: account.rollen,
      },
    ]);
    // Later years cannot be recorded yet: the paper covers the periode up to this year.
    const totEnMet = Math.min(o.eindjaar, jaarVan(this.klok.nu()));
    const jaren = Array.from({ length: totEnMet - o.startjaar + 1 }, (_, i) => o.startjaar + i);
    const pdf = demoPdf([
      o.titel,
      'Hoofddocument - ondertekend exemplaar',
      `Ondertekend op ${extern.datum} door:`,
      ...extern.ondertekenaars.map(
        (t) => `${t.naam}, ${t.functie}, ${data.partijen.find((p) => p.key === t.partij)!.naam}`,
      ),
    ]);
    await this.extern.registreer(actor, overeenkomstId, {
      onderdeelId: id(extern.onderdeel),
      datum: extern.datum,
      ondertekenaars: extern.ondertekenaars.map((t) => ({
        partijId: id(t.partij),
        naam: t.naam,
        functie: t.functie,
      })),
      jaren,
      bestandsnaam: extern.bestandsnaam,
      bestand: pdf.toString('base64'),
    });
  }

  /** Loads the demo through the services, so it obeys every rule user input does. Returns its id. */
  load(data: DemoData): Promise<string> {
    return RequestContext.create(this.orm.em, async () => {
      const ids = new Map<string, string>();
      const id = (key: string) => {
        const found = ids.get(key);
        if (!found) throw new Error(`Demo: onbekende sleutel "${key}"`);
        return found;
      };
      for (const p of data.partijen) {
        const existing = await this.em.findOne(Partij, { naam: p.naam, soort: p.soort });
        const partij = existing ?? (await this.partijen.create(p));
        ids.set(p.key, partij.id);
        if (p.logo && !(await this.em.count(PartijLogo, { partij }))) {
          // Checked as an upload is, so a drawn logo the cover could not show fails here.
          const logo = leesLogo(demoLogo(p.logo.vorm, p.logo.kleur).toString('base64'), 'logo');
          await this.em.persistAndFlush(new PartijLogo({ partij: ref(partij), ...logo }));
        }
      }
      await this.gebruikers(data, id);
      const o = data.overeenkomst;
      const overeenkomst = await this.overeenkomsten.create({
        titel: o.titel,
        startjaar: o.startjaar,
        eindjaar: o.eindjaar,
        preambule: o.preambule,
        gemeenteIds: o.gemeenten.map(id),
        deelnemers: o.deelnemers.map((d) => ({
          partijId: id(d.partij),
          rol: d.rol,
          regie: d.regie ?? false,
        })),
        referenties: o.referenties,
      });
      const eigen = o.eigenDoelgroepen
        ? (
            await this.overeenkomsten.update({
              id: overeenkomst.id,
              eigenDoelgroepen: o.eigenDoelgroepen,
            })
          ).eigenDoelgroepen
        : [];
      const eigenDoelgroepId = (naam: string) => {
        const gevonden = eigen.find((d) => d.naam === naam);
        if (!gevonden) throw new Error(`Demo: onbekende eigen doelgroep "${naam}"`);
        return gevonden.id;
      };
      const documentId = await this.demoDocument(overeenkomst.id, data);
      for (const onderdeel of data.onderdelen) {
        const created = await this.onderdelen.create(null, {
          overeenkomstId: overeenkomst.id,
          soort: onderdeel.soort,
          titel: onderdeel.titel,
          ondertekenaarIds: onderdeel.ondertekenaars.map(id),
        });
        ids.set(onderdeel.key, created.id);
      }
      const themas = await this.themas.forOvereenkomst(overeenkomst.id);
      for (const a of data.afspraken) {
        const thema = themas.find((t) => t.naam === a.thema);
        if (!thema) throw new Error(`Demo: onbekend thema "${a.thema}"`);
        const created = await this.afspraken.create({
          onderdeelId: id(a.onderdeel),
          titel: a.titel,
          type: a.type,
          themaId: thema.id,
          trekkerId: id(a.trekker),
          trekkerGroep: a.trekkerGroep ?? null,
          tekst: a.tekst,
          volwassenheid: a.volwassenheid,
          ...demoNormenInvoer(a, id, eigenDoelgroepId, documentId),
          doelgroepen: a.doelgroepen ?? [],
          betrokkenen: (a.betrokkenen ?? []).map((b) => ({
            partijId: id(b.partij),
            rol: b.rol,
            bijdrage: b.bijdrage,
            kostenaandeel: b.kostenaandeel ?? null,
          })),
          jaren: a.jaren.map((j) => ({ jaar: j.jaar, concretisering: j.concretisering ?? '' })),
          details: detailsInput(a.details, id),
          leden: (DEMO_LEDEN[a.key] ?? []).map((l) => ({
            tekst: l.tekst,
            type: l.type,
            details: detailsInput(l.details, id),
          })),
          indicatorIds: [],
          bedragen: demoBedragen(a.key, id),
          locaties: a.locaties ?? [],
        });
        ids.set(a.key, created.id);
        // Each afspraak is its own command; a growing identity map would make every flush slower.
        this.em.clear();
      }
      for (const i of data.indicatoren) {
        const indicator = await this.indicatoren.nieuw({
          overeenkomstId: overeenkomst.id,
          naam: i.naam,
          eenheid: i.eenheid,
          definitie: i.definitie,
          definitieBron: i.definitieBron ?? null,
          nulmetingWaarde: i.nulmeting.waarde,
          nulmetingJaar: i.nulmeting.jaar,
          richting: i.richting,
          afspraakIds: i.afspraken.map(id),
        });
        const doelen = [
          ...i.streefwaarden.map((s) => ({ ...s, horizon: false })),
          ...(i.horizondoelen ?? []).map((s) => ({ ...s, horizon: true })),
        ];
        for (const { locatie, ...s } of doelen) {
          await this.indicatoren.nieuweStreefwaarde({
            indicatorId: indicator.id,
            ...s,
            locatieId: await locatieId(this.em, overeenkomst.id, locatie),
          });
        }
        for (const { locatie, tussenstand, ...r } of i.realisaties) {
          const realisatie = await this.indicatoren.createRealisatie(null, {
            indicatorId: indicator.id,
            toelichting: '',
            ...r,
            locatieId: await locatieId(this.em, overeenkomst.id, locatie),
          });
          // The demo tells of years already reported on, whenever it is loaded: final figures,
          // except a tussenstand, which stays one only while its year runs (the service decides).
          if (!tussenstand) realisatie.tussenstand = false;
        }
        await this.em.flush();
        this.em.clear();
      }
      await laadAfgerondJaar(this.em, data, overeenkomst.id, id);
      await this.buitenDriehoekOndertekend(data, overeenkomst.id, id);
      this.logger.log(
        `Demo geladen: "${o.titel}" met ${data.afspraken.length} afspraken en ${data.indicatoren.length} indicatoren`,
      );
      return overeenkomst.id;
    });
  }
}

export { DEMO_WACHTWOORD };

function detailsInput(details: DemoDetails, id: (key: string) => string): AfspraakDetailsInput {
  if ('proces' in details) {
    const d = details.proces;
    return {
      proces: {
        overlegvorm: d.overlegvorm,
        frequentie: d.frequentie,
        deelnemerIds: d.deelnemers.map(id),
        wanneerJaar: d.wanneerJaar ?? null,
      },
    };
  }
  if ('handeling' in details) {
    return {
      handeling: {
        activiteiten: details.handeling.activiteiten.map((a) => ({
          wat: a.wat,
          wanneer: a.wanneer,
          partijIds: a.partijen.map(id),
        })),
      },
    };
  }
  if ('garantie' in details) {
    const d = details.garantie;
    return {
      garantie: {
        wat: d.wat,
        geldigTot: d.geldigTot ?? null,
        garantstellerIds: d.garantstellers.map(id),
        toezeggingen: d.toezeggingen?.map((t) => ({ partijId: id(t.partij), wat: t.wat })),
      },
    };
  }
  if ('transactie' in details) {
    return {
      transactie: {
        posten: details.transactie.posten.map((p) => ({
          partijId: id(p.partij),
          levert: p.levert,
          ontvangt: p.ontvangt,
        })),
      },
    };
  }
  return details;
}

/** A place an afspraak of the demo named, by its name. */
async function locatieId(
  em: EntityManager,
  overeenkomstId: string,
  naam?: string,
): Promise<string | null> {
  if (!naam) return null;
  return (await em.findOneOrFail(Locatie, { overeenkomst: overeenkomstId, naam })).id;
}
