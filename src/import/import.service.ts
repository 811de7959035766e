import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Gebruiker } from '../auth/gebruiker.entity';
import { AuditActie, AuditService } from '../audit/audit.service';
import { PREAMBULE_FRAGMENT } from '../collaboration/prosemirror';
import { DocumentOpdrachten } from '../collaboration/document-opdrachten';
import { AppError, binnen, ErrorCode, forbidden, invalid, notFound } from '../common/app-error';
import {
  BESTAND_MIME,
  BestandSoort,
  bestandsnaam,
  metKenmerken,
  soortVan,
} from '../common/bestand';
import { OvereenkomstDocument } from '../documenten/overeenkomst-document.entity';
import { Klok } from '../common/klok';
import { PdfOmzetter } from '../export/pdf/pdf-omzetter';
import { StreefwaardeSoort } from '../indicatoren/indicator.entity';
import { IndicatorenService } from '../indicatoren/indicatoren.service';
import { AfsprakenService } from '../overeenkomsten/afspraken.service';
import { OnderdelenService } from '../overeenkomsten/onderdelen.service';
import { OnderdeelSoort } from '../overeenkomsten/onderdeel.entity';
import { DeelnemersService } from '../overeenkomsten/deelnemers.service';
import { DeelnemerRol, Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { PermissionsService } from '../partijen/permissions.service';
import { OvereenkomstenService } from '../overeenkomsten/overeenkomsten.service';
import { ThemasService } from '../overeenkomsten/themas.service';
import { Partij, PartijSoort } from '../partijen/partij.entity';
import { afspraakUitImport, titelUit } from './import-afspraak';
import { importModel } from './import-model';
import { partijenUitImport } from './import-partijen';
import { leesBlokken } from './import-lezer';
import type { BevestigImportInput, OvereenkomstImportModel } from './import.models';
import { ImportStatus, OvereenkomstImport } from './overeenkomst-import.entity';
import { herkenStructuur } from './structuur';
import { vermeldingen, zinRond } from './partij-vermeldingen';
import { normaliseer } from '../indicatoren/indicator-sleutel';
import { kenmerkenUit } from '../gedeeld/import-kenmerken';

const SOORTEN = [BestandSoort.DOCX, BestandSoort.ODT, BestandSoort.PDF] as const;

/**
 * Bring your existing agreement: an upload is read into a proposal (parties, preamble, chapters,
 * typed afspraken) that nothing is created from until the gemeente confirms it, corrected or not.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly klok: Klok,
    private readonly audit: AuditService,
    private readonly opdrachten: DocumentOpdrachten,
    private readonly overeenkomsten: OvereenkomstenService,
    private readonly onderdelen: OnderdelenService,
    private readonly afspraken: AfsprakenService,
    private readonly themas: ThemasService,
    private readonly pdf: PdfOmzetter,
    private readonly indicatoren: IndicatorenService,
    private readonly deelnemers: DeelnemersService,
    private readonly permissions: PermissionsService,
  ) {}

  /** Reads the file; the draft import is the only thing stored. */
  async lees(
    actor: Actor,
    bestand: Buffer,
    naam: string,
    gemeenteId: string | undefined,
  ): Promise<OvereenkomstImportModel> {
    const gemeente = this.gemeenteVan(actor, gemeenteId);
    const soort = soortVan(bestand);
    if (soort === null || !(SOORTEN as readonly BestandSoort[]).includes(soort))
      throw new AppError(
        ErrorCode.BESTAND_ONGELDIG,
        'Lever het akkoord aan als Word-bestand (.docx), OpenDocument-bestand (.odt) of PDF met tekst',
        'bestand',
      );
    // An OpenDocument file is read as the PDF LibreOffice makes of it: its text, numbering and
    // headings as laid out, by the reader every PDF goes through.
    const leesbaar = soort === BestandSoort.ODT ? await this.pdf.naarPdfA(bestand) : bestand;
    const { blokken, paginas } = await leesBlokken(leesbaar);
    const bekend = await this.em.find(Partij, {}, { fields: ['id', 'naam', 'soort'] });
    const voorstel = herkenStructuur(
      blokken,
      bekend.map((p) => ({ naam: p.naam, soort: p.soort })),
    );
    const opNaam = new Map(bekend.map((p) => [normaliseer(p.naam), p]));
    for (const partij of voorstel.partijen) {
      const gevonden = opNaam.get(normaliseer(partij.naam));
      if (gevonden) {
        partij.partijId = gevonden.id;
        partij.soort = gevonden.soort;
      }
    }
    const rij = new OvereenkomstImport({
      gemeente: ref(Partij, gemeente),
      door: ref(Gebruiker, actor.gebruikerId),
      bestandsnaam: bestandsnaam(naam, soort, 'akkoord'),
      mimeType: BESTAND_MIME[soort],
      ...metKenmerken(bestand),
      paginas,
      voorstel,
    });
    await this.em.fork().persistAndFlush(rij);
    return importModel(rij);
  }

  async haal(actor: Actor, id: string): Promise<OvereenkomstImportModel> {
    return importModel(await this.eigen(actor, id));
  }

  /**
   * The reviewed proposal becomes the overeenkomst, in one transaction: new partijen, the
   * overeenkomst and its hoofddocument, a thema per chapter, the afspraken with the details
   * their type asks for, the indicators of its tables with their targets, the file among its
   * documents, and the audit entry. Every afspraak is checked before anything is written; the
   * texts are recorded in the same transaction and written into the co-editor after the commit
   * (or at the next start, after a crash).
   */
  async bevestig(actor: Actor, input: BevestigImportInput): Promise<string> {
    const rij = await this.eigen(actor, input.importId);
    if (rij.status !== ImportStatus.CONCEPT)
      throw invalid('input.importId', 'Deze import is al bevestigd', ErrorCode.STATUS_ONJUIST);
    const gemeenteId = rij.gemeente.id;
    const bestaand = input.overeenkomstId
      ? await this.bestaandeOvereenkomst(actor, input, gemeenteId)
      : null;
    // A bijlage lives in the period of the overeenkomst it joins.
    const { startjaar, eindjaar } = bestaand ?? input;
    const binnenPeriode = (jaar: number, veld: string) => {
      if (jaar < startjaar || jaar > eindjaar)
        throw invalid(
          veld,
          `${jaar} valt buiten de periode ${startjaar}–${eindjaar}`,
          ErrorCode.JAAR_BUITEN_PERIODE,
        );
    };
    input.hoofdstukken.forEach((h, i) =>
      h.afspraken.forEach((a, j) => {
        const veld = `input.hoofdstukken.${i}.afspraken.${j}`;
        if (a.trekker >= input.partijen.length)
          throw invalid(`${veld}.trekker`, 'De trekker is geen van de partijen van de import');
        a.jaren.forEach((jaar) => binnenPeriode(jaar, `${veld}.jaren`));
        a.bedragen.forEach((b, k) => {
          if (b.betaler >= input.partijen.length)
            throw invalid(
              `${veld}.bedragen.${k}.betaler`,
              'De betaler is geen van de partijen van de import',
            );
          for (const jaar of [b.jaar, b.totJaar])
            if (jaar != null) binnenPeriode(jaar, `${veld}.bedragen.${k}.jaar`);
        });
        if (!a.tekst.trim()) throw invalid(`${veld}.tekst`, 'Een afspraak heeft tekst');
      }),
    );
    input.indicatoren.forEach((ind, i) =>
      ind.streefwaarden.forEach((sw, j) =>
        binnenPeriode(sw.jaar, `input.indicatoren.${i}.streefwaarden.${j}.jaar`),
      ),
    );
    let aantal = 0;
    const { overeenkomstId, onderdeelId } = await this.em.transactional(async (em) => {
      const partijIds = await partijenUitImport(em, input);
      const gemeenten = partijIds.filter(
        (_, i) => input.partijen[i]!.soort === PartijSoort.GEMEENTE,
      );
      const overeenkomst = bestaand
        ? await this.metDeelnemers(actor, bestaand, input, partijIds)
        : await this.overeenkomsten.create({
            titel: input.titel,
            startjaar: input.startjaar,
            eindjaar: input.eindjaar,
            preambule: '',
            gemeenteIds: [gemeenteId, ...gemeenten.filter((id) => id !== gemeenteId)],
            deelnemers: partijIds
              .filter((id) => !gemeenten.includes(id) && id !== gemeenteId)
              .map((partijId) => ({ partijId, rol: DeelnemerRol.ONDERTEKENAAR, regie: false })),
            referenties: [],
          });
      const onderdeel = await this.onderdelen.create(null, {
        overeenkomstId: overeenkomst.id,
        soort: bestaand ? OnderdeelSoort.BIJLAGE : OnderdeelSoort.HOOFDDOCUMENT,
        titel: input.titel,
        ondertekenaarIds: [...new Set([gemeenteId, ...partijIds])],
      });
      const bekend = input.partijen.map((p, i) => ({
        naam: p.naam,
        soort: p.soort,
        id: partijIds[i]!,
      }));
      for (const [i, hoofdstuk] of input.hoofdstukken.entries()) {
        if (hoofdstuk.afspraken.length === 0) continue;
        const thema = await this.thema(actor, overeenkomst.id, hoofdstuk.titel);
        for (const [j, a] of hoofdstuk.afspraken.entries()) {
          const genoemd = vermeldingen(a.tekst, bekend).map((v) => ({
            id: bekend.find((b) => b.naam === v.naam)!.id,
            zin: zinRond(a.tekst, v.positie),
          }));
          const veld = `input.hoofdstukken.${i}.afspraken.${j}`;
          // Checked by createAfspraak's validation, which names fields under `veld` itself.
          const invoer = await afspraakUitImport({
            onderdeelId: onderdeel.id,
            themaId: thema,
            titel: a.titel?.trim() || titelUit(a.tekst),
            tekst: a.tekst,
            type: a.type,
            trekkerId: partijIds[a.trekker]!,
            genoemd,
            jaren: a.jaren,
            doelgroepen: a.doelgroepen,
            normen: a.normen,
            locaties: a.locaties,
            bedragen: a.bedragen.map(({ betaler, ...b }) => ({
              ...b,
              betalerId: partijIds[betaler]!,
            })),
            // What the reviewer left unset is read from the text.
            kenmerken: {
              ...kenmerkenUit(a.tekst, a.jaren),
              ...Object.fromEntries(Object.entries(a.kenmerken ?? {}).filter(([, v]) => v != null)),
            },
            veld,
          });
          const afspraak = await binnen(veld, () => this.afspraken.voegToeInTransactie(invoer));
          this.opdrachten.plan(em, onderdeel.id, afspraak.id, { tekst: a.tekst });
          aantal++;
        }
      }
      for (const ind of input.indicatoren) {
        const indicator = await this.indicatoren.nieuw({
          overeenkomstId: overeenkomst.id,
          naam: ind.naam,
          eenheid: ind.eenheid,
        });
        for (const sw of ind.streefwaarden)
          await this.indicatoren.nieuweStreefwaarde({
            indicatorId: indicator.id,
            jaar: sw.jaar,
            soort: StreefwaardeSoort.EXACT,
            waarde: sw.waarde,
          });
      }
      const document = new OvereenkomstDocument({
        overeenkomst: ref(overeenkomst),
        bestandsnaam: rij.bestandsnaam,
        bestand: await this.bestandVan(em, rij.id),
        grootte: rij.grootte,
        sha256: rij.sha256,
        mimeType: rij.mimeType,
        geuploadDoor: rij.door,
        geuploadOp: this.klok.nu(),
      });
      em.persist(document);
      rij.status = ImportStatus.BEVESTIGD;
      rij.overeenkomst = ref(overeenkomst);
      em.persist(rij);
      await em.flush();
      await this.audit.schrijf(
        {
          overeenkomstId: overeenkomst.id,
          actor,
          actie: AuditActie.GEIMPORTEERD,
          onderwerpSoort: 'OvereenkomstImport',
          onderwerpId: rij.id,
          gegevens: {
            bestandsnaam: rij.bestandsnaam,
            sha256: rij.sha256,
            documentId: document.id,
            afspraken: aantal,
            indicatoren: input.indicatoren.length,
            onderdeelId: onderdeel.id,
            alsBijlage: bestaand !== null,
            partijen: input.partijen.map((p) => p.naam),
          },
        },
        em,
      );
      if (input.preambule.trim())
        this.opdrachten.plan(em, onderdeel.id, PREAMBULE_FRAGMENT, { tekst: input.preambule });
      await em.flush();
      return { overeenkomstId: overeenkomst.id, onderdeelId: onderdeel.id };
    });
    await this.opdrachten.voerUit(onderdeelId);
    return overeenkomstId;
  }

  /**
   * The overeenkomst an import joins as a bijlage: one of the import's gemeente whose regie the
   * person holds. A bijlage has no preamble of its own, so its text must go somewhere else.
   */
  private async bestaandeOvereenkomst(
    actor: Actor,
    input: BevestigImportInput,
    gemeenteId: string,
  ): Promise<Overeenkomst> {
    const id = input.overeenkomstId!;
    await this.permissions.regie(
      actor,
      id,
      'Overeenkomst',
      id,
      'Een akkoord als bijlage aan een overeenkomst toevoegen',
    );
    const overeenkomst = await this.em.findOneOrFail(Overeenkomst, id, {
      populate: ['gemeenten', 'deelnemers'],
    });
    if (!overeenkomst.gemeenten.getIdentifiers<string>().includes(gemeenteId))
      throw invalid(
        'input.overeenkomstId',
        'Deze overeenkomst is niet van de gemeente waarvoor het akkoord is geïmporteerd',
      );
    if (input.preambule.trim())
      throw invalid(
        'input.preambule',
        'Een bijlage heeft geen eigen preambule: neem de tekst op in een afspraak of laat hem weg (het bestand blijft bewaard bij de documenten)',
      );
    return overeenkomst;
  }

  /** The import's partijen that do not yet take part join the overeenkomst as ondertekenaars. */
  private async metDeelnemers(
    actor: Actor,
    overeenkomst: Overeenkomst,
    input: BevestigImportInput,
    partijIds: string[],
  ): Promise<Overeenkomst> {
    const aanwezig = new Set(overeenkomst.deelnemers.getItems().map((d) => d.partij.id));
    for (const [i, partijId] of partijIds.entries()) {
      if (aanwezig.has(partijId)) continue;
      if (input.partijen[i]!.soort === PartijSoort.GEMEENTE)
        throw invalid(
          `input.partijen.${i}`,
          `${input.partijen[i]!.naam} neemt niet deel aan deze overeenkomst; een gemeente voegt u toe bij de overeenkomst zelf`,
        );
      await this.deelnemers.addDeelnemer(actor, {
        overeenkomstId: overeenkomst.id,
        partijId,
        rol: DeelnemerRol.ONDERTEKENAAR,
        regie: false,
      });
    }
    return overeenkomst;
  }

  /** The gemeente the import is for: one the person may draft for. */
  private gemeenteVan(actor: Actor, gemeenteId: string | undefined): string {
    const gemeenten = actor.lidmaatschappen.filter(
      (l) => l.partijSoort === PartijSoort.GEMEENTE && actor.magBewerkenVoor(l.partijId),
    );
    if (gemeenteId !== undefined) {
      if (!gemeenten.some((g) => g.partijId === gemeenteId))
        throw forbidden(
          'Een akkoord importeert u voor een gemeente waarvoor u opsteller of ondertekenaar bent',
        );
      return gemeenteId;
    }
    if (gemeenten.length === 1) return gemeenten[0]!.partijId;
    if (gemeenten.length === 0)
      throw forbidden(
        'Een akkoord importeert u voor een gemeente; daarvoor moet u daar opsteller of ondertekenaar zijn',
      );
    throw invalid('gemeenteId', 'Kies voor welke gemeente u het akkoord importeert');
  }

  /** Only for whoever may draft for its gemeente. */
  private async eigen(actor: Actor, id: string): Promise<OvereenkomstImport> {
    const rij = await this.em.findOne(OvereenkomstImport, id);
    if (!rij) throw notFound('Import', id);
    if (!actor.magBewerkenVoor(rij.gemeente.id))
      throw forbidden(
        'Deze import is van een gemeente; om hem te zien of te bevestigen moet u daar opsteller of ondertekenaar zijn',
      );
    return rij;
  }

  private async bestandVan(em: EntityManager, id: string): Promise<Buffer> {
    const rij = await em.findOneOrFail(OvereenkomstImport, id, { populate: ['bestand'] });
    return rij.bestand;
  }

  /** The overeenkomst's thema by this name, or a new domein with it. */
  private async thema(actor: Actor, overeenkomstId: string, naam: string): Promise<string> {
    const bestaand = (await this.themas.forOvereenkomst(overeenkomstId)).find(
      (t) => normaliseer(t.naam) === normaliseer(naam),
    );
    if (bestaand) return bestaand.id;
    return (await this.themas.create(actor, { overeenkomstId, naam })).id;
  }
}
