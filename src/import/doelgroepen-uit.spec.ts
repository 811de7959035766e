import { Doelgroep } from '../overeenkomsten/afspraak-type';
import { doelgroepenUit } from './gegevens';

/*
 * The texts quoted here are afspraken of the labelled corpus (test/import/corpus), which
 * paraphrase the seed documents; a few made-up sentences cover wordings the corpus lacks.
 */

const { OUDEREN, OUDEREN_MET_ZORGVRAAG, GGZ, URGENTEN } = Doelgroep;

describe('doelgroepenUit', () => {
  it.each<[string, Doelgroep[]]>([
    [
      'Urgenten met een medische indicatie en 70-plussers met een mobiliteitsbeperking die naar een geschikte woning van een van de corporaties verhuizen, betalen daar geen hogere huur dan in hun oude woning, mits zij voldoen aan de voorwaarden van de verhuisregeling.',
      [OUDEREN, Doelgroep.LICHAMELIJKE_BEPERKING, URGENTEN],
    ],
    // Ouderen met een zorgvraag are that group, not also ouderen.
    [
      'Uit de Wmo-middelen stelt de gemeente geld beschikbaar voor investeringen in de aanleunwoningen van Zorggroep Dijkhoven, zodat deze woningen geschikt blijven voor ouderen met een zorgvraag.',
      [OUDEREN_MET_ZORGVRAAG],
    ],
    [
      'In de periode 2027-2029 realiseren partijen 40 tot 80 extra plekken voor volwassenen in de GGZ en 25 tot 50 extra plekken voor volwassenen met een verstandelijke beperking.',
      [Doelgroep.VERSTANDELIJKE_BEPERKING, GGZ],
    ],
    // "Kompas GGZ" is a partij, not the group.
    [
      'Elk kwartaal herijken de gemeente, Beemdwonen, Kompas GGZ en De Overstap het aantal doorstroomwoningen voor uitstromers uit beschermd wonen.',
      [Doelgroep.UITSTROMERS_BW_MO],
    ],
    [
      'Woonstichting Eemhof en Stichting Kernwonen houden samen ongeveer honderd opstapwoningen beschikbaar voor cliënten van maatschappelijke opvang en beschermd wonen. De gemeente garandeert begeleiding, schuldhulpverlening en terugkeer; Stichting Onderdak en Herstel draagt kandidaten voor via de afgesproken procedure.',
      [Doelgroep.UITSTROMERS_BW_MO],
    ],
    [
      'Bij acute dreiging van dakloosheid kan Beemdwonen via het sociaal wijkteam altijd een beroep doen op De Overstap.',
      [Doelgroep.DAK_EN_THUISLOZEN],
    ],
    [
      'De Kernen en Het Zandlint nemen het initiatief voor de bouw van 16 woningen met een belevingstuin voor mensen met dementie in Oosterzand, waar de behoefte aan kleinschalig wonen voor deze groep het grootst is.',
      [Doelgroep.PSYCHOGERIATRISCH],
    ],
    [
      'De gemeente start een bewustwordingscampagne die inwoners aanspoort hun woning tijdig op te plussen, in eerste instantie gericht op 55- tot 70-jarigen en daarna op 70-plussers. Op verzoek komt een vrijwillige woonadviseur kosteloos langs voor een woningscan aan de hand van een checklist, waarna de bewoner een schriftelijk advies ontvangt.',
      [OUDEREN],
    ],
    [
      'De gemeente koopt elk jaar het onderhoud van de deuropeners in de seniorencomplexen af bij Brugstede Wonen.',
      [OUDEREN],
    ],
  ])('%s', (tekst, verwacht) => {
    expect(doelgroepenUit(tekst)).toEqual(verwacht);
  });

  it.each([
    // "Ouderinitiatieven" are parents; "mensen met een beperking" does not say which.
    'Vlietwonen neemt zich voor om particuliere wooninitiatieven, zoals ouderinitiatieven voor mensen met een beperking, te ondersteunen bij het realiseren van huisvesting.',
    // Beschermd wonen as a kind of dwelling, not its people.
    'Partijen maken onderscheid tussen geschikte woningen, nultredenwoningen, woningen voor verzorgd wonen, beschermd wonen en Wmo-geschikte woningen. De definities van deze categorieën staan in bijlage 2 bij deze overeenkomst en gelden voor alle afspraken en rapportages.',
    'Waardzorg opent in 2028 samen met twee andere zorgorganisaties in drie kernen een Huiskamer van de Wijk, waar iedere inwoner, met of zonder zorgvraag, welkom is.',
    'Laat de buurtsignalering zien dat de leefbaarheid in een subbuurt achteruitgaat, dan plaatst Beemdwonen daar niet nog meer mensen met een zorgvraag.',
    // Made up: names of organisations, and urgency that is haste.
    'Stichting Kompas GGZ en Vereniging Senioren Vlietdam onderstrepen de urgentie van de opgave.',
    'De helft van de gemeenten betrekt de jeugdzorg bij de woonzorgvisie.',
  ])('finds no group in: %s', (tekst) => {
    expect(doelgroepenUit(tekst)).toEqual([]);
  });

  it('reads the usual wordings of the other groups, in the order of the enum', () => {
    expect(
      doelgroepenUit(
        'Zorgbehoevende senioren, vergunninghouders, mensen met een lichamelijke, verstandelijke of ' +
          'zintuiglijke beperking of psychische problemen, jongeren uit de jeugdzorg, woningzoekenden ' +
          'met een urgentieverklaring, mantelzorgers, arbeidsmigranten, studenten, bewoners van ' +
          'standplaatsen en alle huurders komen aan bod; net als somatische zorg.',
      ),
    ).toEqual([
      OUDEREN_MET_ZORGVRAAG,
      Doelgroep.SOMATISCH,
      Doelgroep.LICHAMELIJKE_BEPERKING,
      Doelgroep.VERSTANDELIJKE_BEPERKING,
      Doelgroep.ZINTUIGLIJKE_BEPERKING,
      GGZ,
      Doelgroep.STATUSHOUDERS,
      Doelgroep.JONGEREN_UIT_JEUGDZORG,
      URGENTEN,
      Doelgroep.MANTELZORGERS,
      Doelgroep.ARBEIDSMIGRANTEN,
      Doelgroep.STUDENTEN,
      Doelgroep.WOONWAGENBEWONERS,
      Doelgroep.ALLE_HUURDERS,
    ]);
  });
});
