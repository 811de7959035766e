import { JaarschijfStatus as J } from '../jaarschijven/jaarschijf.entity';
import { OnderdeelFase, OnderdeelSoort, OnderdeelStatus } from './onderdeel.entity';
import { OvereenkomstStatus as S } from './overeenkomst.entity';
import { overeenkomstStatus, type StatusBron } from './overeenkomst-status';

const hoofd = (
  status = OnderdeelStatus.CONCEPT,
  fase = OnderdeelFase.OPSTELLEN,
  ooitOndertekend = false,
) => ({ soort: OnderdeelSoort.HOOFDDOCUMENT, status, fase, ooitOndertekend });
const bijlage = (status = OnderdeelStatus.CONCEPT, fase = OnderdeelFase.OPSTELLEN) => ({
  soort: OnderdeelSoort.BIJLAGE,
  status,
  fase,
  ooitOndertekend: status === OnderdeelStatus.ONDERTEKEND,
});
const bron = (over: Partial<StatusBron> = {}): StatusBron => ({
  startjaar: 2026,
  eindjaar: 2029,
  beeindigd: false,
  onderdelen: [hoofd()],
  jaarschijven: [2026, 2027, 2028, 2029].map((jaar) => ({ jaar, status: J.CONCEPT })),
  ...over,
});

describe('overeenkomstStatus', () => {
  it('a draft is a concept; an open negotiation, a standpunt or a bod makes it in onderhandeling', () => {
    expect(overeenkomstStatus(bron(), 2025)).toBe(S.CONCEPT);
    expect(
      overeenkomstStatus(
        bron({ onderdelen: [hoofd(OnderdeelStatus.CONCEPT, OnderdeelFase.ONDERHANDELEN)] }),
        2025,
      ),
    ).toBe(S.IN_ONDERHANDELING);
    expect(
      overeenkomstStatus(
        bron({ onderdelen: [hoofd(), bijlage(OnderdeelStatus.ONDERTEKEND)] }),
        2025,
      ),
    ).toBe(S.IN_ONDERHANDELING);
    expect(
      overeenkomstStatus(bron({ jaarschijven: [{ jaar: 2026, status: J.BOD_ONTVANGEN }] }), 2025),
    ).toBe(S.IN_ONDERHANDELING);
  });

  it('the hoofddocument frozen: ter ondertekening; signed: ondertekend before the period, lopend in it', () => {
    expect(
      overeenkomstStatus(bron({ onderdelen: [hoofd(OnderdeelStatus.TER_ONDERTEKENING)] }), 2025),
    ).toBe(S.TER_ONDERTEKENING);
    const getekend = bron({ onderdelen: [hoofd(OnderdeelStatus.ONDERTEKEND), bijlage()] });
    expect(overeenkomstStatus(getekend, 2025)).toBe(S.ONDERTEKEND);
    expect(overeenkomstStatus(getekend, 2026)).toBe(S.LOPEND);
    expect(overeenkomstStatus(getekend, 2029)).toBe(S.LOPEND);
  });

  it('an addendum on the signed hoofddocument does not make the agreement a concept again', () => {
    const addendum = bron({
      onderdelen: [hoofd(OnderdeelStatus.CONCEPT, OnderdeelFase.OPSTELLEN, true)],
    });
    expect(overeenkomstStatus(addendum, 2027)).toBe(S.LOPEND);
  });

  it('after the period: in evaluatie until every year is geëvalueerd, then afgelopen; beëindigd wins', () => {
    const getekend = bron({ onderdelen: [hoofd(OnderdeelStatus.ONDERTEKEND)] });
    expect(overeenkomstStatus(getekend, 2030)).toBe(S.IN_EVALUATIE);
    const alles = bron({
      onderdelen: [hoofd(OnderdeelStatus.ONDERTEKEND)],
      jaarschijven: [2026, 2027].map((jaar) => ({ jaar, status: J.GEEVALUEERD })),
    });
    expect(overeenkomstStatus(alles, 2031)).toBe(S.AFGELOPEN);
    expect(overeenkomstStatus({ ...getekend, beeindigd: true }, 2027)).toBe(S.BEEINDIGD);
  });
});
