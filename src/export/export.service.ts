import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { PatchType, TextRun } from 'docx';
import { AuditService } from '../audit/audit.service';
import { CollabServer } from '../collaboration/collab.server';
import { AppError, ErrorCode, notFound } from '../common/app-error';
import { Klok } from '../common/klok';
import { type AfspraakInhoud, type OnderdeelInhoud } from '../overeenkomsten/onderdeel-inhoud';
import { OnderdeelInhoudReader } from '../overeenkomsten/onderdeel-inhoud.reader';
import { Onderdeel, OnderdeelStatus } from '../overeenkomsten/onderdeel.entity';
import { OVEREENKOMST_STATUS_TEKST } from '../gedeeld/overeenkomst-status';
import { Overeenkomst } from '../overeenkomsten/overeenkomst.entity';
import { NEED_ALL } from '../overeenkomsten/overeenkomst-need';
import type { StreefwaardeModel } from '../overeenkomsten/overeenkomst.model';
import { OvereenkomstReader } from '../overeenkomsten/overeenkomst.reader';
import {
  metVoorvoegsel,
  nummerVoorvoegsel,
  voorvoegselVan,
} from '../overeenkomsten/afspraak-nummering';
import { ExportReader, externVan, type VersieRij } from './export.reader';
import { bouwOnderdeel, bouwOvereenkomst, type Opbouw } from './docx-opbouw';
import {
  type AuditSamenvatting,
  type ExportOnderdeel,
  type ExportOvereenkomst,
  type ExportVersie,
  heeftCertificaat,
} from './export-gegevens';
import { geaccepteerd } from './docx-suggesties';
import { SjablonenService } from './sjablonen.service';
import { vulSjabloon } from './vullen';
import { redlineInhoud } from './docx-redline';
import { PartijLogoService } from '../partijen/partij-logo.service';

/** A target's year and value as the document shows them. */
const doelWaarden = (s: StreefwaardeModel) => ({
  jaar: s.jaar,
  soort: s.soort,
  waarde: s.waarde ?? null,
  min: s.min ?? null,
  max: s.max ?? null,
  effect: s.effect ?? null,
});

/** The content with each afspraak's text as agreed, without pending suggestions. */
function alleenAanvaard<T extends { afspraken: AfspraakInhoud[] }>(inhoud: T): T {
  return {
    ...inhoud,
    afspraken: inhoud.afspraken.map((a) => {
      const { json, tekst } = geaccepteerd(a.tekstJson, a.tekst);
      return { ...a, tekstJson: json, tekst };
    }),
  };
}

/** Which content an export shows per onderdeel. */
export type Keuze =
  { soort: 'huidig' } | { soort: 'ondertekend' } | { soort: 'versie'; versieId: string };

