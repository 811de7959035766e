import { JaarschijfStatus } from '../jaarschijven/jaarschijf.entity';
import { OnderdeelFase, OnderdeelSoort, OnderdeelStatus } from './onderdeel.entity';
import { OvereenkomstStatus } from './overeenkomst.entity';

/** What the status is derived from: the overeenkomst, its onderdelen and its jaarschijven. */
export interface StatusBron {
  startjaar: number;
  eindjaar: number;
  /** Ended early by the regie (`updateOvereenkomst` with `beeindigd`). */
  beeindigd: boolean;
  onderdelen: {
    soort: OnderdeelSoort;
    status: OnderdeelStatus;
    fase: OnderdeelFase;
    /** A version of it was ever signed (it may now be reopened for an addendum). */
    ooitOndertekend: boolean;
  }[];
  jaarschijven: { jaar: number; status: JaarschijfStatus }[];
}

const ONDERHANDELD: readonly JaarschijfStatus[] = [
  JaarschijfStatus.BOD_ONTVANGEN,
  JaarschijfStatus.IN_ONDERHANDELING,
];
const UITGEVOERD: readonly JaarschijfStatus[] = [
  JaarschijfStatus.IN_UITVOERING,
  JaarschijfStatus.VERANTWOORDING,
  JaarschijfStatus.GEEVALUEERD,
];

/**
 * The one place the overeenkomst's status is decided (the home page, the overeenkomst page, the
 * regional view and the Word cover all read it from here). The hoofddocument carries the
 * agreement: once it was signed, an addendum or a bijlage still under negotiation does not make
 * the whole a draft again. After signing, the calendar and the jaarschijven tell whether it runs
 * (a year has begun), waits for its last evaluations (the period is over) or is done (every
 * year evaluated). `jaar` is the current year in Dutch time.
 */
export function overeenkomstStatus(bron: StatusBron, jaar: number): OvereenkomstStatus {
  if (bron.beeindigd) return OvereenkomstStatus.BEEINDIGD;
  const hoofd = bron.onderdelen.find((o) => o.soort === OnderdeelSoort.HOOFDDOCUMENT);
  // A jaarschijf is ondertekend or carried out only once the hoofddocument was signed (in the
  // tool or on paper), so it counts as proof too.
  const getekend =
    (hoofd !== undefined &&
      (hoofd.status === OnderdeelStatus.ONDERTEKEND || hoofd.ooitOndertekend)) ||
    bron.jaarschijven.some(
      (j) => j.status === JaarschijfStatus.ONDERTEKEND || UITGEVOERD.includes(j.status),
    );
  if (getekend) {
    const jaren = bron.jaarschijven;
    if (jaren.length > 0 && jaren.every((j) => j.status === JaarschijfStatus.GEEVALUEERD)) {
      return OvereenkomstStatus.AFGELOPEN;
    }
    if (jaar > bron.eindjaar) return OvereenkomstStatus.IN_EVALUATIE;
    if (jaar >= bron.startjaar || jaren.some((j) => UITGEVOERD.includes(j.status))) {
      return OvereenkomstStatus.LOPEND;
    }
    return OvereenkomstStatus.ONDERTEKEND;
  }
  if (hoofd?.status === OnderdeelStatus.TER_ONDERTEKENING) {
    return OvereenkomstStatus.TER_ONDERTEKENING;
  }
  const onderhandeld =
    bron.onderdelen.some(
      (o) =>
        o.fase === OnderdeelFase.ONDERHANDELEN ||
        o.status !== OnderdeelStatus.CONCEPT ||
        o.ooitOndertekend,
    ) || bron.jaarschijven.some((j) => ONDERHANDELD.includes(j.status));
  return onderhandeld ? OvereenkomstStatus.IN_ONDERHANDELING : OvereenkomstStatus.CONCEPT;
}

/** The status from the agreement reader's rows (its onderdelen as the reader names them). */
export function statusUitRijen(
  overeenkomst: Pick<StatusBron, 'startjaar' | 'eindjaar' | 'beeindigd'>,
  onderdelen: readonly {
    soort: OnderdeelSoort;
    status: OnderdeelStatus;
    fase: OnderdeelFase;
    ooit_ondertekend: boolean;
  }[],
  jaarschijven: StatusBron['jaarschijven'],
  jaar: number,
): OvereenkomstStatus {
  return overeenkomstStatus(
    {
      startjaar: overeenkomst.startjaar,
      eindjaar: overeenkomst.eindjaar,
      beeindigd: overeenkomst.beeindigd,
      onderdelen: onderdelen.map((d) => ({
        soort: d.soort,
        status: d.status,
        fase: d.fase,
        ooitOndertekend: d.ooit_ondertekend,
      })),
      jaarschijven,
    },
    jaar,
  );
}
