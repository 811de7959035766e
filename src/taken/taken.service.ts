import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Klok } from '../common/klok';
import { aantal } from '../gedeeld/meervoud';
import { JaarcyclusService } from '../jaarcyclus/jaarcyclus.service';
import { CyclusRol, type Mijlpaal, MijlpaalSoort, Toestand } from '../jaarcyclus/kalender';
import { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { afspraakHash } from '../overeenkomsten/onderdeel-inhoud';
import { OnderdeelInhoudReader } from '../overeenkomsten/onderdeel-inhoud.reader';
import { LidRol } from '../partijen/lidmaatschap.entity';
import { PartijSoort } from '../partijen/partij.entity';
import { TaakModel, TaakSoort } from './taak.model';
import { type OpenRij, type StandpuntRij, type TaakPlek, TakenReader } from './taken.reader';

/** The order of the home page: what blocks others first. */
const VOLGORDE: readonly TaakSoort[] = [
  TaakSoort.ONDERTEKENING,
  TaakSoort.STANDPUNT,
  TaakSoort.VOORSTEL,
  TaakSoort.SUGGESTIE,
  TaakSoort.OPMERKING,
  TaakSoort.BOD,
  TaakSoort.VERANTWOORDING,
  TaakSoort.EVALUATIE,
  TaakSoort.UITNODIGING,
];

/** A milestone of the cycle that asks for action now: under way, or overdue and not done. */
const AAN_DE_ORDE: readonly Toestand[] = [Toestand.LOPEND, Toestand.TE_LAAT];

const onderdeelLink = (p: TaakPlek, query: string) =>
  `/overeenkomsten/${p.overeenkomst_id}/onderdelen/${p.onderdeel_id}?${query}`;

function plek(p: TaakPlek) {
  return {
    partijNaam: p.partij_naam,
    overeenkomstId: p.overeenkomst_id,
    overeenkomstTitel: p.overeenkomst_titel,
    onderdeelId: p.onderdeel_id,
    onderdeelTitel: p.onderdeel_titel,
  };
}

/** Rows grouped per onderdeel and partij, in the order they came. */
function perPlek<T extends TaakPlek>(rijen: T[]): T[][] {
  const groepen = new Map<string, T[]>();
  for (const r of rijen) {
    const sleutel = `${r.onderdeel_id}/${r.partij_id}`;
    const groep = groepen.get(sleutel);
    if (groep) groep.push(r);
    else groepen.set(sleutel, [r]);
  }
  return [...groepen.values()];
}

/**
 * What is asked of the person now, across every agreement they take part in: a task per kind,
 * onderdeel and partij, with its count, deadline and the place in the web client where it is
 * done. The rules are those of the services that do the work: who may take a standpunt, judge a
 * proposal or suggestion, sign, bid, account for or confirm (see PermissionsService).
 */
@Injectable()
export class TakenService {
  constructor(
    private readonly reader: TakenReader,
    private readonly inhoud: OnderdeelInhoudReader,
    private readonly jaarcyclus: JaarcyclusService,
    private readonly klok: Klok,
  ) {}

  async voor(actor: Actor, overeenkomstId?: string | null): Promise<TaakModel[]> {
    const schrijvend = actor.lidmaatschappen
      .filter((l) => actor.magBewerkenVoor(l.partijId))
      .map((l) => l.partijId);
    const tekenend = actor.lidmaatschappen
      .filter((l) => l.rollen.includes(LidRol.ONDERTEKENAAR))
      .map((l) => l.partijId);
    const nu = this.klok.nu();
    const [standpunten, voorstellen, suggesties, opmerkingen, ondertekeningen, cyclus, uitnod] =
      await Promise.all([
        this.reader.standpunten(schrijvend),
        this.reader.voorstellen(schrijvend),
        this.reader.suggesties(schrijvend),
        this.reader.opmerkingen(schrijvend),
        this.reader.ondertekeningen(tekenend),
        this.cyclus(actor, nu, schrijvend, tekenend),
        this.reader.uitnodigingen(actor.email, nu),
      ]);
    const taken: TaakModel[] = [
      ...(await this.standpuntTaken(standpunten)),
      ...this.openTaken(TaakSoort.VOORSTEL, voorstellen, 'voorstellen', (n) =>
        n === 1
          ? 'Een wijzigingsvoorstel wacht op uw oordeel'
          : `${aantal(n, 'wijzigingsvoorstel', 'wijzigingsvoorstellen')} wachten op uw oordeel`,
      ),
      ...this.openTaken(TaakSoort.SUGGESTIE, suggesties, 'afspraak', (n) =>
        n === 1
          ? 'Een suggestie in de tekst wacht op uw oordeel'
          : `${aantal(n, 'suggestie', 'suggesties')} in de tekst wachten op uw oordeel`,
      ),
      ...this.openTaken(TaakSoort.OPMERKING, opmerkingen, 'afspraak', (n) =>
        n === 1
          ? 'Een opmerking is aan u gericht'
          : `${aantal(n, 'opmerking', 'opmerkingen')} zijn aan u gericht`,
      ),
      ...ondertekeningen.map((r) => ({
        sleutel: `${TaakSoort.ONDERTEKENING}/${r.onderdeel_id}/${r.partij_id}`,
        soort: TaakSoort.ONDERTEKENING,
        titel: `Uw handtekening wordt verwacht op ${r.soort === 'HOOFDDOCUMENT' ? 'het hoofddocument' : 'de bijlage'} “${r.onderdeel_titel}”`,
        aantal: 1,
        deadline:
          r.soort === 'HOOFDDOCUMENT'
            ? (cyclus.ondertekenVoor.get(r.overeenkomst_id) ?? null)
            : null,
        teLaat: false,
        link: onderdeelLink(r, 'paneel=versies'),
        afspraakId: null,
        ...plek(r),
      })),
      ...cyclus.taken,
      ...uitnod.map((u) => ({
        sleutel: `${TaakSoort.UITNODIGING}/${u.id}`,
        soort: TaakSoort.UITNODIGING,
        titel:
          u.soort === 'DEELNAME' && u.overeenkomst_titel
            ? `U bent uitgenodigd om namens ${u.partij_naam} deel te nemen aan ${u.overeenkomst_titel}; open de link in uw e-mail`
            : `U bent uitgenodigd als lid van ${u.partij_naam}; open de link in uw e-mail`,
        aantal: 1,
        deadline: u.verloopt_op,
        teLaat: false,
        link: '/leden',
        partijNaam: u.partij_naam,
        overeenkomstId: null,
        overeenkomstTitel: u.overeenkomst_titel,
        onderdeelId: null,
        onderdeelTitel: null,
        afspraakId: null,
      })),
    ].map((t) => ({ ...t, teLaat: t.teLaat || (t.deadline !== null && t.deadline <= nu) }));
    return taken
      .filter((t) => !overeenkomstId || t.overeenkomstId === overeenkomstId)
      .sort(
        (a, b) =>
          Number(b.teLaat) - Number(a.teLaat) ||
          VOLGORDE.indexOf(a.soort) - VOLGORDE.indexOf(b.soort),
      );
  }

  /**
   * An afspraak asks for the partij's standpunt when it has none, or one on an earlier text
   * (verouderd): the matrix's rule, with the content hash of the text as it stands now. Only
   * onderdelen where the partij took a standpunt before need that hash.
   */
  private async standpuntTaken(rijen: StandpuntRij[]): Promise<TaakModel[]> {
    const teHashen = [...new Set(rijen.filter((r) => r.inhoud_hash).map((r) => r.onderdeel_id))];
    const hashes = new Map<string, string>();
    for (const onderdeelId of teHashen) {
      for (const a of (await this.inhoud.lees(onderdeelId)).afspraken) {
        hashes.set(a.id, afspraakHash(a));
      }
    }
    const open = rijen.filter((r) => !r.inhoud_hash || r.inhoud_hash !== hashes.get(r.afspraak_id));
    return perPlek(open).map((groep) => {
      const eerste = groep[0]!;
      return {
        sleutel: `${TaakSoort.STANDPUNT}/${eerste.onderdeel_id}/${eerste.partij_id}`,
        soort: TaakSoort.STANDPUNT,
        titel: `Uw standpunt wordt gevraagd op ${aantal(groep.length, 'afspraak', 'afspraken')}`,
        aantal: groep.length,
        deadline: null,
        teLaat: false,
        link: onderdeelLink(eerste, `afspraak=${eerste.afspraak_id}&paneel=afspraak`),
        afspraakId: eerste.afspraak_id,
        ...plek(eerste),
      };
    });
  }

  private openTaken(
    soort: TaakSoort,
    rijen: OpenRij[],
    paneel: string,
    titel: (n: number) => string,
  ): TaakModel[] {
    return perPlek(rijen).map((groep) => {
      const eerste = groep[0]!;
      const afspraakId = groep.find((r) => r.afspraak_id)?.afspraak_id ?? null;
      return {
        sleutel: `${soort}/${eerste.onderdeel_id}/${eerste.partij_id}`,
        soort,
        titel: titel(groep.length),
        aantal: groep.length,
        deadline: null,
        teLaat: false,
        link: onderdeelLink(
          eerste,
          afspraakId && paneel === 'afspraak'
            ? `afspraak=${afspraakId}&paneel=afspraak`
            : `paneel=${paneel}${afspraakId ? `&afspraak=${afspraakId}` : ''}`,
        ),
        afspraakId,
        ...plek(eerste),
      };
    });
  }

  /**
   * The tasks of the yearly cycle, from the jaarcyclus's own calendar of the three running
   * cycles: the bod on next year's jaarschijf, the verantwoording and the evaluatie of last year.
   */
  private async cyclus(
    actor: Actor,
    nu: Date,
    schrijvend: string[],
    tekenend: string[],
  ): Promise<{ taken: TaakModel[]; ondertekenVoor: Map<string, Date> }> {
    // Every task of the cycle is for a partij that writes or signs and takes part in the
    // agreement: only those agreements need their calendar (a provincie's lezer sees hundreds
    // and is asked nothing).
    const handelend = [...new Set([...schrijvend, ...tekenend])];
    const [overeenkomstIds, deelnames] = await Promise.all([
      handelend.length ? this.reader.deelgenomen(handelend) : [],
      this.reader.deelnames(schrijvend),
    ]);
    const overzicht = overeenkomstIds.length
      ? await this.jaarcyclus.overzicht(actor, nu, { overeenkomstIds })
      : [];
    const ondertekenVoor = new Map<string, Date>();
    const bod: { overeenkomstId: string; jaar: number; jaarschijfId: string; m: Mijlpaal }[] = [];
    const verantwoording = new Map<string, { overeenkomstId: string; jaar: number; m: Mijlpaal }>();
    const evaluatie = new Map<string, { overeenkomstId: string; jaar: number; m: Mijlpaal }>();
    for (const o of overzicht) {
      for (const c of o.cycli) {
        if (!c.jaarschijfId || !c.status) continue;
        const m = (soort: MijlpaalSoort) => c.mijlpalen.find((x) => x.soort === soort);
        const teken = m(MijlpaalSoort.ONDERTEKENING);
        if (c.rol === CyclusRol.ONDERHANDELING && teken && teken.toestand !== Toestand.GEDAAN)
          ondertekenVoor.set(o.overeenkomstId, teken.tot);
        const b = m(MijlpaalSoort.BOD);
        // A bod is taken until the negotiation starts, also after its day (then it is late).
        if (
          c.rol === CyclusRol.ONDERHANDELING &&
          b &&
          (c.status === JaarschijfStatus.CONCEPT || c.status === JaarschijfStatus.BOD_ONTVANGEN)
        )
          bod.push({
            overeenkomstId: o.overeenkomstId,
            jaar: c.jaar,
            jaarschijfId: c.jaarschijfId,
            m: b,
          });
        const v = m(MijlpaalSoort.VERANTWOORDING);
        if (c.rol === CyclusRol.EVALUATIE && v && AAN_DE_ORDE.includes(v.toestand))
          verantwoording.set(c.jaarschijfId, {
            overeenkomstId: o.overeenkomstId,
            jaar: c.jaar,
            m: v,
          });
        const e = m(MijlpaalSoort.EVALUATIE);
        if (c.rol === CyclusRol.EVALUATIE && e && AAN_DE_ORDE.includes(e.toestand))
          evaluatie.set(c.jaarschijfId, { overeenkomstId: o.overeenkomstId, jaar: c.jaar, m: e });
      }
    }
    const [boden, verantwoordingen, bevestigingen] = await Promise.all([
      this.reader.boden(bod.map((b) => b.jaarschijfId)),
      this.reader.verantwoordingen([...verantwoording.keys()], schrijvend),
      this.reader.bevestigingen([...evaluatie.keys()], tekenend),
    ]);
    const titels = new Map(overzicht.map((o) => [o.overeenkomstId, o.titel]));
    const taken: TaakModel[] = [];
    for (const b of bod) {
      const corporaties = deelnames.filter(
        (d) =>
          d.overeenkomst_id === b.overeenkomstId && d.partij_soort === PartijSoort.WONINGCORPORATIE,
      );
      for (const c of corporaties) {
        if (boden.some((x) => x.jaarschijf_id === b.jaarschijfId && x.partij_id === c.partij_id))
          continue;
        taken.push({
          sleutel: `${TaakSoort.BOD}/${b.jaarschijfId}/${c.partij_id}`,
          soort: TaakSoort.BOD,
          titel: `Uw bod op jaarschijf ${b.jaar} wordt verwacht`,
          aantal: 1,
          deadline: b.m.tot,
          teLaat: false,
          link: `/overeenkomsten/${b.overeenkomstId}?tab=jaarcyclus`,
          partijNaam: c.partij_naam,
          overeenkomstId: b.overeenkomstId,
          overeenkomstTitel: c.overeenkomst_titel,
          onderdeelId: null,
          onderdeelTitel: null,
          afspraakId: null,
        });
      }
    }
    const perJaarschijf = new Map<string, typeof verantwoordingen>();
    for (const r of verantwoordingen) {
      const sleutel = `${r.jaarschijf_id}/${r.partij_id}`;
      perJaarschijf.set(sleutel, [...(perJaarschijf.get(sleutel) ?? []), r]);
    }
    for (const groep of perJaarschijf.values()) {
      const eerste = groep[0]!;
      const j = verantwoording.get(eerste.jaarschijf_id)!;
      taken.push({
        sleutel: `${TaakSoort.VERANTWOORDING}/${eerste.jaarschijf_id}/${eerste.partij_id}`,
        soort: TaakSoort.VERANTWOORDING,
        titel: `Uw verantwoording over ${j.jaar} wordt gevraagd op ${aantal(groep.length, 'afspraak', 'afspraken')}`,
        aantal: groep.length,
        deadline: j.m.tot,
        teLaat: j.m.toestand === Toestand.TE_LAAT,
        link: `/overeenkomsten/${j.overeenkomstId}?tab=verantwoording`,
        partijNaam: eerste.partij_naam,
        overeenkomstId: j.overeenkomstId,
        overeenkomstTitel: titels.get(j.overeenkomstId) ?? null,
        onderdeelId: null,
        onderdeelTitel: null,
        afspraakId: eerste.afspraak_id,
      });
    }
    for (const r of bevestigingen) {
      const j = evaluatie.get(r.jaarschijf_id)!;
      taken.push({
        sleutel: `${TaakSoort.EVALUATIE}/${r.jaarschijf_id}/${r.partij_id}`,
        soort: TaakSoort.EVALUATIE,
        titel: `Uw bevestiging van de evaluatie over ${j.jaar} wordt gevraagd`,
        aantal: 1,
        deadline: j.m.tot,
        teLaat: j.m.toestand === Toestand.TE_LAAT,
        link: `/overeenkomsten/${j.overeenkomstId}?tab=evaluatie`,
        partijNaam: r.partij_naam,
        overeenkomstId: j.overeenkomstId,
        overeenkomstTitel: titels.get(j.overeenkomstId) ?? null,
        onderdeelId: null,
        onderdeelTitel: null,
        afspraakId: null,
      });
    }
    return { taken, ondertekenVoor };
  }
}