@Injectable()
export class ExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: OvereenkomstReader,
    private readonly inhoud: OnderdeelInhoudReader,
    private readonly collab: CollabServer,
    private readonly audit: AuditService,
    private readonly sjablonen: SjablonenService,
    private readonly rijen: ExportReader,
    private readonly klok: Klok,
    private readonly logos: PartijLogoService,
  ) {}

  /** Everything the export of an overeenkomst (or some of its onderdelen) shows. */
  async gegevens(
    overeenkomstId: string,
    keuze: Keuze,
    onderdeelIds?: string[],
  ): Promise<ExportOvereenkomst> {
    const model = await this.reader.overeenkomst(overeenkomstId, NEED_ALL);
    const versies = await this.rijen.versies(overeenkomstId);
    if (keuze.soort === 'versie' && !versies.some((v) => v.id === keuze.versieId)) {
      throw new AppError(
        ErrorCode.VALIDATIE_FOUT,
        `Versie ${keuze.versieId} hoort niet bij deze overeenkomst`,
        'versie',
      );
    }
    const handtekeningen = await this.rijen.handtekeningen(overeenkomstId);
    const extern = await this.rijen.externeOndertekeningen(overeenkomstId);
    const alsVersie = (v: VersieRij): ExportVersie => ({
      nummer: v.nummer,
      status: v.status,
      hash: v.hash,
      bevrorenOp: v.created_at,
      addendumOp: v.basis_nummer,
      extern: externVan(extern.find((e) => e.versie_id === v.id)),
      ondertekeningen: handtekeningen
        .filter((h) => h.versie_id === v.id)
        .map((h) => ({
          partijId: h.partij_id,
          partij: h.partij,
          naam: h.naam,
          functie: h.functie,
          tijd: h.created_at,
          versieHash: h.versie_hash,
        })),
    });

    const onderdelen: ExportOnderdeel[] = [];
    let preambule: ExportOvereenkomst['preambule'] = null;
    for (const o of model.onderdelen) {
      if (onderdeelIds && !onderdeelIds.includes(o.id)) continue;
      const eigen = versies.filter((v) => v.onderdeel_id === o.id);
      const gekozen =
        keuze.soort === 'versie'
          ? eigen.find((v) => v.id === keuze.versieId)
          : keuze.soort === 'ondertekend'
            ? eigen.find((v) => v.status === 'ONDERTEKEND')
            : o.status !== OnderdeelStatus.CONCEPT
              ? eigen[0]
              : undefined;
      const { voorvoegsel, bijlageNummer } = nummerVoorvoegsel(model.onderdelen, o.id);
      let inhoud: Omit<OnderdeelInhoud, 'status'>;
      if (gekozen) {
        inhoud = await this.versieInhoud(gekozen.id, voorvoegsel);
      } else {
        await this.collab.bijgewerkt(o.id);
        inhoud = alleenAanvaard(await this.inhoud.lees(o.id));
      }
      if (inhoud.preambule) preambule = inhoud.preambule;
      onderdelen.push({
        id: o.id,
        titel: inhoud.titel,
        soort: o.soort,
        bijlageNummer,
        ondertekenaars: inhoud.ondertekenaars,
        afspraken: inhoud.afspraken,
        versie: gekozen ? alsVersie(gekozen) : null,
        concept: !gekozen,
      });
    }
    if (onderdeelIds && onderdelen.length === 0)
      throw notFound('Onderdeel', onderdeelIds.join(', '));

    const nummers = new Map(
      model.onderdelen.flatMap((o) => o.afspraken.map((a) => [a.id, a.nummer] as const)),
    );
    const logos = await this.logos.bestanden(model.deelnemers.map((d) => d.partij.id));
    const audit = onderdelen.some(heeftCertificaat)
      ? await this.auditSamenvatting(overeenkomstId)
      : null;
    return {
      id: model.id,
      titel: model.titel,
      startjaar: model.startjaar,
      status: OVEREENKOMST_STATUS_TEKST[model.status],
      eindjaar: model.eindjaar,
      gemeenten: model.gemeenten.map((g) => g.naam),
      deelnemers: model.deelnemers.map((d) => ({
        id: d.partij.id,
        naam: d.partij.naam,
        soort: d.partij.soort,
        rol: d.rol,
        regie: d.regie,
        statutaireNaam: d.partij.statutaireNaam,
        vestigingsplaats: d.partij.vestigingsplaats,
        kvkNummer: d.partij.kvkNummer,
        vertegenwoordiger: d.partij.vertegenwoordiger,
        vertegenwoordigerFunctie: d.partij.vertegenwoordigerFunctie,
        logo: logos.get(d.partij.id) ?? null,
      })),
      referenties: model.referenties,
      preambule: onderdeelIds ? null : preambule,
      onderdelen,
      indicatoren: onderdeelIds
        ? []
        : model.indicatoren.map((i) => ({
            naam: i.naam,
            eenheid: i.eenheid,
            definitie: i.definitie,
            definitieBron: i.definitieBron,
            nulmeting:
              i.nulmetingWaarde == null
                ? null
                : { waarde: i.nulmetingWaarde, jaar: i.nulmetingJaar },
            richting: i.richting,
            afspraakNummers: i.afspraken.map((a) => nummers.get(a.id) ?? a.nummer),
            afspraakIds: i.afspraken.map((a) => a.id),
            // With the whole agreement's horizon targets; the document shows those after the
            // jaarschijven. A place's horizon target is in its row of the table per place.
            streefwaarden: [...i.streefwaarden, ...i.horizondoelen.filter((h) => !h.locatie)].map(
              doelWaarden,
            ),
            perPlaats: [...i.streefwaardenPerLocatie, ...i.horizondoelen].flatMap((s) =>
              s.locatie
                ? [
                    {
                      ...doelWaarden(s),
                      horizon: s.horizon,
                      plaats: {
                        id: s.locatie.id,
                        soort: s.locatie.soort,
                        naam: s.locatie.naam,
                        gemeente: s.locatie.gemeente
                          ? { id: s.locatie.gemeente.id, naam: s.locatie.gemeente.naam }
                          : null,
                      },
                    },
                  ]
                : [],
            ),
            realisaties: i.realisaties.map((r) => ({
              jaar: r.jaar,
              waarde: r.waarde,
              oordeel: r.oordeel,
              toelichting: r.toelichting,
              tussenstand: r.tussenstand,
              bron: r.bron,
            })),
          })),
      jaren: model.jaarschijven.map((j) => j.jaar).sort((a, b) => a - b),
      partijNamen: Object.fromEntries(model.deelnemers.map((d) => [d.partij.id, d.partij.naam])),
      audit,
      gemaaktOp: this.klok.nu(),
    };
  }

  /** The audit trail checked and summed up, for a certificate of signing. */
  private async auditSamenvatting(overeenkomstId: string): Promise<AuditSamenvatting> {
    const keten = await this.audit.controleer(overeenkomstId);
    const grenzen = await this.rijen.auditGrenzen(overeenkomstId);
    return {
      aantal: keten.aantal,
      laatsteHash: grenzen?.hash ?? null,
      geldig: keten.geldig,
      eerste: grenzen?.eerste ?? null,
      laatste: grenzen?.laatste ?? null,
    };
  }

  async overeenkomst(overeenkomstId: string, keuze: Keuze): Promise<Buffer> {
    const gegevens = await this.gegevens(overeenkomstId, keuze);
    return this.vul(overeenkomstId, bouwOvereenkomst(gegevens));
  }

  async onderdeel(overeenkomstId: string, onderdeelId: string, keuze: Keuze): Promise<Buffer> {
    const gegevens = await this.gegevens(overeenkomstId, keuze, [onderdeelId]);
    return this.vul(overeenkomstId, bouwOnderdeel(gegevens, gegevens.onderdelen[0]!));
  }

  /**
   * The newer version of an onderdeel with what changed since the older one as Word revisions
   * (w:ins, w:del), each attributed to the partij whose accepted suggestion or proposal made it,
   * dated when it was applied, or else to "Driehoek", dated when the newer version was frozen. A
   * version holds only accepted text, so only what was accepted shows.
   */
  async redline(
    overeenkomstId: string,
    onderdeelId: string,
    vanId: string,
    naarId: string | undefined,
  ): Promise<Buffer> {
    const van = await this.versieRij(vanId, onderdeelId);
    const naar = naarId ? await this.versieRij(naarId, onderdeelId) : null;
    const voorvoegsel = await voorvoegselVan(this.em.fork(), {
      id: onderdeelId,
      overeenkomst: { id: overeenkomstId },
    });
    const oud = await this.versieInhoud(van.id, voorvoegsel);
    if (!naar) await this.collab.bijgewerkt(onderdeelId);
    const nieuw = naar
      ? await this.versieInhoud(naar.id, voorvoegsel)
      : alleenAanvaard(await this.inhoud.lees(onderdeelId));
    const tot = naar ? naar.created_at : this.klok.nu();
    const voorstellen = await this.rijen.aanvaardeVoorstellen(onderdeelId, van.created_at, tot);
    const suggesties = await this.rijen.aanvaardeSuggesties(onderdeelId, van.created_at, tot);
    const inhoud = redlineInhoud({ van, naar, oud, nieuw, tot, voorstellen, suggesties });
    const gegevens = await this.gegevens(overeenkomstId, { soort: 'huidig' }, [onderdeelId]);
    const { patches } = bouwOnderdeel(gegevens, gegevens.onderdelen[0]!);
    return this.vul(overeenkomstId, {
      inhoud,
      patches: {
        ...patches,
        status: {
          type: PatchType.PARAGRAPH,
          children: [
            new TextRun(
              `Wijzigingen van versie ${van.nummer} naar ${naar ? `versie ${naar.nummer}` : 'het concept'}`,
            ),
          ],
        },
      },
    });
  }

  /**
   * The draft of an onderdeel as agreed so far, with every pending suggestion as a Word revision
   * by the partij that made it, for a partij to review them in Word. A frozen onderdeel has none.
   */
  async conceptMetSuggesties(overeenkomstId: string, onderdeelId: string): Promise<Buffer> {
    const gegevens = await this.gegevens(overeenkomstId, { soort: 'huidig' }, [onderdeelId]);
    const onderdeel = gegevens.onderdelen[0]!;
    if (!onderdeel.concept)
      throw new AppError(
        ErrorCode.ONDERDEEL_BEVROREN,
        'Dit onderdeel is bevroren en heeft geen openstaande suggesties meer: exporteer de versie',
        'id',
      );
    // Read after gegevens, which waited for the co-editor's last edits to be written.
    const suggesties = {
      teksten: await this.rijen.suggestieTeksten(onderdeelId),
      gemaakt: await this.rijen.suggestieTijden(onderdeelId),
    };
    return this.vul(overeenkomstId, bouwOnderdeel(gegevens, { ...onderdeel, suggesties }));
  }

  /** The overeenkomst's title, and the onderdeel's, for file names. */
  async titels(overeenkomstId: string, onderdeelId?: string): Promise<string[]> {
    const o = await this.em.findOne(Overeenkomst, overeenkomstId, { fields: ['titel'] });
    if (!o) throw notFound('Overeenkomst', overeenkomstId);
    if (!onderdeelId) return [o.titel];
    const d = await this.em.findOne(Onderdeel, onderdeelId, { fields: ['titel'] });
    if (!d) throw notFound('Onderdeel', onderdeelId);
    return [o.titel, d.titel];
  }

  /** The document built into the overeenkomst's template (its own, or the house style). */
  async vul(overeenkomstId: string, opbouw: Opbouw): Promise<Buffer> {
    return vulSjabloon(await this.sjablonen.voor(overeenkomstId), opbouw.patches, opbouw.inhoud);
  }

  private async versieRij(id: string, onderdeelId: string): Promise<VersieRij> {
    const rij = await this.rijen.versie(id);
    if (!rij || rij.onderdeel_id !== onderdeelId) {
      throw new AppError(
        ErrorCode.VALIDATIE_FOUT,
        `Versie ${id} hoort niet bij dit onderdeel`,
        'versie',
      );
    }
    return rij;
  }

  /** A version's content; `voorvoegsel` completes the numbers of one frozen before they had it. */
  private async versieInhoud(
    versieId: string,
    voorvoegsel: string,
  ): Promise<Omit<OnderdeelInhoud, 'status'>> {
    const inhoud = await this.rijen.versieInhoud(versieId);
    if (!inhoud) throw notFound('Versie', versieId);
    return { ...inhoud, afspraken: metVoorvoegsel(inhoud.afspraken, voorvoegsel) };
  }
}
