/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Ik {\n    me {\n      id\n      naam\n      email\n      lidmaatschappen {\n        rollen\n        partij {\n          id\n          naam\n          soort\n        }\n      }\n    }\n  }\n': typeof types.IkDocument;
  '\n  mutation Uitloggen {\n    logout\n  }\n': typeof types.UitloggenDocument;
  '\n  mutation ExportTicket($input: ExportTicketInput!) {\n    exportTicket(input: $input) {\n      url\n    }\n  }\n': typeof types.ExportTicketDocument;
  '\n  query MijnTaken($overeenkomstId: ID) {\n    mijnTaken(overeenkomstId: $overeenkomstId) {\n      sleutel\n      soort\n      titel\n      aantal\n      deadline\n      teLaat\n      link\n      partijNaam\n      overeenkomstId\n      overeenkomstTitel\n      onderdeelId\n      onderdeelTitel\n    }\n  }\n': typeof types.MijnTakenDocument;
  '\n  subscription Gebeurtenissen($overeenkomstId: ID!) {\n    overeenkomstGebeurtenissen(overeenkomstId: $overeenkomstId) {\n      soort\n      onderdeelId\n      afspraakId\n      onderwerpId\n      door\n      doorId\n      partij\n      opmerkingActie\n      draadId\n      tijd\n      vervallenAkkoorden\n    }\n  }\n': typeof types.GebeurtenissenDocument;
  '\n  fragment MeldingVelden on Melding {\n    id\n    soort\n    tekst\n    link\n    tijd\n    gelezen\n  }\n': typeof types.MeldingVeldenFragmentDoc;
  '\n  query Meldingen($take: Int!, $skip: Int!, $alleenOngelezen: Boolean!) {\n    meldingen(take: $take, skip: $skip, alleenOngelezen: $alleenOngelezen) {\n      total\n      ongelezen\n      items {\n        ...MeldingVelden\n      }\n    }\n  }\n': typeof types.MeldingenDocument;
  '\n  subscription NieuweMelding {\n    nieuweMelding {\n      ...MeldingVelden\n    }\n  }\n': typeof types.NieuweMeldingDocument;
  '\n  mutation MarkeerMeldingGelezen($id: ID!) {\n    markeerMeldingGelezen(id: $id) {\n      ...MeldingVelden\n    }\n  }\n': typeof types.MarkeerMeldingGelezenDocument;
  '\n  mutation MarkeerAlleMeldingenGelezen {\n    markeerAlleMeldingenGelezen\n  }\n': typeof types.MarkeerAlleMeldingenGelezenDocument;
  '\n  mutation MeldAfVoorMail($input: MeldAfInput!) {\n    meldAfVoorMail(input: $input)\n  }\n': typeof types.MeldAfVoorMailDocument;
  '\n  query BodThemas($overeenkomstId: ID!) {\n    themas(overeenkomstId: $overeenkomstId) {\n      id\n      naam\n      domein {\n        id\n        naam\n      }\n    }\n  }\n': typeof types.BodThemasDocument;
  '\n  mutation DienBodIn($input: DienBodInInput!) {\n    dienBodIn(input: $input) {\n      id\n      jaar\n    }\n  }\n': typeof types.DienBodInDocument;
  '\n  query Boden($overeenkomstId: ID!) {\n    boden(overeenkomstId: $overeenkomstId) {\n      id\n      jaar\n      partij\n      door\n      ingediend\n      teLaat\n      toelichting\n      afspraken {\n        id\n        nummer\n        titel\n        type\n        onderdeel\n      }\n      indicatoren {\n        id\n        naam\n        eenheid\n        streefwaarde\n      }\n    }\n  }\n': typeof types.BodenDocument;
  '\n  query BodMogelijkheden($overeenkomstId: ID!) {\n    bodMogelijkheden(overeenkomstId: $overeenkomstId) {\n      jaarschijfId\n      jaar\n      partijId\n      partij\n      mag {\n        mag\n        reden\n        code\n      }\n    }\n  }\n': typeof types.BodMogelijkhedenDocument;
  '\n  query Evaluatie($overeenkomstId: ID!, $jaar: Int!) {\n    evaluatie(overeenkomstId: $overeenkomstId, jaar: $jaar) {\n      jaar\n      jaarschijfId\n      gesloten\n      status\n      totaal {\n        groen\n        oranje\n        rood\n        open\n      }\n      perThema {\n        thema\n        groen\n        oranje\n        rood\n        open\n        totaal\n      }\n      bevestigingen {\n        partijId\n        partij\n        bevestigd\n        door\n        op\n        magBevestigen {\n          mag\n          reden\n          code\n        }\n      }\n      magEvalueren {\n        mag\n        reden\n        code\n      }\n      afspraken {\n        afspraakId\n        nummer\n        titel\n        thema\n        trekker\n        stoplicht\n        conclusie\n        les\n        besluit\n        door\n        partij\n        datum\n        verantwoording\n        verantwoordingToelichting\n        vervolgNummer\n        bijstellingen {\n          indicatorId\n          indicator\n          jaar\n          soort\n          waarde\n          min\n          max\n          effect\n        }\n      }\n    }\n  }\n': typeof types.EvaluatieDocument;
  '\n  query IndicatorenVanAfspraak($id: ID!) {\n    afspraak(id: $id) {\n      id\n      indicatoren {\n        id\n        naam\n        eenheid\n      }\n    }\n  }\n': typeof types.IndicatorenVanAfspraakDocument;
  '\n  mutation Evalueer($input: EvaluatieInput!) {\n    evalueerAfspraak(input: $input) {\n      jaar\n      gesloten\n    }\n  }\n': typeof types.EvalueerDocument;
  '\n  mutation BevestigEvaluatie($input: BevestigEvaluatieInput!) {\n    bevestigEvaluatie(input: $input) {\n      jaar\n      gesloten\n    }\n  }\n': typeof types.BevestigEvaluatieDocument;
  '\n  query FinancieelOverzicht($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      financieelOverzicht {\n        jaren\n        totaalPerJaar {\n          jaar\n          bedrag {\n            centen\n            tekst\n          }\n        }\n        totaalLooptijd {\n          centen\n          tekst\n        }\n        totaal {\n          tekst\n        }\n        partijen {\n          partij {\n            id\n            naam\n          }\n          perJaar {\n            ...FinancieelCel\n          }\n          looptijd {\n            ...FinancieelCel\n          }\n          totaal {\n            ...FinancieelCel\n          }\n        }\n      }\n    }\n  }\n  fragment FinancieelCel on FinancieelJaar {\n    betaalt {\n      centen\n      tekst\n    }\n    gezamenlijk {\n      centen\n      tekst\n    }\n    ontvangt {\n      centen\n      tekst\n    }\n    nogOnbekend\n  }\n': typeof types.FinancieelOverzichtDocument;
  '\n  query Huisstijl($overeenkomstId: ID!) {\n    exportSjabloon(overeenkomstId: $overeenkomstId) {\n      naam\n      eigen\n      geuploadOp\n      plaatshouders\n    }\n  }\n': typeof types.HuisstijlDocument;
  '\n  mutation UploadHuisstijl($input: SjabloonInput!) {\n    uploadExportSjabloon(input: $input) {\n      naam\n      eigen\n      geuploadOp\n      plaatshouders\n    }\n  }\n': typeof types.UploadHuisstijlDocument;
  '\n  mutation VerwijderHuisstijl($overeenkomstId: ID!) {\n    verwijderExportSjabloon(overeenkomstId: $overeenkomstId) {\n      naam\n      eigen\n    }\n  }\n': typeof types.VerwijderHuisstijlDocument;
  '\n  query OvereenkomstImport($id: ID!) {\n    overeenkomstImport(id: $id) {\n      id\n      bestandsnaam\n      paginas\n      gemeenteId\n      status\n      overeenkomstId\n      titel\n      partijen {\n        naam\n        tekst\n        soort\n        partijId\n        vestigingsplaats\n        kvkNummer\n        vertegenwoordiger\n        vertegenwoordigerFunctie\n      }\n      considerans\n      hoofdstukken {\n        titel\n        afspraken {\n          nummer\n          tekst\n          jaren\n          bedragen\n          trekker\n          genoemd\n          doelgroepen\n          normen {\n            onderwerp\n            vergelijking\n            waarde\n            totWaarde\n            eenheid\n            eenheidTekst\n            woorden\n          }\n          locaties {\n            soort\n            naam\n          }\n          geld {\n            euro\n            frequentie\n            jaar\n            totJaar\n            doel\n            woorden\n          }\n          type {\n            type\n            zekerheid\n            signalen\n          }\n        }\n      }\n      tabellen {\n        titel\n        rijen\n      }\n      indicatoren {\n        naam\n        eenheid\n        streefwaarden {\n          jaar\n          waarde\n        }\n      }\n      ondertekening\n      overig\n    }\n  }\n': typeof types.OvereenkomstImportDocument;
  '\n  mutation BevestigImport($input: BevestigImportInput!) {\n    bevestigImport(input: $input) {\n      id\n      titel\n      onderdelen {\n        id\n        soort\n      }\n    }\n  }\n': typeof types.BevestigImportDocument;
  '\n  query ImportBestaandeOvereenkomsten($filter: OvereenkomstFilter) {\n    overeenkomsten(filter: $filter, take: 100) {\n      items {\n        id\n        titel\n        startjaar\n        eindjaar\n        deelnemers {\n          regie\n          partij {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.ImportBestaandeOvereenkomstenDocument;
  '\n  query IndicatorAfspraken($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      afspraken {\n        id\n        nummer\n        titel\n        onderdeel {\n          id\n          titel\n        }\n      }\n    }\n  }\n': typeof types.IndicatorAfsprakenDocument;
  '\n  mutation NieuweIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      naam\n    }\n  }\n': typeof types.NieuweIndicatorDocument;
  '\n  mutation KoppelIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      afspraken {\n        id\n      }\n    }\n  }\n': typeof types.KoppelIndicatorDocument;
  '\n  query Indicatoren($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      startjaar\n      eindjaar\n      indicatoren {\n        id\n        naam\n        eenheid\n        definitie\n        definitieBron\n        richting\n        afspraken {\n          id\n          locaties {\n            id\n            naam\n          }\n        }\n      }\n    }\n  }\n': typeof types.IndicatorenDocument;
  '\n  query IndicatorReeks($id: ID!) {\n    indicatorReeks(indicatorId: $id) {\n      indicatorId\n      naam\n      eenheid\n      nulmetingJaar\n      nulmetingWaarde\n      richting\n      punten {\n        jaar\n        soort\n        streefwaarde\n        min\n        max\n        effect\n        realisatie\n        bron\n        oordeel\n        toelichting\n        tussenstand\n        opKoers\n        perLocatie {\n          locatieId\n          soort\n        }\n      }\n      horizon {\n        jaar\n        soort\n        streefwaarde\n        min\n        max\n        effect\n      }\n    }\n  }\n': typeof types.IndicatorReeksDocument;
  '\n  query Realisaties($id: ID!) {\n    indicator(id: $id) {\n      id\n      realisaties {\n        id\n        jaar\n      }\n      realisatiesPerLocatie {\n        id\n        jaar\n        locatie {\n          id\n        }\n      }\n    }\n  }\n': typeof types.RealisatiesDocument;
  '\n  mutation WijzigRichting($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      richting\n    }\n  }\n': typeof types.WijzigRichtingDocument;
  '\n  mutation WijzigRealisatie($input: UpdateRealisatieInput!) {\n    updateRealisatie(input: $input) {\n      id\n      waarde\n      tussenstand\n    }\n  }\n': typeof types.WijzigRealisatieDocument;
  '\n  mutation NieuweRealisatie($input: CreateRealisatieInput!) {\n    createRealisatie(input: $input) {\n      id\n      jaar\n      waarde\n      tussenstand\n    }\n  }\n': typeof types.NieuweRealisatieDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      vernieuwToken\n      verlooptOp\n    }\n  }\n': typeof types.LoginDocument;
  '\n  query Jaarcyclus($overeenkomstId: ID, $skip: Int, $take: Int) {\n    jaarcyclus(overeenkomstId: $overeenkomstId, skip: $skip, take: $take) {\n      total\n      jaar\n      perStatus {\n        status\n        aantal\n      }\n      items {\n        overeenkomstId\n        titel\n        gemeenten\n        lopend\n        teLaat\n        cycli {\n          jaar\n          rol\n          status\n          jaarschijfId\n          externOndertekendOp\n          mijlpalen {\n            soort\n            toestand\n            toelichting\n            van\n            tot\n          }\n        }\n      }\n    }\n  }\n': typeof types.JaarcyclusDocument;
  '\n  query Kalender($overeenkomstId: ID!) {\n    kalender(overeenkomstId: $overeenkomstId) {\n      bodVoor\n      ondertekeningVoor\n      verantwoordingVan\n      verantwoordingTot\n      evaluatieVan\n      evaluatieTot\n    }\n  }\n': typeof types.KalenderDocument;
  '\n  mutation ZetJaarschijfStatus($input: ZetJaarschijfStatusInput!) {\n    zetJaarschijfStatus(input: $input)\n  }\n': typeof types.ZetJaarschijfStatusDocument;
  '\n  query JaarschijfStappen($overeenkomstId: ID!) {\n    jaarschijfStappen(overeenkomstId: $overeenkomstId) {\n      jaarschijfId\n      jaar\n      naar\n      mag {\n        mag\n        reden\n        code\n      }\n    }\n  }\n': typeof types.JaarschijfStappenDocument;
  '\n  query Leden($partijId: ID!) {\n    leden(partijId: $partijId) {\n      id\n      naam\n      email\n      rollen\n    }\n  }\n': typeof types.LedenDocument;
  '\n  mutation WijzigLid($input: WijzigLidInput!) {\n    wijzigLid(input: $input) {\n      id\n      rollen\n    }\n  }\n': typeof types.WijzigLidDocument;
  '\n  mutation VerwijderLid($input: IdInput!) {\n    verwijderLid(input: $input)\n  }\n': typeof types.VerwijderLidDocument;
  '\n  mutation NodigLidUit($input: NodigLidUitInput!) {\n    nodigLidUit(input: $input) {\n      link\n      uitnodiging {\n        id\n        email\n        verlooptOp\n      }\n    }\n  }\n': typeof types.NodigLidUitDocument;
  '\n  query Uitnodigingen($overeenkomstId: ID!) {\n    uitnodigingen(overeenkomstId: $overeenkomstId) {\n      id\n      email\n      soort\n      rollen\n      deelnemerRol\n      verlooptOp\n      partij {\n        id\n        naam\n      }\n    }\n  }\n': typeof types.UitnodigingenDocument;
  '\n  mutation NodigPartijUit($input: NodigPartijUitInput!) {\n    nodigPartijUit(input: $input) {\n      link\n      uitnodiging {\n        id\n        email\n        verlooptOp\n      }\n    }\n  }\n': typeof types.NodigPartijUitDocument;
  '\n  query Logboek($overeenkomstId: ID!, $take: Int, $skip: Int) {\n    auditTrail(overeenkomstId: $overeenkomstId, take: $take, skip: $skip) {\n      total\n      items {\n        volgnummer\n        tijd\n        gebruikerNaam\n        partijNaam\n        actie\n        onderwerpSoort\n        hash\n        vorigeHash\n      }\n    }\n  }\n': typeof types.LogboekDocument;
  '\n  query ControleerLogboek($overeenkomstId: ID!) {\n    verifyAuditTrail(overeenkomstId: $overeenkomstId) {\n      geldig\n      aantalRegels\n      aantalVersies\n      eersteFout {\n        volgnummer\n        versieId\n        reden\n      }\n    }\n  }\n': typeof types.ControleerLogboekDocument;
  '\n  query MeldingVoorkeur {\n    meldingVoorkeur {\n      mail\n      email\n    }\n  }\n': typeof types.MeldingVoorkeurDocument;
  '\n  mutation ZetMeldingVoorkeur($input: ZetMeldingVoorkeurInput!) {\n    zetMeldingVoorkeur(input: $input) {\n      mail\n      email\n    }\n  }\n': typeof types.ZetMeldingVoorkeurDocument;
  '\n  query Onderdeel($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      titel\n      soort\n      status\n      fase\n      ondertekenaars {\n        id\n        naam\n      }\n      externeOndertekening {\n        versieId\n        datum\n        jaren\n        bestandsnaam\n        grootte\n        sha256\n        geregistreerdOp\n        geregistreerdDoor\n        downloadUrl\n        ondertekenaars {\n          partijId\n          partij\n          naam\n          functie\n        }\n      }\n      overeenkomst {\n        id\n        titel\n        startjaar\n        eindjaar\n        deelnemers {\n          id\n          rol\n          regie\n          partij {\n            id\n            naam\n          }\n        }\n        preambule\n      }\n      afspraken {\n        id\n        nummer\n        titel\n        type\n        typeLabel\n        tekst\n        thema {\n          id\n          naam\n        }\n      }\n    }\n  }\n': typeof types.OnderdeelDocument;
  '\n  query Overeenkomst($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      titel\n      startjaar\n      eindjaar\n      status\n      preambule\n      gemeenten {\n        id\n        naam\n      }\n      deelnemers {\n        id\n        rol\n        regie\n        partij {\n          id\n          naam\n          soort\n        }\n      }\n      onderdelen {\n        id\n        titel\n        soort\n        status\n        ondertekenaars {\n          id\n          naam\n        }\n        afspraken {\n          id\n        }\n      }\n      jaarschijven {\n        id\n        jaar\n        status\n        toelichting\n      }\n    }\n  }\n': typeof types.OvereenkomstDocument;
  '\n  query Overeenkomsten($filter: OvereenkomstFilter) {\n    overeenkomsten(filter: $filter, take: 100) {\n      total\n      items {\n        id\n        titel\n        startjaar\n        eindjaar\n        status\n        gemeenten {\n          id\n          naam\n        }\n        deelnemers {\n          id\n          rol\n          partij {\n            id\n            naam\n          }\n        }\n        onderdelen {\n          id\n          titel\n          soort\n          status\n        }\n      }\n    }\n  }\n': typeof types.OvereenkomstenDocument;
  '\n  query Gemeenten {\n    overeenkomstGemeenten {\n      id\n      naam\n    }\n  }\n': typeof types.GemeentenDocument;
  '\n  query PartijGegevens($id: ID!) {\n    partij(id: $id) {\n      id\n      statutaireNaam\n      vestigingsplaats\n      kvkNummer\n      vertegenwoordiger\n      vertegenwoordigerFunctie\n    }\n  }\n': typeof types.PartijGegevensDocument;
  '\n  mutation WijzigPartijGegevens($input: UpdatePartijInput!) {\n    updatePartij(input: $input) {\n      id\n      statutaireNaam\n      vestigingsplaats\n      kvkNummer\n      vertegenwoordiger\n      vertegenwoordigerFunctie\n    }\n  }\n': typeof types.WijzigPartijGegevensDocument;
  '\n  query PartijLogo($id: ID!) {\n    partij(id: $id) {\n      id\n      logo {\n        dataUrl\n        breedte\n        hoogte\n        sha256\n      }\n    }\n  }\n': typeof types.PartijLogoDocument;
  '\n  mutation ZetPartijLogo($input: PartijLogoInput!) {\n    zetPartijLogo(input: $input) {\n      sha256\n    }\n  }\n': typeof types.ZetPartijLogoDocument;
  '\n  mutation VerwijderPartijLogo($input: IdInput!) {\n    verwijderPartijLogo(input: $input)\n  }\n': typeof types.VerwijderPartijLogoDocument;
  '\n  query PublicatieStand($overeenkomstId: ID!) {\n    publicatie(overeenkomstId: $overeenkomstId) {\n      id\n      slug\n      pagina\n      json\n      gepubliceerdOp\n      actief\n      ingetrokkenOp\n      intrekReden\n      verouderd\n    }\n    magPubliceren(overeenkomstId: $overeenkomstId) {\n      mag\n      reden\n      code\n    }\n  }\n': typeof types.PublicatieStandDocument;
  '\n  mutation PubliceerOvereenkomst($input: PubliceerInput!) {\n    publiceerOvereenkomst(input: $input) {\n      id\n      pagina\n    }\n  }\n': typeof types.PubliceerOvereenkomstDocument;
  '\n  mutation TrekPublicatieIn($input: TrekPublicatieInInput!) {\n    trekPublicatieIn(input: $input) {\n      id\n      actief\n    }\n  }\n': typeof types.TrekPublicatieInDocument;
  '\n  query Regio($regio: String, $skip: Int, $take: Int) {\n    regio(regio: $regio, skip: $skip, take: $take) {\n      jaar\n      regio\n      regios\n      totalen {\n        overeenkomsten\n        gemeenten\n        afspraken\n        perStatus {\n          status\n          aantal\n        }\n      }\n      overeenkomsten {\n        id\n        titel\n        startjaar\n        eindjaar\n        status\n        afspraken\n        mijnRollen\n        teLaat\n        gemeenten {\n          id\n          naam\n          regio\n        }\n        jaarschijf {\n          id\n          jaar\n          status\n        }\n        teLaatMijlpalen {\n          jaar\n          soort\n          tot\n        }\n        perType {\n          type\n          aantal\n        }\n        perDomein {\n          domein\n          aantal\n        }\n        zorgpartijen {\n          id\n          naam\n          bijlagen\n        }\n      }\n      gedeeldeIndicatoren {\n        naam\n        eenheid\n        overeenkomsten\n        nulmeting\n        jaren {\n          jaar\n          doelMin\n          doelMax\n          realisatie\n          gemeentenMetRealisatie\n          gemeenten\n        }\n      }\n    }\n  }\n': typeof types.RegioDocument;
  '\n  mutation Accepteer($input: AccepteerUitnodigingInput!) {\n    accepteerUitnodiging(input: $input) {\n      accessToken\n      vernieuwToken\n      verlooptOp\n    }\n  }\n': typeof types.AccepteerDocument;
  '\n  query Verantwoording($overeenkomstId: ID!, $jaar: Int!) {\n    verantwoording(overeenkomstId: $overeenkomstId, jaar: $jaar) {\n      jaar\n      jaarschijfId\n      gevraagd\n      magVerantwoorden {\n        mag\n        reden\n        code\n      }\n      totaal\n      ingediend\n      ontbrekend\n      realisatiesOntbrekend\n      afspraken {\n        afspraakId\n        nummer\n        titel\n        trekker\n        status\n        toelichting\n        door\n        datum\n        ontbrekendeRealisaties\n        magVerantwoorden {\n          mag\n          reden\n          code\n        }\n      }\n    }\n  }\n': typeof types.VerantwoordingDocument;
  '\n  mutation Verantwoord($input: VerantwoordingInput!) {\n    verantwoordAfspraak(input: $input) {\n      jaar\n      ingediend\n      ontbrekend\n    }\n  }\n': typeof types.VerantwoordDocument;
  '\n  mutation BewaarLeden($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n    }\n  }\n': typeof types.BewaarLedenDocument;
  '\n  mutation BewaarLocaties($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n    }\n  }\n': typeof types.BewaarLocatiesDocument;
  '\n  fragment AfspraakDetailsVelden on AfspraakDetails {\n    __typename\n    ... on ProcesDetails {\n      overlegvorm\n      frequentie\n      wanneerJaar\n      wanneerTekst\n      deelnemerIds\n    }\n    ... on BeschrijvendDetails {\n      soort\n      omschrijving\n    }\n    ... on IntentieDetails {\n      voorwaarde\n      gevolg\n    }\n    ... on HandelingDetails {\n      activiteiten {\n        wat\n        wanneer\n        partijIds\n      }\n    }\n    ... on GarantieDetails {\n      wat\n      garantstellerIds\n      toezeggingen {\n        partijId\n        wat\n      }\n      geldigTot\n    }\n    ... on TransactieDetails {\n      posten {\n        partijId\n        levert\n        ontvangt\n      }\n    }\n  }\n': typeof types.AfspraakDetailsVeldenFragmentDoc;
  '\n  query Afspraak($id: ID!, $overeenkomstId: ID!) {\n    afspraak(id: $id) {\n      id\n      nummer\n      titel\n      type\n      typeLabel\n      tekst\n      volwassenheid\n      voorwaarden\n      doelgroepen\n      ...AfspraakNormen\n      updatedAt\n      thema {\n        id\n        naam\n      }\n      trekker {\n        id\n        naam\n      }\n      trekkerGroep\n      trekkerTekst\n      betrokkenen {\n        id\n        rol\n        bijdrage\n        kostenaandeel\n        partij {\n          id\n          naam\n        }\n      }\n      bedragen {\n        centen\n        onbekend\n        samenvatting\n        frequentie\n        jaar\n        totJaar\n        doel\n        gezamenlijk\n        betalers {\n          partij {\n            id\n            naam\n          }\n          centen\n          percentage\n          deel {\n            tekst\n          }\n        }\n        ontvangers {\n          id\n          naam\n        }\n        ontvangerOmschrijving\n        deel {\n          lid\n          activiteit\n          locatieId\n        }\n      }\n      details {\n        ...AfspraakDetailsVelden\n      }\n      leden {\n        letter\n        nummer\n        tekst\n        type\n        typeLabel\n        details {\n          ...AfspraakDetailsVelden\n        }\n      }\n      waarschuwingen {\n        code\n        tekst\n        lid\n      }\n      locaties {\n        id\n        soort\n        naam\n        gemeente {\n          id\n          naam\n        }\n      }\n      overeenkomst {\n        id\n        gemeenten {\n          id\n          naam\n        }\n      }\n      indicatoren {\n        id\n        naam\n        eenheid\n        streefwaarden {\n          ...AfspraakDoel\n        }\n        streefwaardenPerLocatie {\n          ...AfspraakDoel\n        }\n        horizondoelen {\n          ...AfspraakDoel\n        }\n      }\n    }\n    themas(overeenkomstId: $overeenkomstId) {\n      id\n      naam\n      domein {\n        id\n        naam\n      }\n    }\n  }\n': typeof types.AfspraakDocument;
  '\n  query Opmerkingen($afspraakId: ID!) {\n    opmerkingen(afspraakId: $afspraakId) {\n      id\n      tekst\n      auteur\n      datum\n      opgelost\n      partij {\n        id\n        naam\n      }\n      gerichtAan {\n        id\n        naam\n      }\n      anker {\n        citaat\n        huidigeTekst\n        verloren\n      }\n      reacties {\n        id\n        tekst\n        auteur\n        datum\n        partij {\n          id\n          naam\n        }\n      }\n    }\n  }\n': typeof types.OpmerkingenDocument;
  '\n  mutation NeemStandpunt($input: StandpuntInput!) {\n    neemStandpunt(input: $input) {\n      id\n      oordeel\n      toelichting\n      verouderd\n    }\n  }\n': typeof types.NeemStandpuntDocument;
  '\n  mutation PlaatsOpmerking($input: PlaatsOpmerkingInput!) {\n    plaatsOpmerking(input: $input) {\n      id\n    }\n  }\n': typeof types.PlaatsOpmerkingDocument;
  '\n  mutation Reageer($input: ReageerInput!) {\n    reageerOpOpmerking(input: $input) {\n      id\n    }\n  }\n': typeof types.ReageerDocument;
  '\n  mutation LosOp($input: OpmerkingStatusInput!) {\n    losOpmerkingOp(input: $input) {\n      id\n      opgelost\n    }\n  }\n': typeof types.LosOpDocument;
  '\n  mutation Heropen($input: OpmerkingStatusInput!) {\n    heropenOpmerking(input: $input) {\n      id\n      opgelost\n    }\n  }\n': typeof types.HeropenDocument;
  '\n  mutation DienVoorstelIn($input: WijzigingsvoorstelInput!) {\n    dienVoorstelIn(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.DienVoorstelInDocument;
  '\n  fragment AfspraakDoel on Streefwaarde {\n    id\n    jaar\n    soort\n    waarde\n    min\n    max\n    effect\n    locatie {\n      id\n    }\n  }\n': typeof types.AfspraakDoelFragmentDoc;
  '\n  mutation NeemStandpunten($input: StandpuntenInput!) {\n    neemStandpunten(input: $input) {\n      id\n    }\n  }\n': typeof types.NeemStandpuntenDocument;
  '\n  mutation BewaarBedragen($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n    }\n  }\n': typeof types.BewaarBedragenDocument;
  '\n  mutation ZetEigenDoelgroepen($input: UpdateOvereenkomstInput!) {\n    updateOvereenkomst(input: $input) {\n      id\n      eigenDoelgroepen {\n        id\n        naam\n        omschrijving\n        leeftijdVan\n        leeftijdTot\n      }\n    }\n  }\n': typeof types.ZetEigenDoelgroepenDocument;
  '\n  mutation RegistreerExterneOndertekening($input: ExterneOndertekeningInput!) {\n    registreerExterneOndertekening(input: $input) {\n      datum\n      sha256\n    }\n  }\n': typeof types.RegistreerExterneOndertekeningDocument;
  '\n  mutation OpenOnderhandeling($onderdeelId: ID!) {\n    openOnderhandeling(onderdeelId: $onderdeelId) {\n      id\n      fase\n    }\n  }\n': typeof types.OpenOnderhandelingDocument;
  '\n  mutation UpdateAfspraak($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n      nummer\n      titel\n      type\n      typeLabel\n    }\n  }\n': typeof types.UpdateAfspraakDocument;
  '\n  query NieuweAfspraakThemas($overeenkomstId: ID!) {\n    themas(overeenkomstId: $overeenkomstId) {\n      id\n      naam\n      domein {\n        id\n        naam\n      }\n    }\n  }\n': typeof types.NieuweAfspraakThemasDocument;
  '\n  mutation NieuweAfspraak($input: CreateAfspraakInput!) {\n    createAfspraak(input: $input) {\n      id\n      nummer\n    }\n  }\n': typeof types.NieuweAfspraakDocument;
  '\n  mutation StelNieuweAfspraakVoor($input: WijzigingsvoorstelInput!) {\n    dienVoorstelIn(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.StelNieuweAfspraakVoorDocument;
  '\n  fragment AfspraakNormen on Afspraak {\n    voorwaardenMetDeel {\n      tekst\n      deel {\n        lid\n        activiteit\n        locatieId\n      }\n    }\n    normen {\n      onderwerp\n      vergelijking\n      waarde\n      totWaarde\n      waardeTekst\n      eenheid\n      eenheidTekst\n      partijId\n      tekst\n      deel {\n        lid\n        activiteit\n        locatieId\n      }\n    }\n    verwijzingen {\n      soort\n      titel\n      artikel\n      url\n      afspraakId\n      toelichting\n      tekst\n      documentId\n      document {\n        id\n        bestandsnaam\n        grootte\n        downloadUrl\n      }\n    }\n    eigenDoelgroepIds\n    overeenkomst {\n      id\n      documenten {\n        id\n        bestandsnaam\n        grootte\n        downloadUrl\n      }\n      eigenDoelgroepen {\n        id\n        naam\n        omschrijving\n        leeftijdVan\n        leeftijdTot\n      }\n      afspraken {\n        id\n        nummer\n        titel\n      }\n    }\n  }\n': typeof types.AfspraakNormenFragmentDoc;
  '\n  query OpenBijBevriezen($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      afspraken {\n        id\n        nummer\n        titel\n      }\n      suggesties(status: OPEN) {\n        id\n        afspraakId\n        ingevoegd\n        geschrapt\n        auteur\n        partij {\n          id\n          naam\n        }\n      }\n    }\n    wijzigingsvoorstellen(onderdeelId: $id, status: OPEN) {\n      id\n      afspraakId\n      soort\n      motivering\n      indiener {\n        id\n        naam\n      }\n    }\n  }\n': typeof types.OpenBijBevriezenDocument;
  '\n  query Standpunten($onderdeelId: ID!) {\n    standpunten(onderdeelId: $onderdeelId) {\n      onderdeelId\n      iedereenAkkoord\n      partijen {\n        id\n        naam\n      }\n      telling {\n        totaal\n        akkoord\n        akkoordMetVoorbehoud\n        nietAkkoord\n        ontbrekend\n        verouderd\n      }\n      rijen {\n        afspraakId\n        nummer\n        titel\n        akkoord\n        openOpmerkingen {\n          id\n          vanPartijId\n          gerichtAanId\n        }\n        cellen {\n          partij {\n            id\n            naam\n          }\n          standpunt {\n            id\n            oordeel\n            toelichting\n            verouderd\n            door\n            datum\n          }\n        }\n      }\n    }\n  }\n': typeof types.StandpuntenDocument;
  '\n  mutation NieuweStreefwaarde($input: CreateStreefwaardeInput!) {\n    createStreefwaarde(input: $input) {\n      id\n    }\n  }\n': typeof types.NieuweStreefwaardeDocument;
  '\n  mutation WijzigStreefwaarde($input: UpdateStreefwaardeInput!) {\n    updateStreefwaarde(input: $input) {\n      id\n    }\n  }\n': typeof types.WijzigStreefwaardeDocument;
  '\n  query OnderdeelSuggesties($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      suggesties(status: OPEN) {\n        id\n        afspraakId\n        auteur\n        auteurId\n        gemaakt\n        partij {\n          id\n          naam\n        }\n        wachtOp {\n          id\n          naam\n        }\n        beoordelingen {\n          beoordeling\n          door\n          reden\n          partij {\n            id\n            naam\n          }\n        }\n      }\n    }\n  }\n': typeof types.OnderdeelSuggestiesDocument;
  '\n  mutation BeoordeelSuggesties($input: BeoordeelSuggestiesInput!) {\n    beoordeelSuggesties(input: $input) {\n      suggesties {\n        id\n        status\n      }\n      vervallenAkkoorden {\n        id\n        naam\n      }\n    }\n  }\n': typeof types.BeoordeelSuggestiesDocument;
  '\n  query Versies($onderdeelId: ID!) {\n    versies(onderdeelId: $onderdeelId) {\n      id\n      nummer\n      status\n      addendum\n      hash\n      bevrorenDoor\n      bevrorenOp\n      afgerondOp\n      overrideReden\n      ondertekeningen {\n        naam\n        functie\n        besluit\n        reden\n        tijd\n        partij {\n          id\n          naam\n        }\n      }\n      ontbrekend {\n        id\n        naam\n      }\n    }\n  }\n': typeof types.VersiesDocument;
  '\n  mutation Bevries($input: BevriesInput!) {\n    bevriesOnderdeel(input: $input) {\n      id\n      nummer\n      status\n    }\n  }\n': typeof types.BevriesDocument;
  '\n  mutation Onderteken($input: OndertekenInput!) {\n    onderteken(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.OndertekenDocument;
  '\n  mutation Weiger($input: WeigerOndertekeningInput!) {\n    weigerOndertekening(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.WeigerDocument;
  '\n  mutation HerstelVersie($input: IdInput!) {\n    herstelVersie(input: $input)\n  }\n': typeof types.HerstelVersieDocument;
  '\n  mutation Addendum($input: AddendumInput!) {\n    startAddendum(input: $input)\n  }\n': typeof types.AddendumDocument;
  '\n  query Vergelijk($onderdeelId: ID!, $van: ID!, $naar: ID) {\n    vergelijkVersies(onderdeelId: $onderdeelId, van: $van, naar: $naar) {\n      van\n      naar\n      afspraken {\n        afspraakId\n        nummer\n        titel\n        wijziging\n        velden\n        verschil {\n          soort\n          tekst\n        }\n      }\n    }\n  }\n': typeof types.VergelijkDocument;
  '\n  mutation UploadDocument($input: UploadDocumentInput!) {\n    uploadDocument(input: $input) {\n      id\n    }\n  }\n': typeof types.UploadDocumentDocument;
  '\n  query Voorstellen($onderdeelId: ID!) {\n    wijzigingsvoorstellen(onderdeelId: $onderdeelId) {\n      id\n      soort\n      status\n      afspraakId\n      motivering\n      door\n      datum\n      basisTitel\n      nieuweTekst\n      nieuweAfspraak\n      indiener {\n        id\n        naam\n      }\n      verschil {\n        soort\n        tekst\n      }\n      wachtOp {\n        id\n        naam\n      }\n      beoordelingen {\n        beoordeling\n        reden\n        door\n        partij {\n          id\n          naam\n        }\n      }\n    }\n  }\n': typeof types.VoorstellenDocument;
  '\n  mutation Beoordeel($input: BeoordeelVoorstelInput!) {\n    beoordeelVoorstel(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.BeoordeelDocument;
  '\n  mutation TrekIn($input: IdInput!) {\n    trekVoorstelIn(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.TrekInDocument;
  '\n  query OnderdeelWaarschuwingen($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      afspraken {\n        id\n        nummer\n        titel\n        waarschuwingen {\n          code\n          tekst\n        }\n      }\n    }\n  }\n': typeof types.OnderdeelWaarschuwingenDocument;
  '\n  query OnderdeelOpmerkingen($onderdeelId: ID!) {\n    onderdeelOpmerkingen(onderdeelId: $onderdeelId, alleenOpen: true) {\n      id\n      afspraakId\n      tekst\n      auteur\n      partij {\n        id\n        naam\n      }\n      gerichtAan {\n        id\n        naam\n      }\n      anker {\n        start\n        eind\n      }\n      reacties {\n        id\n      }\n    }\n  }\n': typeof types.OnderdeelOpmerkingenDocument;
};
const documents: Documents = {
  '\n  query Ik {\n    me {\n      id\n      naam\n      email\n      lidmaatschappen {\n        rollen\n        partij {\n          id\n          naam\n          soort\n        }\n      }\n    }\n  }\n':
    types.IkDocument,
  '\n  mutation Uitloggen {\n    logout\n  }\n': types.UitloggenDocument,
  '\n  mutation ExportTicket($input: ExportTicketInput!) {\n    exportTicket(input: $input) {\n      url\n    }\n  }\n':
    types.ExportTicketDocument,
  '\n  query MijnTaken($overeenkomstId: ID) {\n    mijnTaken(overeenkomstId: $overeenkomstId) {\n      sleutel\n      soort\n      titel\n      aantal\n      deadline\n      teLaat\n      link\n      partijNaam\n      overeenkomstId\n      overeenkomstTitel\n      onderdeelId\n      onderdeelTitel\n    }\n  }\n':
    types.MijnTakenDocument,
  '\n  subscription Gebeurtenissen($overeenkomstId: ID!) {\n    overeenkomstGebeurtenissen(overeenkomstId: $overeenkomstId) {\n      soort\n      onderdeelId\n      afspraakId\n      onderwerpId\n      door\n      doorId\n      partij\n      opmerkingActie\n      draadId\n      tijd\n      vervallenAkkoorden\n    }\n  }\n':
    types.GebeurtenissenDocument,
  '\n  fragment MeldingVelden on Melding {\n    id\n    soort\n    tekst\n    link\n    tijd\n    gelezen\n  }\n':
    types.MeldingVeldenFragmentDoc,
  '\n  query Meldingen($take: Int!, $skip: Int!, $alleenOngelezen: Boolean!) {\n    meldingen(take: $take, skip: $skip, alleenOngelezen: $alleenOngelezen) {\n      total\n      ongelezen\n      items {\n        ...MeldingVelden\n      }\n    }\n  }\n':
    types.MeldingenDocument,
  '\n  subscription NieuweMelding {\n    nieuweMelding {\n      ...MeldingVelden\n    }\n  }\n':
    types.NieuweMeldingDocument,
  '\n  mutation MarkeerMeldingGelezen($id: ID!) {\n    markeerMeldingGelezen(id: $id) {\n      ...MeldingVelden\n    }\n  }\n':
    types.MarkeerMeldingGelezenDocument,
  '\n  mutation MarkeerAlleMeldingenGelezen {\n    markeerAlleMeldingenGelezen\n  }\n':
    types.MarkeerAlleMeldingenGelezenDocument,
  '\n  mutation MeldAfVoorMail($input: MeldAfInput!) {\n    meldAfVoorMail(input: $input)\n  }\n':
    types.MeldAfVoorMailDocument,
  '\n  query BodThemas($overeenkomstId: ID!) {\n    themas(overeenkomstId: $overeenkomstId) {\n      id\n      naam\n      domein {\n        id\n        naam\n      }\n    }\n  }\n':
    types.BodThemasDocument,
  '\n  mutation DienBodIn($input: DienBodInInput!) {\n    dienBodIn(input: $input) {\n      id\n      jaar\n    }\n  }\n':
    types.DienBodInDocument,
  '\n  query Boden($overeenkomstId: ID!) {\n    boden(overeenkomstId: $overeenkomstId) {\n      id\n      jaar\n      partij\n      door\n      ingediend\n      teLaat\n      toelichting\n      afspraken {\n        id\n        nummer\n        titel\n        type\n        onderdeel\n      }\n      indicatoren {\n        id\n        naam\n        eenheid\n        streefwaarde\n      }\n    }\n  }\n':
    types.BodenDocument,
  '\n  query BodMogelijkheden($overeenkomstId: ID!) {\n    bodMogelijkheden(overeenkomstId: $overeenkomstId) {\n      jaarschijfId\n      jaar\n      partijId\n      partij\n      mag {\n        mag\n        reden\n        code\n      }\n    }\n  }\n':
    types.BodMogelijkhedenDocument,
  '\n  query Evaluatie($overeenkomstId: ID!, $jaar: Int!) {\n    evaluatie(overeenkomstId: $overeenkomstId, jaar: $jaar) {\n      jaar\n      jaarschijfId\n      gesloten\n      status\n      totaal {\n        groen\n        oranje\n        rood\n        open\n      }\n      perThema {\n        thema\n        groen\n        oranje\n        rood\n        open\n        totaal\n      }\n      bevestigingen {\n        partijId\n        partij\n        bevestigd\n        door\n        op\n        magBevestigen {\n          mag\n          reden\n          code\n        }\n      }\n      magEvalueren {\n        mag\n        reden\n        code\n      }\n      afspraken {\n        afspraakId\n        nummer\n        titel\n        thema\n        trekker\n        stoplicht\n        conclusie\n        les\n        besluit\n        door\n        partij\n        datum\n        verantwoording\n        verantwoordingToelichting\n        vervolgNummer\n        bijstellingen {\n          indicatorId\n          indicator\n          jaar\n          soort\n          waarde\n          min\n          max\n          effect\n        }\n      }\n    }\n  }\n':
    types.EvaluatieDocument,
  '\n  query IndicatorenVanAfspraak($id: ID!) {\n    afspraak(id: $id) {\n      id\n      indicatoren {\n        id\n        naam\n        eenheid\n      }\n    }\n  }\n':
    types.IndicatorenVanAfspraakDocument,
  '\n  mutation Evalueer($input: EvaluatieInput!) {\n    evalueerAfspraak(input: $input) {\n      jaar\n      gesloten\n    }\n  }\n':
    types.EvalueerDocument,
  '\n  mutation BevestigEvaluatie($input: BevestigEvaluatieInput!) {\n    bevestigEvaluatie(input: $input) {\n      jaar\n      gesloten\n    }\n  }\n':
    types.BevestigEvaluatieDocument,
  '\n  query FinancieelOverzicht($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      financieelOverzicht {\n        jaren\n        totaalPerJaar {\n          jaar\n          bedrag {\n            centen\n            tekst\n          }\n        }\n        totaalLooptijd {\n          centen\n          tekst\n        }\n        totaal {\n          tekst\n        }\n        partijen {\n          partij {\n            id\n            naam\n          }\n          perJaar {\n            ...FinancieelCel\n          }\n          looptijd {\n            ...FinancieelCel\n          }\n          totaal {\n            ...FinancieelCel\n          }\n        }\n      }\n    }\n  }\n  fragment FinancieelCel on FinancieelJaar {\n    betaalt {\n      centen\n      tekst\n    }\n    gezamenlijk {\n      centen\n      tekst\n    }\n    ontvangt {\n      centen\n      tekst\n    }\n    nogOnbekend\n  }\n':
    types.FinancieelOverzichtDocument,
  '\n  query Huisstijl($overeenkomstId: ID!) {\n    exportSjabloon(overeenkomstId: $overeenkomstId) {\n      naam\n      eigen\n      geuploadOp\n      plaatshouders\n    }\n  }\n':
    types.HuisstijlDocument,
  '\n  mutation UploadHuisstijl($input: SjabloonInput!) {\n    uploadExportSjabloon(input: $input) {\n      naam\n      eigen\n      geuploadOp\n      plaatshouders\n    }\n  }\n':
    types.UploadHuisstijlDocument,
  '\n  mutation VerwijderHuisstijl($overeenkomstId: ID!) {\n    verwijderExportSjabloon(overeenkomstId: $overeenkomstId) {\n      naam\n      eigen\n    }\n  }\n':
    types.VerwijderHuisstijlDocument,
  '\n  query OvereenkomstImport($id: ID!) {\n    overeenkomstImport(id: $id) {\n      id\n      bestandsnaam\n      paginas\n      gemeenteId\n      status\n      overeenkomstId\n      titel\n      partijen {\n        naam\n        tekst\n        soort\n        partijId\n        vestigingsplaats\n        kvkNummer\n        vertegenwoordiger\n        vertegenwoordigerFunctie\n      }\n      considerans\n      hoofdstukken {\n        titel\n        afspraken {\n          nummer\n          tekst\n          jaren\n          bedragen\n          trekker\n          genoemd\n          doelgroepen\n          normen {\n            onderwerp\n            vergelijking\n            waarde\n            totWaarde\n            eenheid\n            eenheidTekst\n            woorden\n          }\n          locaties {\n            soort\n            naam\n          }\n          geld {\n            euro\n            frequentie\n            jaar\n            totJaar\n            doel\n            woorden\n          }\n          type {\n            type\n            zekerheid\n            signalen\n          }\n        }\n      }\n      tabellen {\n        titel\n        rijen\n      }\n      indicatoren {\n        naam\n        eenheid\n        streefwaarden {\n          jaar\n          waarde\n        }\n      }\n      ondertekening\n      overig\n    }\n  }\n':
    types.OvereenkomstImportDocument,
  '\n  mutation BevestigImport($input: BevestigImportInput!) {\n    bevestigImport(input: $input) {\n      id\n      titel\n      onderdelen {\n        id\n        soort\n      }\n    }\n  }\n':
    types.BevestigImportDocument,
  '\n  query ImportBestaandeOvereenkomsten($filter: OvereenkomstFilter) {\n    overeenkomsten(filter: $filter, take: 100) {\n      items {\n        id\n        titel\n        startjaar\n        eindjaar\n        deelnemers {\n          regie\n          partij {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.ImportBestaandeOvereenkomstenDocument,
  '\n  query IndicatorAfspraken($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      afspraken {\n        id\n        nummer\n        titel\n        onderdeel {\n          id\n          titel\n        }\n      }\n    }\n  }\n':
    types.IndicatorAfsprakenDocument,
  '\n  mutation NieuweIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      naam\n    }\n  }\n':
    types.NieuweIndicatorDocument,
  '\n  mutation KoppelIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      afspraken {\n        id\n      }\n    }\n  }\n':
    types.KoppelIndicatorDocument,
  '\n  query Indicatoren($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      startjaar\n      eindjaar\n      indicatoren {\n        id\n        naam\n        eenheid\n        definitie\n        definitieBron\n        richting\n        afspraken {\n          id\n          locaties {\n            id\n            naam\n          }\n        }\n      }\n    }\n  }\n':
    types.IndicatorenDocument,
  '\n  query IndicatorReeks($id: ID!) {\n    indicatorReeks(indicatorId: $id) {\n      indicatorId\n      naam\n      eenheid\n      nulmetingJaar\n      nulmetingWaarde\n      richting\n      punten {\n        jaar\n        soort\n        streefwaarde\n        min\n        max\n        effect\n        realisatie\n        bron\n        oordeel\n        toelichting\n        tussenstand\n        opKoers\n        perLocatie {\n          locatieId\n          soort\n        }\n      }\n      horizon {\n        jaar\n        soort\n        streefwaarde\n        min\n        max\n        effect\n      }\n    }\n  }\n':
    types.IndicatorReeksDocument,
  '\n  query Realisaties($id: ID!) {\n    indicator(id: $id) {\n      id\n      realisaties {\n        id\n        jaar\n      }\n      realisatiesPerLocatie {\n        id\n        jaar\n        locatie {\n          id\n        }\n      }\n    }\n  }\n':
    types.RealisatiesDocument,
  '\n  mutation WijzigRichting($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      richting\n    }\n  }\n':
    types.WijzigRichtingDocument,
  '\n  mutation WijzigRealisatie($input: UpdateRealisatieInput!) {\n    updateRealisatie(input: $input) {\n      id\n      waarde\n      tussenstand\n    }\n  }\n':
    types.WijzigRealisatieDocument,
  '\n  mutation NieuweRealisatie($input: CreateRealisatieInput!) {\n    createRealisatie(input: $input) {\n      id\n      jaar\n      waarde\n      tussenstand\n    }\n  }\n':
    types.NieuweRealisatieDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      vernieuwToken\n      verlooptOp\n    }\n  }\n':
    types.LoginDocument,
  '\n  query Jaarcyclus($overeenkomstId: ID, $skip: Int, $take: Int) {\n    jaarcyclus(overeenkomstId: $overeenkomstId, skip: $skip, take: $take) {\n      total\n      jaar\n      perStatus {\n        status\n        aantal\n      }\n      items {\n        overeenkomstId\n        titel\n        gemeenten\n        lopend\n        teLaat\n        cycli {\n          jaar\n          rol\n          status\n          jaarschijfId\n          externOndertekendOp\n          mijlpalen {\n            soort\n            toestand\n            toelichting\n            van\n            tot\n          }\n        }\n      }\n    }\n  }\n':
    types.JaarcyclusDocument,
  '\n  query Kalender($overeenkomstId: ID!) {\n    kalender(overeenkomstId: $overeenkomstId) {\n      bodVoor\n      ondertekeningVoor\n      verantwoordingVan\n      verantwoordingTot\n      evaluatieVan\n      evaluatieTot\n    }\n  }\n':
    types.KalenderDocument,
  '\n  mutation ZetJaarschijfStatus($input: ZetJaarschijfStatusInput!) {\n    zetJaarschijfStatus(input: $input)\n  }\n':
    types.ZetJaarschijfStatusDocument,
  '\n  query JaarschijfStappen($overeenkomstId: ID!) {\n    jaarschijfStappen(overeenkomstId: $overeenkomstId) {\n      jaarschijfId\n      jaar\n      naar\n      mag {\n        mag\n        reden\n        code\n      }\n    }\n  }\n':
    types.JaarschijfStappenDocument,
  '\n  query Leden($partijId: ID!) {\n    leden(partijId: $partijId) {\n      id\n      naam\n      email\n      rollen\n    }\n  }\n':
    types.LedenDocument,
  '\n  mutation WijzigLid($input: WijzigLidInput!) {\n    wijzigLid(input: $input) {\n      id\n      rollen\n    }\n  }\n':
    types.WijzigLidDocument,
  '\n  mutation VerwijderLid($input: IdInput!) {\n    verwijderLid(input: $input)\n  }\n':
    types.VerwijderLidDocument,
  '\n  mutation NodigLidUit($input: NodigLidUitInput!) {\n    nodigLidUit(input: $input) {\n      link\n      uitnodiging {\n        id\n        email\n        verlooptOp\n      }\n    }\n  }\n':
    types.NodigLidUitDocument,
  '\n  query Uitnodigingen($overeenkomstId: ID!) {\n    uitnodigingen(overeenkomstId: $overeenkomstId) {\n      id\n      email\n      soort\n      rollen\n      deelnemerRol\n      verlooptOp\n      partij {\n        id\n        naam\n      }\n    }\n  }\n':
    types.UitnodigingenDocument,
  '\n  mutation NodigPartijUit($input: NodigPartijUitInput!) {\n    nodigPartijUit(input: $input) {\n      link\n      uitnodiging {\n        id\n        email\n        verlooptOp\n      }\n    }\n  }\n':
    types.NodigPartijUitDocument,
  '\n  query Logboek($overeenkomstId: ID!, $take: Int, $skip: Int) {\n    auditTrail(overeenkomstId: $overeenkomstId, take: $take, skip: $skip) {\n      total\n      items {\n        volgnummer\n        tijd\n        gebruikerNaam\n        partijNaam\n        actie\n        onderwerpSoort\n        hash\n        vorigeHash\n      }\n    }\n  }\n':
    types.LogboekDocument,
  '\n  query ControleerLogboek($overeenkomstId: ID!) {\n    verifyAuditTrail(overeenkomstId: $overeenkomstId) {\n      geldig\n      aantalRegels\n      aantalVersies\n      eersteFout {\n        volgnummer\n        versieId\n        reden\n      }\n    }\n  }\n':
    types.ControleerLogboekDocument,
  '\n  query MeldingVoorkeur {\n    meldingVoorkeur {\n      mail\n      email\n    }\n  }\n':
    types.MeldingVoorkeurDocument,
  '\n  mutation ZetMeldingVoorkeur($input: ZetMeldingVoorkeurInput!) {\n    zetMeldingVoorkeur(input: $input) {\n      mail\n      email\n    }\n  }\n':
    types.ZetMeldingVoorkeurDocument,
  '\n  query Onderdeel($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      titel\n      soort\n      status\n      fase\n      ondertekenaars {\n        id\n        naam\n      }\n      externeOndertekening {\n        versieId\n        datum\n        jaren\n        bestandsnaam\n        grootte\n        sha256\n        geregistreerdOp\n        geregistreerdDoor\n        downloadUrl\n        ondertekenaars {\n          partijId\n          partij\n          naam\n          functie\n        }\n      }\n      overeenkomst {\n        id\n        titel\n        startjaar\n        eindjaar\n        deelnemers {\n          id\n          rol\n          regie\n          partij {\n            id\n            naam\n          }\n        }\n        preambule\n      }\n      afspraken {\n        id\n        nummer\n        titel\n        type\n        typeLabel\n        tekst\n        thema {\n          id\n          naam\n        }\n      }\n    }\n  }\n':
    types.OnderdeelDocument,
  '\n  query Overeenkomst($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      titel\n      startjaar\n      eindjaar\n      status\n      preambule\n      gemeenten {\n        id\n        naam\n      }\n      deelnemers {\n        id\n        rol\n        regie\n        partij {\n          id\n          naam\n          soort\n        }\n      }\n      onderdelen {\n        id\n        titel\n        soort\n        status\n        ondertekenaars {\n          id\n          naam\n        }\n        afspraken {\n          id\n        }\n      }\n      jaarschijven {\n        id\n        jaar\n        status\n        toelichting\n      }\n    }\n  }\n':
    types.OvereenkomstDocument,
  '\n  query Overeenkomsten($filter: OvereenkomstFilter) {\n    overeenkomsten(filter: $filter, take: 100) {\n      total\n      items {\n        id\n        titel\n        startjaar\n        eindjaar\n        status\n        gemeenten {\n          id\n          naam\n        }\n        deelnemers {\n          id\n          rol\n          partij {\n            id\n            naam\n          }\n        }\n        onderdelen {\n          id\n          titel\n          soort\n          status\n        }\n      }\n    }\n  }\n':
    types.OvereenkomstenDocument,
  '\n  query Gemeenten {\n    overeenkomstGemeenten {\n      id\n      naam\n    }\n  }\n':
    types.GemeentenDocument,
  '\n  query PartijGegevens($id: ID!) {\n    partij(id: $id) {\n      id\n      statutaireNaam\n      vestigingsplaats\n      kvkNummer\n      vertegenwoordiger\n      vertegenwoordigerFunctie\n    }\n  }\n':
    types.PartijGegevensDocument,
  '\n  mutation WijzigPartijGegevens($input: UpdatePartijInput!) {\n    updatePartij(input: $input) {\n      id\n      statutaireNaam\n      vestigingsplaats\n      kvkNummer\n      vertegenwoordiger\n      vertegenwoordigerFunctie\n    }\n  }\n':
    types.WijzigPartijGegevensDocument,
  '\n  query PartijLogo($id: ID!) {\n    partij(id: $id) {\n      id\n      logo {\n        dataUrl\n        breedte\n        hoogte\n        sha256\n      }\n    }\n  }\n':
    types.PartijLogoDocument,
  '\n  mutation ZetPartijLogo($input: PartijLogoInput!) {\n    zetPartijLogo(input: $input) {\n      sha256\n    }\n  }\n':
    types.ZetPartijLogoDocument,
  '\n  mutation VerwijderPartijLogo($input: IdInput!) {\n    verwijderPartijLogo(input: $input)\n  }\n':
    types.VerwijderPartijLogoDocument,
  '\n  query PublicatieStand($overeenkomstId: ID!) {\n    publicatie(overeenkomstId: $overeenkomstId) {\n      id\n      slug\n      pagina\n      json\n      gepubliceerdOp\n      actief\n      ingetrokkenOp\n      intrekReden\n      verouderd\n    }\n    magPubliceren(overeenkomstId: $overeenkomstId) {\n      mag\n      reden\n      code\n    }\n  }\n':
    types.PublicatieStandDocument,
  '\n  mutation PubliceerOvereenkomst($input: PubliceerInput!) {\n    publiceerOvereenkomst(input: $input) {\n      id\n      pagina\n    }\n  }\n':
    types.PubliceerOvereenkomstDocument,
  '\n  mutation TrekPublicatieIn($input: TrekPublicatieInInput!) {\n    trekPublicatieIn(input: $input) {\n      id\n      actief\n    }\n  }\n':
    types.TrekPublicatieInDocument,
  '\n  query Regio($regio: String, $skip: Int, $take: Int) {\n    regio(regio: $regio, skip: $skip, take: $take) {\n      jaar\n      regio\n      regios\n      totalen {\n        overeenkomsten\n        gemeenten\n        afspraken\n        perStatus {\n          status\n          aantal\n        }\n      }\n      overeenkomsten {\n        id\n        titel\n        startjaar\n        eindjaar\n        status\n        afspraken\n        mijnRollen\n        teLaat\n        gemeenten {\n          id\n          naam\n          regio\n        }\n        jaarschijf {\n          id\n          jaar\n          status\n        }\n        teLaatMijlpalen {\n          jaar\n          soort\n          tot\n        }\n        perType {\n          type\n          aantal\n        }\n        perDomein {\n          domein\n          aantal\n        }\n        zorgpartijen {\n          id\n          naam\n          bijlagen\n        }\n      }\n      gedeeldeIndicatoren {\n        naam\n        eenheid\n        overeenkomsten\n        nulmeting\n        jaren {\n          jaar\n          doelMin\n          doelMax\n          realisatie\n          gemeentenMetRealisatie\n          gemeenten\n        }\n      }\n    }\n  }\n':
    types.RegioDocument,
  '\n  mutation Accepteer($input: AccepteerUitnodigingInput!) {\n    accepteerUitnodiging(input: $input) {\n      accessToken\n      vernieuwToken\n      verlooptOp\n    }\n  }\n':
    types.AccepteerDocument,
  '\n  query Verantwoording($overeenkomstId: ID!, $jaar: Int!) {\n    verantwoording(overeenkomstId: $overeenkomstId, jaar: $jaar) {\n      jaar\n      jaarschijfId\n      gevraagd\n      magVerantwoorden {\n        mag\n        reden\n        code\n      }\n      totaal\n      ingediend\n      ontbrekend\n      realisatiesOntbrekend\n      afspraken {\n        afspraakId\n        nummer\n        titel\n        trekker\n        status\n        toelichting\n        door\n        datum\n        ontbrekendeRealisaties\n        magVerantwoorden {\n          mag\n          reden\n          code\n        }\n      }\n    }\n  }\n':
    types.VerantwoordingDocument,
  '\n  mutation Verantwoord($input: VerantwoordingInput!) {\n    verantwoordAfspraak(input: $input) {\n      jaar\n      ingediend\n      ontbrekend\n    }\n  }\n':
    types.VerantwoordDocument,
  '\n  mutation BewaarLeden($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n    }\n  }\n':
    types.BewaarLedenDocument,
  '\n  mutation BewaarLocaties($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n    }\n  }\n':
    types.BewaarLocatiesDocument,
  '\n  fragment AfspraakDetailsVelden on AfspraakDetails {\n    __typename\n    ... on ProcesDetails {\n      overlegvorm\n      frequentie\n      wanneerJaar\n      wanneerTekst\n      deelnemerIds\n    }\n    ... on BeschrijvendDetails {\n      soort\n      omschrijving\n    }\n    ... on IntentieDetails {\n      voorwaarde\n      gevolg\n    }\n    ... on HandelingDetails {\n      activiteiten {\n        wat\n        wanneer\n        partijIds\n      }\n    }\n    ... on GarantieDetails {\n      wat\n      garantstellerIds\n      toezeggingen {\n        partijId\n        wat\n      }\n      geldigTot\n    }\n    ... on TransactieDetails {\n      posten {\n        partijId\n        levert\n        ontvangt\n      }\n    }\n  }\n':
    types.AfspraakDetailsVeldenFragmentDoc,
  '\n  query Afspraak($id: ID!, $overeenkomstId: ID!) {\n    afspraak(id: $id) {\n      id\n      nummer\n      titel\n      type\n      typeLabel\n      tekst\n      volwassenheid\n      voorwaarden\n      doelgroepen\n      ...AfspraakNormen\n      updatedAt\n      thema {\n        id\n        naam\n      }\n      trekker {\n        id\n        naam\n      }\n      trekkerGroep\n      trekkerTekst\n      betrokkenen {\n        id\n        rol\n        bijdrage\n        kostenaandeel\n        partij {\n          id\n          naam\n        }\n      }\n      bedragen {\n        centen\n        onbekend\n        samenvatting\n        frequentie\n        jaar\n        totJaar\n        doel\n        gezamenlijk\n        betalers {\n          partij {\n            id\n            naam\n          }\n          centen\n          percentage\n          deel {\n            tekst\n          }\n        }\n        ontvangers {\n          id\n          naam\n        }\n        ontvangerOmschrijving\n        deel {\n          lid\n          activiteit\n          locatieId\n        }\n      }\n      details {\n        ...AfspraakDetailsVelden\n      }\n      leden {\n        letter\n        nummer\n        tekst\n        type\n        typeLabel\n        details {\n          ...AfspraakDetailsVelden\n        }\n      }\n      waarschuwingen {\n        code\n        tekst\n        lid\n      }\n      locaties {\n        id\n        soort\n        naam\n        gemeente {\n          id\n          naam\n        }\n      }\n      overeenkomst {\n        id\n        gemeenten {\n          id\n          naam\n        }\n      }\n      indicatoren {\n        id\n        naam\n        eenheid\n        streefwaarden {\n          ...AfspraakDoel\n        }\n        streefwaardenPerLocatie {\n          ...AfspraakDoel\n        }\n        horizondoelen {\n          ...AfspraakDoel\n        }\n      }\n    }\n    themas(overeenkomstId: $overeenkomstId) {\n      id\n      naam\n      domein {\n        id\n        naam\n      }\n    }\n  }\n':
    types.AfspraakDocument,
  '\n  query Opmerkingen($afspraakId: ID!) {\n    opmerkingen(afspraakId: $afspraakId) {\n      id\n      tekst\n      auteur\n      datum\n      opgelost\n      partij {\n        id\n        naam\n      }\n      gerichtAan {\n        id\n        naam\n      }\n      anker {\n        citaat\n        huidigeTekst\n        verloren\n      }\n      reacties {\n        id\n        tekst\n        auteur\n        datum\n        partij {\n          id\n          naam\n        }\n      }\n    }\n  }\n':
    types.OpmerkingenDocument,
  '\n  mutation NeemStandpunt($input: StandpuntInput!) {\n    neemStandpunt(input: $input) {\n      id\n      oordeel\n      toelichting\n      verouderd\n    }\n  }\n':
    types.NeemStandpuntDocument,
  '\n  mutation PlaatsOpmerking($input: PlaatsOpmerkingInput!) {\n    plaatsOpmerking(input: $input) {\n      id\n    }\n  }\n':
    types.PlaatsOpmerkingDocument,
  '\n  mutation Reageer($input: ReageerInput!) {\n    reageerOpOpmerking(input: $input) {\n      id\n    }\n  }\n':
    types.ReageerDocument,
  '\n  mutation LosOp($input: OpmerkingStatusInput!) {\n    losOpmerkingOp(input: $input) {\n      id\n      opgelost\n    }\n  }\n':
    types.LosOpDocument,
  '\n  mutation Heropen($input: OpmerkingStatusInput!) {\n    heropenOpmerking(input: $input) {\n      id\n      opgelost\n    }\n  }\n':
    types.HeropenDocument,
  '\n  mutation DienVoorstelIn($input: WijzigingsvoorstelInput!) {\n    dienVoorstelIn(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.DienVoorstelInDocument,
  '\n  fragment AfspraakDoel on Streefwaarde {\n    id\n    jaar\n    soort\n    waarde\n    min\n    max\n    effect\n    locatie {\n      id\n    }\n  }\n':
    types.AfspraakDoelFragmentDoc,
  '\n  mutation NeemStandpunten($input: StandpuntenInput!) {\n    neemStandpunten(input: $input) {\n      id\n    }\n  }\n':
    types.NeemStandpuntenDocument,
  '\n  mutation BewaarBedragen($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n    }\n  }\n':
    types.BewaarBedragenDocument,
  '\n  mutation ZetEigenDoelgroepen($input: UpdateOvereenkomstInput!) {\n    updateOvereenkomst(input: $input) {\n      id\n      eigenDoelgroepen {\n        id\n        naam\n        omschrijving\n        leeftijdVan\n        leeftijdTot\n      }\n    }\n  }\n':
    types.ZetEigenDoelgroepenDocument,
  '\n  mutation RegistreerExterneOndertekening($input: ExterneOndertekeningInput!) {\n    registreerExterneOndertekening(input: $input) {\n      datum\n      sha256\n    }\n  }\n':
    types.RegistreerExterneOndertekeningDocument,
  '\n  mutation OpenOnderhandeling($onderdeelId: ID!) {\n    openOnderhandeling(onderdeelId: $onderdeelId) {\n      id\n      fase\n    }\n  }\n':
    types.OpenOnderhandelingDocument,
  '\n  mutation UpdateAfspraak($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n      nummer\n      titel\n      type\n      typeLabel\n    }\n  }\n':
    types.UpdateAfspraakDocument,
  '\n  query NieuweAfspraakThemas($overeenkomstId: ID!) {\n    themas(overeenkomstId: $overeenkomstId) {\n      id\n      naam\n      domein {\n        id\n        naam\n      }\n    }\n  }\n':
    types.NieuweAfspraakThemasDocument,
  '\n  mutation NieuweAfspraak($input: CreateAfspraakInput!) {\n    createAfspraak(input: $input) {\n      id\n      nummer\n    }\n  }\n':
    types.NieuweAfspraakDocument,
  '\n  mutation StelNieuweAfspraakVoor($input: WijzigingsvoorstelInput!) {\n    dienVoorstelIn(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.StelNieuweAfspraakVoorDocument,
  '\n  fragment AfspraakNormen on Afspraak {\n    voorwaardenMetDeel {\n      tekst\n      deel {\n        lid\n        activiteit\n        locatieId\n      }\n    }\n    normen {\n      onderwerp\n      vergelijking\n      waarde\n      totWaarde\n      waardeTekst\n      eenheid\n      eenheidTekst\n      partijId\n      tekst\n      deel {\n        lid\n        activiteit\n        locatieId\n      }\n    }\n    verwijzingen {\n      soort\n      titel\n      artikel\n      url\n      afspraakId\n      toelichting\n      tekst\n      documentId\n      document {\n        id\n        bestandsnaam\n        grootte\n        downloadUrl\n      }\n    }\n    eigenDoelgroepIds\n    overeenkomst {\n      id\n      documenten {\n        id\n        bestandsnaam\n        grootte\n        downloadUrl\n      }\n      eigenDoelgroepen {\n        id\n        naam\n        omschrijving\n        leeftijdVan\n        leeftijdTot\n      }\n      afspraken {\n        id\n        nummer\n        titel\n      }\n    }\n  }\n':
    types.AfspraakNormenFragmentDoc,
  '\n  query OpenBijBevriezen($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      afspraken {\n        id\n        nummer\n        titel\n      }\n      suggesties(status: OPEN) {\n        id\n        afspraakId\n        ingevoegd\n        geschrapt\n        auteur\n        partij {\n          id\n          naam\n        }\n      }\n    }\n    wijzigingsvoorstellen(onderdeelId: $id, status: OPEN) {\n      id\n      afspraakId\n      soort\n      motivering\n      indiener {\n        id\n        naam\n      }\n    }\n  }\n':
    types.OpenBijBevriezenDocument,
  '\n  query Standpunten($onderdeelId: ID!) {\n    standpunten(onderdeelId: $onderdeelId) {\n      onderdeelId\n      iedereenAkkoord\n      partijen {\n        id\n        naam\n      }\n      telling {\n        totaal\n        akkoord\n        akkoordMetVoorbehoud\n        nietAkkoord\n        ontbrekend\n        verouderd\n      }\n      rijen {\n        afspraakId\n        nummer\n        titel\n        akkoord\n        openOpmerkingen {\n          id\n          vanPartijId\n          gerichtAanId\n        }\n        cellen {\n          partij {\n            id\n            naam\n          }\n          standpunt {\n            id\n            oordeel\n            toelichting\n            verouderd\n            door\n            datum\n          }\n        }\n      }\n    }\n  }\n':
    types.StandpuntenDocument,
  '\n  mutation NieuweStreefwaarde($input: CreateStreefwaardeInput!) {\n    createStreefwaarde(input: $input) {\n      id\n    }\n  }\n':
    types.NieuweStreefwaardeDocument,
  '\n  mutation WijzigStreefwaarde($input: UpdateStreefwaardeInput!) {\n    updateStreefwaarde(input: $input) {\n      id\n    }\n  }\n':
    types.WijzigStreefwaardeDocument,
  '\n  query OnderdeelSuggesties($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      suggesties(status: OPEN) {\n        id\n        afspraakId\n        auteur\n        auteurId\n        gemaakt\n        partij {\n          id\n          naam\n        }\n        wachtOp {\n          id\n          naam\n        }\n        beoordelingen {\n          beoordeling\n          door\n          reden\n          partij {\n            id\n            naam\n          }\n        }\n      }\n    }\n  }\n':
    types.OnderdeelSuggestiesDocument,
  '\n  mutation BeoordeelSuggesties($input: BeoordeelSuggestiesInput!) {\n    beoordeelSuggesties(input: $input) {\n      suggesties {\n        id\n        status\n      }\n      vervallenAkkoorden {\n        id\n        naam\n      }\n    }\n  }\n':
    types.BeoordeelSuggestiesDocument,
  '\n  query Versies($onderdeelId: ID!) {\n    versies(onderdeelId: $onderdeelId) {\n      id\n      nummer\n      status\n      addendum\n      hash\n      bevrorenDoor\n      bevrorenOp\n      afgerondOp\n      overrideReden\n      ondertekeningen {\n        naam\n        functie\n        besluit\n        reden\n        tijd\n        partij {\n          id\n          naam\n        }\n      }\n      ontbrekend {\n        id\n        naam\n      }\n    }\n  }\n':
    types.VersiesDocument,
  '\n  mutation Bevries($input: BevriesInput!) {\n    bevriesOnderdeel(input: $input) {\n      id\n      nummer\n      status\n    }\n  }\n':
    types.BevriesDocument,
  '\n  mutation Onderteken($input: OndertekenInput!) {\n    onderteken(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.OndertekenDocument,
  '\n  mutation Weiger($input: WeigerOndertekeningInput!) {\n    weigerOndertekening(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.WeigerDocument,
  '\n  mutation HerstelVersie($input: IdInput!) {\n    herstelVersie(input: $input)\n  }\n':
    types.HerstelVersieDocument,
  '\n  mutation Addendum($input: AddendumInput!) {\n    startAddendum(input: $input)\n  }\n':
    types.AddendumDocument,
  '\n  query Vergelijk($onderdeelId: ID!, $van: ID!, $naar: ID) {\n    vergelijkVersies(onderdeelId: $onderdeelId, van: $van, naar: $naar) {\n      van\n      naar\n      afspraken {\n        afspraakId\n        nummer\n        titel\n        wijziging\n        velden\n        verschil {\n          soort\n          tekst\n        }\n      }\n    }\n  }\n':
    types.VergelijkDocument,
  '\n  mutation UploadDocument($input: UploadDocumentInput!) {\n    uploadDocument(input: $input) {\n      id\n    }\n  }\n':
    types.UploadDocumentDocument,
  '\n  query Voorstellen($onderdeelId: ID!) {\n    wijzigingsvoorstellen(onderdeelId: $onderdeelId) {\n      id\n      soort\n      status\n      afspraakId\n      motivering\n      door\n      datum\n      basisTitel\n      nieuweTekst\n      nieuweAfspraak\n      indiener {\n        id\n        naam\n      }\n      verschil {\n        soort\n        tekst\n      }\n      wachtOp {\n        id\n        naam\n      }\n      beoordelingen {\n        beoordeling\n        reden\n        door\n        partij {\n          id\n          naam\n        }\n      }\n    }\n  }\n':
    types.VoorstellenDocument,
  '\n  mutation Beoordeel($input: BeoordeelVoorstelInput!) {\n    beoordeelVoorstel(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.BeoordeelDocument,
  '\n  mutation TrekIn($input: IdInput!) {\n    trekVoorstelIn(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.TrekInDocument,
  '\n  query OnderdeelWaarschuwingen($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      afspraken {\n        id\n        nummer\n        titel\n        waarschuwingen {\n          code\n          tekst\n        }\n      }\n    }\n  }\n':
    types.OnderdeelWaarschuwingenDocument,
  '\n  query OnderdeelOpmerkingen($onderdeelId: ID!) {\n    onderdeelOpmerkingen(onderdeelId: $onderdeelId, alleenOpen: true) {\n      id\n      afspraakId\n      tekst\n      auteur\n      partij {\n        id\n        naam\n      }\n      gerichtAan {\n        id\n        naam\n      }\n      anker {\n        start\n        eind\n      }\n      reacties {\n        id\n      }\n    }\n  }\n':
    types.OnderdeelOpmerkingenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Ik {\n    me {\n      id\n      naam\n      email\n      lidmaatschappen {\n        rollen\n        partij {\n          id\n          naam\n          soort\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Ik {\n    me {\n      id\n      naam\n      email\n      lidmaatschappen {\n        rollen\n        partij {\n          id\n          naam\n          soort\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Uitloggen {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Uitloggen {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportTicket($input: ExportTicketInput!) {\n    exportTicket(input: $input) {\n      url\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportTicket($input: ExportTicketInput!) {\n    exportTicket(input: $input) {\n      url\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MijnTaken($overeenkomstId: ID) {\n    mijnTaken(overeenkomstId: $overeenkomstId) {\n      sleutel\n      soort\n      titel\n      aantal\n      deadline\n      teLaat\n      link\n      partijNaam\n      overeenkomstId\n      overeenkomstTitel\n      onderdeelId\n      onderdeelTitel\n    }\n  }\n',
): (typeof documents)['\n  query MijnTaken($overeenkomstId: ID) {\n    mijnTaken(overeenkomstId: $overeenkomstId) {\n      sleutel\n      soort\n      titel\n      aantal\n      deadline\n      teLaat\n      link\n      partijNaam\n      overeenkomstId\n      overeenkomstTitel\n      onderdeelId\n      onderdeelTitel\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription Gebeurtenissen($overeenkomstId: ID!) {\n    overeenkomstGebeurtenissen(overeenkomstId: $overeenkomstId) {\n      soort\n      onderdeelId\n      afspraakId\n      onderwerpId\n      door\n      doorId\n      partij\n      opmerkingActie\n      draadId\n      tijd\n      vervallenAkkoorden\n    }\n  }\n',
): (typeof documents)['\n  subscription Gebeurtenissen($overeenkomstId: ID!) {\n    overeenkomstGebeurtenissen(overeenkomstId: $overeenkomstId) {\n      soort\n      onderdeelId\n      afspraakId\n      onderwerpId\n      door\n      doorId\n      partij\n      opmerkingActie\n      draadId\n      tijd\n      vervallenAkkoorden\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeldingVelden on Melding {\n    id\n    soort\n    tekst\n    link\n    tijd\n    gelezen\n  }\n',
): (typeof documents)['\n  fragment MeldingVelden on Melding {\n    id\n    soort\n    tekst\n    link\n    tijd\n    gelezen\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Meldingen($take: Int!, $skip: Int!, $alleenOngelezen: Boolean!) {\n    meldingen(take: $take, skip: $skip, alleenOngelezen: $alleenOngelezen) {\n      total\n      ongelezen\n      items {\n        ...MeldingVelden\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Meldingen($take: Int!, $skip: Int!, $alleenOngelezen: Boolean!) {\n    meldingen(take: $take, skip: $skip, alleenOngelezen: $alleenOngelezen) {\n      total\n      ongelezen\n      items {\n        ...MeldingVelden\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NieuweMelding {\n    nieuweMelding {\n      ...MeldingVelden\n    }\n  }\n',
): (typeof documents)['\n  subscription NieuweMelding {\n    nieuweMelding {\n      ...MeldingVelden\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkeerMeldingGelezen($id: ID!) {\n    markeerMeldingGelezen(id: $id) {\n      ...MeldingVelden\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkeerMeldingGelezen($id: ID!) {\n    markeerMeldingGelezen(id: $id) {\n      ...MeldingVelden\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkeerAlleMeldingenGelezen {\n    markeerAlleMeldingenGelezen\n  }\n',
): (typeof documents)['\n  mutation MarkeerAlleMeldingenGelezen {\n    markeerAlleMeldingenGelezen\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MeldAfVoorMail($input: MeldAfInput!) {\n    meldAfVoorMail(input: $input)\n  }\n',
): (typeof documents)['\n  mutation MeldAfVoorMail($input: MeldAfInput!) {\n    meldAfVoorMail(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BodThemas($overeenkomstId: ID!) {\n    themas(overeenkomstId: $overeenkomstId) {\n      id\n      naam\n      domein {\n        id\n        naam\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BodThemas($overeenkomstId: ID!) {\n    themas(overeenkomstId: $overeenkomstId) {\n      id\n      naam\n      domein {\n        id\n        naam\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DienBodIn($input: DienBodInInput!) {\n    dienBodIn(input: $input) {\n      id\n      jaar\n    }\n  }\n',
): (typeof documents)['\n  mutation DienBodIn($input: DienBodInInput!) {\n    dienBodIn(input: $input) {\n      id\n      jaar\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Boden($overeenkomstId: ID!) {\n    boden(overeenkomstId: $overeenkomstId) {\n      id\n      jaar\n      partij\n      door\n      ingediend\n      teLaat\n      toelichting\n      afspraken {\n        id\n        nummer\n        titel\n        type\n        onderdeel\n      }\n      indicatoren {\n        id\n        naam\n        eenheid\n        streefwaarde\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Boden($overeenkomstId: ID!) {\n    boden(overeenkomstId: $overeenkomstId) {\n      id\n      jaar\n      partij\n      door\n      ingediend\n      teLaat\n      toelichting\n      afspraken {\n        id\n        nummer\n        titel\n        type\n        onderdeel\n      }\n      indicatoren {\n        id\n        naam\n        eenheid\n        streefwaarde\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BodMogelijkheden($overeenkomstId: ID!) {\n    bodMogelijkheden(overeenkomstId: $overeenkomstId) {\n      jaarschijfId\n      jaar\n      partijId\n      partij\n      mag {\n        mag\n        reden\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BodMogelijkheden($overeenkomstId: ID!) {\n    bodMogelijkheden(overeenkomstId: $overeenkomstId) {\n      jaarschijfId\n      jaar\n      partijId\n      partij\n      mag {\n        mag\n        reden\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Evaluatie($overeenkomstId: ID!, $jaar: Int!) {\n    evaluatie(overeenkomstId: $overeenkomstId, jaar: $jaar) {\n      jaar\n      jaarschijfId\n      gesloten\n      status\n      totaal {\n        groen\n        oranje\n        rood\n        open\n      }\n      perThema {\n        thema\n        groen\n        oranje\n        rood\n        open\n        totaal\n      }\n      bevestigingen {\n        partijId\n        partij\n        bevestigd\n        door\n        op\n        magBevestigen {\n          mag\n          reden\n          code\n        }\n      }\n      magEvalueren {\n        mag\n        reden\n        code\n      }\n      afspraken {\n        afspraakId\n        nummer\n        titel\n        thema\n        trekker\n        stoplicht\n        conclusie\n        les\n        besluit\n        door\n        partij\n        datum\n        verantwoording\n        verantwoordingToelichting\n        vervolgNummer\n        bijstellingen {\n          indicatorId\n          indicator\n          jaar\n          soort\n          waarde\n          min\n          max\n          effect\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Evaluatie($overeenkomstId: ID!, $jaar: Int!) {\n    evaluatie(overeenkomstId: $overeenkomstId, jaar: $jaar) {\n      jaar\n      jaarschijfId\n      gesloten\n      status\n      totaal {\n        groen\n        oranje\n        rood\n        open\n      }\n      perThema {\n        thema\n        groen\n        oranje\n        rood\n        open\n        totaal\n      }\n      bevestigingen {\n        partijId\n        partij\n        bevestigd\n        door\n        op\n        magBevestigen {\n          mag\n          reden\n          code\n        }\n      }\n      magEvalueren {\n        mag\n        reden\n        code\n      }\n      afspraken {\n        afspraakId\n        nummer\n        titel\n        thema\n        trekker\n        stoplicht\n        conclusie\n        les\n        besluit\n        door\n        partij\n        datum\n        verantwoording\n        verantwoordingToelichting\n        vervolgNummer\n        bijstellingen {\n          indicatorId\n          indicator\n          jaar\n          soort\n          waarde\n          min\n          max\n          effect\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorenVanAfspraak($id: ID!) {\n    afspraak(id: $id) {\n      id\n      indicatoren {\n        id\n        naam\n        eenheid\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorenVanAfspraak($id: ID!) {\n    afspraak(id: $id) {\n      id\n      indicatoren {\n        id\n        naam\n        eenheid\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Evalueer($input: EvaluatieInput!) {\n    evalueerAfspraak(input: $input) {\n      jaar\n      gesloten\n    }\n  }\n',
): (typeof documents)['\n  mutation Evalueer($input: EvaluatieInput!) {\n    evalueerAfspraak(input: $input) {\n      jaar\n      gesloten\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BevestigEvaluatie($input: BevestigEvaluatieInput!) {\n    bevestigEvaluatie(input: $input) {\n      jaar\n      gesloten\n    }\n  }\n',
): (typeof documents)['\n  mutation BevestigEvaluatie($input: BevestigEvaluatieInput!) {\n    bevestigEvaluatie(input: $input) {\n      jaar\n      gesloten\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FinancieelOverzicht($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      financieelOverzicht {\n        jaren\n        totaalPerJaar {\n          jaar\n          bedrag {\n            centen\n            tekst\n          }\n        }\n        totaalLooptijd {\n          centen\n          tekst\n        }\n        totaal {\n          tekst\n        }\n        partijen {\n          partij {\n            id\n            naam\n          }\n          perJaar {\n            ...FinancieelCel\n          }\n          looptijd {\n            ...FinancieelCel\n          }\n          totaal {\n            ...FinancieelCel\n          }\n        }\n      }\n    }\n  }\n  fragment FinancieelCel on FinancieelJaar {\n    betaalt {\n      centen\n      tekst\n    }\n    gezamenlijk {\n      centen\n      tekst\n    }\n    ontvangt {\n      centen\n      tekst\n    }\n    nogOnbekend\n  }\n',
): (typeof documents)['\n  query FinancieelOverzicht($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      financieelOverzicht {\n        jaren\n        totaalPerJaar {\n          jaar\n          bedrag {\n            centen\n            tekst\n          }\n        }\n        totaalLooptijd {\n          centen\n          tekst\n        }\n        totaal {\n          tekst\n        }\n        partijen {\n          partij {\n            id\n            naam\n          }\n          perJaar {\n            ...FinancieelCel\n          }\n          looptijd {\n            ...FinancieelCel\n          }\n          totaal {\n            ...FinancieelCel\n          }\n        }\n      }\n    }\n  }\n  fragment FinancieelCel on FinancieelJaar {\n    betaalt {\n      centen\n      tekst\n    }\n    gezamenlijk {\n      centen\n      tekst\n    }\n    ontvangt {\n      centen\n      tekst\n    }\n    nogOnbekend\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Huisstijl($overeenkomstId: ID!) {\n    exportSjabloon(overeenkomstId: $overeenkomstId) {\n      naam\n      eigen\n      geuploadOp\n      plaatshouders\n    }\n  }\n',
): (typeof documents)['\n  query Huisstijl($overeenkomstId: ID!) {\n    exportSjabloon(overeenkomstId: $overeenkomstId) {\n      naam\n      eigen\n      geuploadOp\n      plaatshouders\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UploadHuisstijl($input: SjabloonInput!) {\n    uploadExportSjabloon(input: $input) {\n      naam\n      eigen\n      geuploadOp\n      plaatshouders\n    }\n  }\n',
): (typeof documents)['\n  mutation UploadHuisstijl($input: SjabloonInput!) {\n    uploadExportSjabloon(input: $input) {\n      naam\n      eigen\n      geuploadOp\n      plaatshouders\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerwijderHuisstijl($overeenkomstId: ID!) {\n    verwijderExportSjabloon(overeenkomstId: $overeenkomstId) {\n      naam\n      eigen\n    }\n  }\n',
): (typeof documents)['\n  mutation VerwijderHuisstijl($overeenkomstId: ID!) {\n    verwijderExportSjabloon(overeenkomstId: $overeenkomstId) {\n      naam\n      eigen\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OvereenkomstImport($id: ID!) {\n    overeenkomstImport(id: $id) {\n      id\n      bestandsnaam\n      paginas\n      gemeenteId\n      status\n      overeenkomstId\n      titel\n      partijen {\n        naam\n        tekst\n        soort\n        partijId\n        vestigingsplaats\n        kvkNummer\n        vertegenwoordiger\n        vertegenwoordigerFunctie\n      }\n      considerans\n      hoofdstukken {\n        titel\n        afspraken {\n          nummer\n          tekst\n          jaren\n          bedragen\n          trekker\n          genoemd\n          doelgroepen\n          normen {\n            onderwerp\n            vergelijking\n            waarde\n            totWaarde\n            eenheid\n            eenheidTekst\n            woorden\n          }\n          locaties {\n            soort\n            naam\n          }\n          geld {\n            euro\n            frequentie\n            jaar\n            totJaar\n            doel\n            woorden\n          }\n          type {\n            type\n            zekerheid\n            signalen\n          }\n        }\n      }\n      tabellen {\n        titel\n        rijen\n      }\n      indicatoren {\n        naam\n        eenheid\n        streefwaarden {\n          jaar\n          waarde\n        }\n      }\n      ondertekening\n      overig\n    }\n  }\n',
): (typeof documents)['\n  query OvereenkomstImport($id: ID!) {\n    overeenkomstImport(id: $id) {\n      id\n      bestandsnaam\n      paginas\n      gemeenteId\n      status\n      overeenkomstId\n      titel\n      partijen {\n        naam\n        tekst\n        soort\n        partijId\n        vestigingsplaats\n        kvkNummer\n        vertegenwoordiger\n        vertegenwoordigerFunctie\n      }\n      considerans\n      hoofdstukken {\n        titel\n        afspraken {\n          nummer\n          tekst\n          jaren\n          bedragen\n          trekker\n          genoemd\n          doelgroepen\n          normen {\n            onderwerp\n            vergelijking\n            waarde\n            totWaarde\n            eenheid\n            eenheidTekst\n            woorden\n          }\n          locaties {\n            soort\n            naam\n          }\n          geld {\n            euro\n            frequentie\n            jaar\n            totJaar\n            doel\n            woorden\n          }\n          type {\n            type\n            zekerheid\n            signalen\n          }\n        }\n      }\n      tabellen {\n        titel\n        rijen\n      }\n      indicatoren {\n        naam\n        eenheid\n        streefwaarden {\n          jaar\n          waarde\n        }\n      }\n      ondertekening\n      overig\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BevestigImport($input: BevestigImportInput!) {\n    bevestigImport(input: $input) {\n      id\n      titel\n      onderdelen {\n        id\n        soort\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BevestigImport($input: BevestigImportInput!) {\n    bevestigImport(input: $input) {\n      id\n      titel\n      onderdelen {\n        id\n        soort\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImportBestaandeOvereenkomsten($filter: OvereenkomstFilter) {\n    overeenkomsten(filter: $filter, take: 100) {\n      items {\n        id\n        titel\n        startjaar\n        eindjaar\n        deelnemers {\n          regie\n          partij {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ImportBestaandeOvereenkomsten($filter: OvereenkomstFilter) {\n    overeenkomsten(filter: $filter, take: 100) {\n      items {\n        id\n        titel\n        startjaar\n        eindjaar\n        deelnemers {\n          regie\n          partij {\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorAfspraken($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      afspraken {\n        id\n        nummer\n        titel\n        onderdeel {\n          id\n          titel\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorAfspraken($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      afspraken {\n        id\n        nummer\n        titel\n        onderdeel {\n          id\n          titel\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NieuweIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      naam\n    }\n  }\n',
): (typeof documents)['\n  mutation NieuweIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      naam\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation KoppelIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      afspraken {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation KoppelIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      afspraken {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Indicatoren($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      startjaar\n      eindjaar\n      indicatoren {\n        id\n        naam\n        eenheid\n        definitie\n        definitieBron\n        richting\n        afspraken {\n          id\n          locaties {\n            id\n            naam\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Indicatoren($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      startjaar\n      eindjaar\n      indicatoren {\n        id\n        naam\n        eenheid\n        definitie\n        definitieBron\n        richting\n        afspraken {\n          id\n          locaties {\n            id\n            naam\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorReeks($id: ID!) {\n    indicatorReeks(indicatorId: $id) {\n      indicatorId\n      naam\n      eenheid\n      nulmetingJaar\n      nulmetingWaarde\n      richting\n      punten {\n        jaar\n        soort\n        streefwaarde\n        min\n        max\n        effect\n        realisatie\n        bron\n        oordeel\n        toelichting\n        tussenstand\n        opKoers\n        perLocatie {\n          locatieId\n          soort\n        }\n      }\n      horizon {\n        jaar\n        soort\n        streefwaarde\n        min\n        max\n        effect\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorReeks($id: ID!) {\n    indicatorReeks(indicatorId: $id) {\n      indicatorId\n      naam\n      eenheid\n      nulmetingJaar\n      nulmetingWaarde\n      richting\n      punten {\n        jaar\n        soort\n        streefwaarde\n        min\n        max\n        effect\n        realisatie\n        bron\n        oordeel\n        toelichting\n        tussenstand\n        opKoers\n        perLocatie {\n          locatieId\n          soort\n        }\n      }\n      horizon {\n        jaar\n        soort\n        streefwaarde\n        min\n        max\n        effect\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Realisaties($id: ID!) {\n    indicator(id: $id) {\n      id\n      realisaties {\n        id\n        jaar\n      }\n      realisatiesPerLocatie {\n        id\n        jaar\n        locatie {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Realisaties($id: ID!) {\n    indicator(id: $id) {\n      id\n      realisaties {\n        id\n        jaar\n      }\n      realisatiesPerLocatie {\n        id\n        jaar\n        locatie {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WijzigRichting($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      richting\n    }\n  }\n',
): (typeof documents)['\n  mutation WijzigRichting($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      richting\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WijzigRealisatie($input: UpdateRealisatieInput!) {\n    updateRealisatie(input: $input) {\n      id\n      waarde\n      tussenstand\n    }\n  }\n',
): (typeof documents)['\n  mutation WijzigRealisatie($input: UpdateRealisatieInput!) {\n    updateRealisatie(input: $input) {\n      id\n      waarde\n      tussenstand\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NieuweRealisatie($input: CreateRealisatieInput!) {\n    createRealisatie(input: $input) {\n      id\n      jaar\n      waarde\n      tussenstand\n    }\n  }\n',
): (typeof documents)['\n  mutation NieuweRealisatie($input: CreateRealisatieInput!) {\n    createRealisatie(input: $input) {\n      id\n      jaar\n      waarde\n      tussenstand\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      vernieuwToken\n      verlooptOp\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      vernieuwToken\n      verlooptOp\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Jaarcyclus($overeenkomstId: ID, $skip: Int, $take: Int) {\n    jaarcyclus(overeenkomstId: $overeenkomstId, skip: $skip, take: $take) {\n      total\n      jaar\n      perStatus {\n        status\n        aantal\n      }\n      items {\n        overeenkomstId\n        titel\n        gemeenten\n        lopend\n        teLaat\n        cycli {\n          jaar\n          rol\n          status\n          jaarschijfId\n          externOndertekendOp\n          mijlpalen {\n            soort\n            toestand\n            toelichting\n            van\n            tot\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Jaarcyclus($overeenkomstId: ID, $skip: Int, $take: Int) {\n    jaarcyclus(overeenkomstId: $overeenkomstId, skip: $skip, take: $take) {\n      total\n      jaar\n      perStatus {\n        status\n        aantal\n      }\n      items {\n        overeenkomstId\n        titel\n        gemeenten\n        lopend\n        teLaat\n        cycli {\n          jaar\n          rol\n          status\n          jaarschijfId\n          externOndertekendOp\n          mijlpalen {\n            soort\n            toestand\n            toelichting\n            van\n            tot\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Kalender($overeenkomstId: ID!) {\n    kalender(overeenkomstId: $overeenkomstId) {\n      bodVoor\n      ondertekeningVoor\n      verantwoordingVan\n      verantwoordingTot\n      evaluatieVan\n      evaluatieTot\n    }\n  }\n',
): (typeof documents)['\n  query Kalender($overeenkomstId: ID!) {\n    kalender(overeenkomstId: $overeenkomstId) {\n      bodVoor\n      ondertekeningVoor\n      verantwoordingVan\n      verantwoordingTot\n      evaluatieVan\n      evaluatieTot\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ZetJaarschijfStatus($input: ZetJaarschijfStatusInput!) {\n    zetJaarschijfStatus(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ZetJaarschijfStatus($input: ZetJaarschijfStatusInput!) {\n    zetJaarschijfStatus(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JaarschijfStappen($overeenkomstId: ID!) {\n    jaarschijfStappen(overeenkomstId: $overeenkomstId) {\n      jaarschijfId\n      jaar\n      naar\n      mag {\n        mag\n        reden\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JaarschijfStappen($overeenkomstId: ID!) {\n    jaarschijfStappen(overeenkomstId: $overeenkomstId) {\n      jaarschijfId\n      jaar\n      naar\n      mag {\n        mag\n        reden\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Leden($partijId: ID!) {\n    leden(partijId: $partijId) {\n      id\n      naam\n      email\n      rollen\n    }\n  }\n',
): (typeof documents)['\n  query Leden($partijId: ID!) {\n    leden(partijId: $partijId) {\n      id\n      naam\n      email\n      rollen\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WijzigLid($input: WijzigLidInput!) {\n    wijzigLid(input: $input) {\n      id\n      rollen\n    }\n  }\n',
): (typeof documents)['\n  mutation WijzigLid($input: WijzigLidInput!) {\n    wijzigLid(input: $input) {\n      id\n      rollen\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerwijderLid($input: IdInput!) {\n    verwijderLid(input: $input)\n  }\n',
): (typeof documents)['\n  mutation VerwijderLid($input: IdInput!) {\n    verwijderLid(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NodigLidUit($input: NodigLidUitInput!) {\n    nodigLidUit(input: $input) {\n      link\n      uitnodiging {\n        id\n        email\n        verlooptOp\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation NodigLidUit($input: NodigLidUitInput!) {\n    nodigLidUit(input: $input) {\n      link\n      uitnodiging {\n        id\n        email\n        verlooptOp\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Uitnodigingen($overeenkomstId: ID!) {\n    uitnodigingen(overeenkomstId: $overeenkomstId) {\n      id\n      email\n      soort\n      rollen\n      deelnemerRol\n      verlooptOp\n      partij {\n        id\n        naam\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Uitnodigingen($overeenkomstId: ID!) {\n    uitnodigingen(overeenkomstId: $overeenkomstId) {\n      id\n      email\n      soort\n      rollen\n      deelnemerRol\n      verlooptOp\n      partij {\n        id\n        naam\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NodigPartijUit($input: NodigPartijUitInput!) {\n    nodigPartijUit(input: $input) {\n      link\n      uitnodiging {\n        id\n        email\n        verlooptOp\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation NodigPartijUit($input: NodigPartijUitInput!) {\n    nodigPartijUit(input: $input) {\n      link\n      uitnodiging {\n        id\n        email\n        verlooptOp\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Logboek($overeenkomstId: ID!, $take: Int, $skip: Int) {\n    auditTrail(overeenkomstId: $overeenkomstId, take: $take, skip: $skip) {\n      total\n      items {\n        volgnummer\n        tijd\n        gebruikerNaam\n        partijNaam\n        actie\n        onderwerpSoort\n        hash\n        vorigeHash\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Logboek($overeenkomstId: ID!, $take: Int, $skip: Int) {\n    auditTrail(overeenkomstId: $overeenkomstId, take: $take, skip: $skip) {\n      total\n      items {\n        volgnummer\n        tijd\n        gebruikerNaam\n        partijNaam\n        actie\n        onderwerpSoort\n        hash\n        vorigeHash\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ControleerLogboek($overeenkomstId: ID!) {\n    verifyAuditTrail(overeenkomstId: $overeenkomstId) {\n      geldig\n      aantalRegels\n      aantalVersies\n      eersteFout {\n        volgnummer\n        versieId\n        reden\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ControleerLogboek($overeenkomstId: ID!) {\n    verifyAuditTrail(overeenkomstId: $overeenkomstId) {\n      geldig\n      aantalRegels\n      aantalVersies\n      eersteFout {\n        volgnummer\n        versieId\n        reden\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeldingVoorkeur {\n    meldingVoorkeur {\n      mail\n      email\n    }\n  }\n',
): (typeof documents)['\n  query MeldingVoorkeur {\n    meldingVoorkeur {\n      mail\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ZetMeldingVoorkeur($input: ZetMeldingVoorkeurInput!) {\n    zetMeldingVoorkeur(input: $input) {\n      mail\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation ZetMeldingVoorkeur($input: ZetMeldingVoorkeurInput!) {\n    zetMeldingVoorkeur(input: $input) {\n      mail\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Onderdeel($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      titel\n      soort\n      status\n      fase\n      ondertekenaars {\n        id\n        naam\n      }\n      externeOndertekening {\n        versieId\n        datum\n        jaren\n        bestandsnaam\n        grootte\n        sha256\n        geregistreerdOp\n        geregistreerdDoor\n        downloadUrl\n        ondertekenaars {\n          partijId\n          partij\n          naam\n          functie\n        }\n      }\n      overeenkomst {\n        id\n        titel\n        startjaar\n        eindjaar\n        deelnemers {\n          id\n          rol\n          regie\n          partij {\n            id\n            naam\n          }\n        }\n        preambule\n      }\n      afspraken {\n        id\n        nummer\n        titel\n        type\n        typeLabel\n        tekst\n        thema {\n          id\n          naam\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Onderdeel($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      titel\n      soort\n      status\n      fase\n      ondertekenaars {\n        id\n        naam\n      }\n      externeOndertekening {\n        versieId\n        datum\n        jaren\n        bestandsnaam\n        grootte\n        sha256\n        geregistreerdOp\n        geregistreerdDoor\n        downloadUrl\n        ondertekenaars {\n          partijId\n          partij\n          naam\n          functie\n        }\n      }\n      overeenkomst {\n        id\n        titel\n        startjaar\n        eindjaar\n        deelnemers {\n          id\n          rol\n          regie\n          partij {\n            id\n            naam\n          }\n        }\n        preambule\n      }\n      afspraken {\n        id\n        nummer\n        titel\n        type\n        typeLabel\n        tekst\n        thema {\n          id\n          naam\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Overeenkomst($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      titel\n      startjaar\n      eindjaar\n      status\n      preambule\n      gemeenten {\n        id\n        naam\n      }\n      deelnemers {\n        id\n        rol\n        regie\n        partij {\n          id\n          naam\n          soort\n        }\n      }\n      onderdelen {\n        id\n        titel\n        soort\n        status\n        ondertekenaars {\n          id\n          naam\n        }\n        afspraken {\n          id\n        }\n      }\n      jaarschijven {\n        id\n        jaar\n        status\n        toelichting\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Overeenkomst($id: ID!) {\n    overeenkomst(id: $id) {\n      id\n      titel\n      startjaar\n      eindjaar\n      status\n      preambule\n      gemeenten {\n        id\n        naam\n      }\n      deelnemers {\n        id\n        rol\n        regie\n        partij {\n          id\n          naam\n          soort\n        }\n      }\n      onderdelen {\n        id\n        titel\n        soort\n        status\n        ondertekenaars {\n          id\n          naam\n        }\n        afspraken {\n          id\n        }\n      }\n      jaarschijven {\n        id\n        jaar\n        status\n        toelichting\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Overeenkomsten($filter: OvereenkomstFilter) {\n    overeenkomsten(filter: $filter, take: 100) {\n      total\n      items {\n        id\n        titel\n        startjaar\n        eindjaar\n        status\n        gemeenten {\n          id\n          naam\n        }\n        deelnemers {\n          id\n          rol\n          partij {\n            id\n            naam\n          }\n        }\n        onderdelen {\n          id\n          titel\n          soort\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Overeenkomsten($filter: OvereenkomstFilter) {\n    overeenkomsten(filter: $filter, take: 100) {\n      total\n      items {\n        id\n        titel\n        startjaar\n        eindjaar\n        status\n        gemeenten {\n          id\n          naam\n        }\n        deelnemers {\n          id\n          rol\n          partij {\n            id\n            naam\n          }\n        }\n        onderdelen {\n          id\n          titel\n          soort\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Gemeenten {\n    overeenkomstGemeenten {\n      id\n      naam\n    }\n  }\n',
): (typeof documents)['\n  query Gemeenten {\n    overeenkomstGemeenten {\n      id\n      naam\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartijGegevens($id: ID!) {\n    partij(id: $id) {\n      id\n      statutaireNaam\n      vestigingsplaats\n      kvkNummer\n      vertegenwoordiger\n      vertegenwoordigerFunctie\n    }\n  }\n',
): (typeof documents)['\n  query PartijGegevens($id: ID!) {\n    partij(id: $id) {\n      id\n      statutaireNaam\n      vestigingsplaats\n      kvkNummer\n      vertegenwoordiger\n      vertegenwoordigerFunctie\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WijzigPartijGegevens($input: UpdatePartijInput!) {\n    updatePartij(input: $input) {\n      id\n      statutaireNaam\n      vestigingsplaats\n      kvkNummer\n      vertegenwoordiger\n      vertegenwoordigerFunctie\n    }\n  }\n',
): (typeof documents)['\n  mutation WijzigPartijGegevens($input: UpdatePartijInput!) {\n    updatePartij(input: $input) {\n      id\n      statutaireNaam\n      vestigingsplaats\n      kvkNummer\n      vertegenwoordiger\n      vertegenwoordigerFunctie\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartijLogo($id: ID!) {\n    partij(id: $id) {\n      id\n      logo {\n        dataUrl\n        breedte\n        hoogte\n        sha256\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PartijLogo($id: ID!) {\n    partij(id: $id) {\n      id\n      logo {\n        dataUrl\n        breedte\n        hoogte\n        sha256\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ZetPartijLogo($input: PartijLogoInput!) {\n    zetPartijLogo(input: $input) {\n      sha256\n    }\n  }\n',
): (typeof documents)['\n  mutation ZetPartijLogo($input: PartijLogoInput!) {\n    zetPartijLogo(input: $input) {\n      sha256\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerwijderPartijLogo($input: IdInput!) {\n    verwijderPartijLogo(input: $input)\n  }\n',
): (typeof documents)['\n  mutation VerwijderPartijLogo($input: IdInput!) {\n    verwijderPartijLogo(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicatieStand($overeenkomstId: ID!) {\n    publicatie(overeenkomstId: $overeenkomstId) {\n      id\n      slug\n      pagina\n      json\n      gepubliceerdOp\n      actief\n      ingetrokkenOp\n      intrekReden\n      verouderd\n    }\n    magPubliceren(overeenkomstId: $overeenkomstId) {\n      mag\n      reden\n      code\n    }\n  }\n',
): (typeof documents)['\n  query PublicatieStand($overeenkomstId: ID!) {\n    publicatie(overeenkomstId: $overeenkomstId) {\n      id\n      slug\n      pagina\n      json\n      gepubliceerdOp\n      actief\n      ingetrokkenOp\n      intrekReden\n      verouderd\n    }\n    magPubliceren(overeenkomstId: $overeenkomstId) {\n      mag\n      reden\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PubliceerOvereenkomst($input: PubliceerInput!) {\n    publiceerOvereenkomst(input: $input) {\n      id\n      pagina\n    }\n  }\n',
): (typeof documents)['\n  mutation PubliceerOvereenkomst($input: PubliceerInput!) {\n    publiceerOvereenkomst(input: $input) {\n      id\n      pagina\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TrekPublicatieIn($input: TrekPublicatieInInput!) {\n    trekPublicatieIn(input: $input) {\n      id\n      actief\n    }\n  }\n',
): (typeof documents)['\n  mutation TrekPublicatieIn($input: TrekPublicatieInInput!) {\n    trekPublicatieIn(input: $input) {\n      id\n      actief\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Regio($regio: String, $skip: Int, $take: Int) {\n    regio(regio: $regio, skip: $skip, take: $take) {\n      jaar\n      regio\n      regios\n      totalen {\n        overeenkomsten\n        gemeenten\n        afspraken\n        perStatus {\n          status\n          aantal\n        }\n      }\n      overeenkomsten {\n        id\n        titel\n        startjaar\n        eindjaar\n        status\n        afspraken\n        mijnRollen\n        teLaat\n        gemeenten {\n          id\n          naam\n          regio\n        }\n        jaarschijf {\n          id\n          jaar\n          status\n        }\n        teLaatMijlpalen {\n          jaar\n          soort\n          tot\n        }\n        perType {\n          type\n          aantal\n        }\n        perDomein {\n          domein\n          aantal\n        }\n        zorgpartijen {\n          id\n          naam\n          bijlagen\n        }\n      }\n      gedeeldeIndicatoren {\n        naam\n        eenheid\n        overeenkomsten\n        nulmeting\n        jaren {\n          jaar\n          doelMin\n          doelMax\n          realisatie\n          gemeentenMetRealisatie\n          gemeenten\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Regio($regio: String, $skip: Int, $take: Int) {\n    regio(regio: $regio, skip: $skip, take: $take) {\n      jaar\n      regio\n      regios\n      totalen {\n        overeenkomsten\n        gemeenten\n        afspraken\n        perStatus {\n          status\n          aantal\n        }\n      }\n      overeenkomsten {\n        id\n        titel\n        startjaar\n        eindjaar\n        status\n        afspraken\n        mijnRollen\n        teLaat\n        gemeenten {\n          id\n          naam\n          regio\n        }\n        jaarschijf {\n          id\n          jaar\n          status\n        }\n        teLaatMijlpalen {\n          jaar\n          soort\n          tot\n        }\n        perType {\n          type\n          aantal\n        }\n        perDomein {\n          domein\n          aantal\n        }\n        zorgpartijen {\n          id\n          naam\n          bijlagen\n        }\n      }\n      gedeeldeIndicatoren {\n        naam\n        eenheid\n        overeenkomsten\n        nulmeting\n        jaren {\n          jaar\n          doelMin\n          doelMax\n          realisatie\n          gemeentenMetRealisatie\n          gemeenten\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Accepteer($input: AccepteerUitnodigingInput!) {\n    accepteerUitnodiging(input: $input) {\n      accessToken\n      vernieuwToken\n      verlooptOp\n    }\n  }\n',
): (typeof documents)['\n  mutation Accepteer($input: AccepteerUitnodigingInput!) {\n    accepteerUitnodiging(input: $input) {\n      accessToken\n      vernieuwToken\n      verlooptOp\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Verantwoording($overeenkomstId: ID!, $jaar: Int!) {\n    verantwoording(overeenkomstId: $overeenkomstId, jaar: $jaar) {\n      jaar\n      jaarschijfId\n      gevraagd\n      magVerantwoorden {\n        mag\n        reden\n        code\n      }\n      totaal\n      ingediend\n      ontbrekend\n      realisatiesOntbrekend\n      afspraken {\n        afspraakId\n        nummer\n        titel\n        trekker\n        status\n        toelichting\n        door\n        datum\n        ontbrekendeRealisaties\n        magVerantwoorden {\n          mag\n          reden\n          code\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Verantwoording($overeenkomstId: ID!, $jaar: Int!) {\n    verantwoording(overeenkomstId: $overeenkomstId, jaar: $jaar) {\n      jaar\n      jaarschijfId\n      gevraagd\n      magVerantwoorden {\n        mag\n        reden\n        code\n      }\n      totaal\n      ingediend\n      ontbrekend\n      realisatiesOntbrekend\n      afspraken {\n        afspraakId\n        nummer\n        titel\n        trekker\n        status\n        toelichting\n        door\n        datum\n        ontbrekendeRealisaties\n        magVerantwoorden {\n          mag\n          reden\n          code\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Verantwoord($input: VerantwoordingInput!) {\n    verantwoordAfspraak(input: $input) {\n      jaar\n      ingediend\n      ontbrekend\n    }\n  }\n',
): (typeof documents)['\n  mutation Verantwoord($input: VerantwoordingInput!) {\n    verantwoordAfspraak(input: $input) {\n      jaar\n      ingediend\n      ontbrekend\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BewaarLeden($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation BewaarLeden($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BewaarLocaties($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation BewaarLocaties($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AfspraakDetailsVelden on AfspraakDetails {\n    __typename\n    ... on ProcesDetails {\n      overlegvorm\n      frequentie\n      wanneerJaar\n      wanneerTekst\n      deelnemerIds\n    }\n    ... on BeschrijvendDetails {\n      soort\n      omschrijving\n    }\n    ... on IntentieDetails {\n      voorwaarde\n      gevolg\n    }\n    ... on HandelingDetails {\n      activiteiten {\n        wat\n        wanneer\n        partijIds\n      }\n    }\n    ... on GarantieDetails {\n      wat\n      garantstellerIds\n      toezeggingen {\n        partijId\n        wat\n      }\n      geldigTot\n    }\n    ... on TransactieDetails {\n      posten {\n        partijId\n        levert\n        ontvangt\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AfspraakDetailsVelden on AfspraakDetails {\n    __typename\n    ... on ProcesDetails {\n      overlegvorm\n      frequentie\n      wanneerJaar\n      wanneerTekst\n      deelnemerIds\n    }\n    ... on BeschrijvendDetails {\n      soort\n      omschrijving\n    }\n    ... on IntentieDetails {\n      voorwaarde\n      gevolg\n    }\n    ... on HandelingDetails {\n      activiteiten {\n        wat\n        wanneer\n        partijIds\n      }\n    }\n    ... on GarantieDetails {\n      wat\n      garantstellerIds\n      toezeggingen {\n        partijId\n        wat\n      }\n      geldigTot\n    }\n    ... on TransactieDetails {\n      posten {\n        partijId\n        levert\n        ontvangt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Afspraak($id: ID!, $overeenkomstId: ID!) {\n    afspraak(id: $id) {\n      id\n      nummer\n      titel\n      type\n      typeLabel\n      tekst\n      volwassenheid\n      voorwaarden\n      doelgroepen\n      ...AfspraakNormen\n      updatedAt\n      thema {\n        id\n        naam\n      }\n      trekker {\n        id\n        naam\n      }\n      trekkerGroep\n      trekkerTekst\n      betrokkenen {\n        id\n        rol\n        bijdrage\n        kostenaandeel\n        partij {\n          id\n          naam\n        }\n      }\n      bedragen {\n        centen\n        onbekend\n        samenvatting\n        frequentie\n        jaar\n        totJaar\n        doel\n        gezamenlijk\n        betalers {\n          partij {\n            id\n            naam\n          }\n          centen\n          percentage\n          deel {\n            tekst\n          }\n        }\n        ontvangers {\n          id\n          naam\n        }\n        ontvangerOmschrijving\n        deel {\n          lid\n          activiteit\n          locatieId\n        }\n      }\n      details {\n        ...AfspraakDetailsVelden\n      }\n      leden {\n        letter\n        nummer\n        tekst\n        type\n        typeLabel\n        details {\n          ...AfspraakDetailsVelden\n        }\n      }\n      waarschuwingen {\n        code\n        tekst\n        lid\n      }\n      locaties {\n        id\n        soort\n        naam\n        gemeente {\n          id\n          naam\n        }\n      }\n      overeenkomst {\n        id\n        gemeenten {\n          id\n          naam\n        }\n      }\n      indicatoren {\n        id\n        naam\n        eenheid\n        streefwaarden {\n          ...AfspraakDoel\n        }\n        streefwaardenPerLocatie {\n          ...AfspraakDoel\n        }\n        horizondoelen {\n          ...AfspraakDoel\n        }\n      }\n    }\n    themas(overeenkomstId: $overeenkomstId) {\n      id\n      naam\n      domein {\n        id\n        naam\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Afspraak($id: ID!, $overeenkomstId: ID!) {\n    afspraak(id: $id) {\n      id\n      nummer\n      titel\n      type\n      typeLabel\n      tekst\n      volwassenheid\n      voorwaarden\n      doelgroepen\n      ...AfspraakNormen\n      updatedAt\n      thema {\n        id\n        naam\n      }\n      trekker {\n        id\n        naam\n      }\n      trekkerGroep\n      trekkerTekst\n      betrokkenen {\n        id\n        rol\n        bijdrage\n        kostenaandeel\n        partij {\n          id\n          naam\n        }\n      }\n      bedragen {\n        centen\n        onbekend\n        samenvatting\n        frequentie\n        jaar\n        totJaar\n        doel\n        gezamenlijk\n        betalers {\n          partij {\n            id\n            naam\n          }\n          centen\n          percentage\n          deel {\n            tekst\n          }\n        }\n        ontvangers {\n          id\n          naam\n        }\n        ontvangerOmschrijving\n        deel {\n          lid\n          activiteit\n          locatieId\n        }\n      }\n      details {\n        ...AfspraakDetailsVelden\n      }\n      leden {\n        letter\n        nummer\n        tekst\n        type\n        typeLabel\n        details {\n          ...AfspraakDetailsVelden\n        }\n      }\n      waarschuwingen {\n        code\n        tekst\n        lid\n      }\n      locaties {\n        id\n        soort\n        naam\n        gemeente {\n          id\n          naam\n        }\n      }\n      overeenkomst {\n        id\n        gemeenten {\n          id\n          naam\n        }\n      }\n      indicatoren {\n        id\n        naam\n        eenheid\n        streefwaarden {\n          ...AfspraakDoel\n        }\n        streefwaardenPerLocatie {\n          ...AfspraakDoel\n        }\n        horizondoelen {\n          ...AfspraakDoel\n        }\n      }\n    }\n    themas(overeenkomstId: $overeenkomstId) {\n      id\n      naam\n      domein {\n        id\n        naam\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Opmerkingen($afspraakId: ID!) {\n    opmerkingen(afspraakId: $afspraakId) {\n      id\n      tekst\n      auteur\n      datum\n      opgelost\n      partij {\n        id\n        naam\n      }\n      gerichtAan {\n        id\n        naam\n      }\n      anker {\n        citaat\n        huidigeTekst\n        verloren\n      }\n      reacties {\n        id\n        tekst\n        auteur\n        datum\n        partij {\n          id\n          naam\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Opmerkingen($afspraakId: ID!) {\n    opmerkingen(afspraakId: $afspraakId) {\n      id\n      tekst\n      auteur\n      datum\n      opgelost\n      partij {\n        id\n        naam\n      }\n      gerichtAan {\n        id\n        naam\n      }\n      anker {\n        citaat\n        huidigeTekst\n        verloren\n      }\n      reacties {\n        id\n        tekst\n        auteur\n        datum\n        partij {\n          id\n          naam\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NeemStandpunt($input: StandpuntInput!) {\n    neemStandpunt(input: $input) {\n      id\n      oordeel\n      toelichting\n      verouderd\n    }\n  }\n',
): (typeof documents)['\n  mutation NeemStandpunt($input: StandpuntInput!) {\n    neemStandpunt(input: $input) {\n      id\n      oordeel\n      toelichting\n      verouderd\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlaatsOpmerking($input: PlaatsOpmerkingInput!) {\n    plaatsOpmerking(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PlaatsOpmerking($input: PlaatsOpmerkingInput!) {\n    plaatsOpmerking(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Reageer($input: ReageerInput!) {\n    reageerOpOpmerking(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation Reageer($input: ReageerInput!) {\n    reageerOpOpmerking(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LosOp($input: OpmerkingStatusInput!) {\n    losOpmerkingOp(input: $input) {\n      id\n      opgelost\n    }\n  }\n',
): (typeof documents)['\n  mutation LosOp($input: OpmerkingStatusInput!) {\n    losOpmerkingOp(input: $input) {\n      id\n      opgelost\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Heropen($input: OpmerkingStatusInput!) {\n    heropenOpmerking(input: $input) {\n      id\n      opgelost\n    }\n  }\n',
): (typeof documents)['\n  mutation Heropen($input: OpmerkingStatusInput!) {\n    heropenOpmerking(input: $input) {\n      id\n      opgelost\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DienVoorstelIn($input: WijzigingsvoorstelInput!) {\n    dienVoorstelIn(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation DienVoorstelIn($input: WijzigingsvoorstelInput!) {\n    dienVoorstelIn(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AfspraakDoel on Streefwaarde {\n    id\n    jaar\n    soort\n    waarde\n    min\n    max\n    effect\n    locatie {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment AfspraakDoel on Streefwaarde {\n    id\n    jaar\n    soort\n    waarde\n    min\n    max\n    effect\n    locatie {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NeemStandpunten($input: StandpuntenInput!) {\n    neemStandpunten(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation NeemStandpunten($input: StandpuntenInput!) {\n    neemStandpunten(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BewaarBedragen($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation BewaarBedragen($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ZetEigenDoelgroepen($input: UpdateOvereenkomstInput!) {\n    updateOvereenkomst(input: $input) {\n      id\n      eigenDoelgroepen {\n        id\n        naam\n        omschrijving\n        leeftijdVan\n        leeftijdTot\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ZetEigenDoelgroepen($input: UpdateOvereenkomstInput!) {\n    updateOvereenkomst(input: $input) {\n      id\n      eigenDoelgroepen {\n        id\n        naam\n        omschrijving\n        leeftijdVan\n        leeftijdTot\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegistreerExterneOndertekening($input: ExterneOndertekeningInput!) {\n    registreerExterneOndertekening(input: $input) {\n      datum\n      sha256\n    }\n  }\n',
): (typeof documents)['\n  mutation RegistreerExterneOndertekening($input: ExterneOndertekeningInput!) {\n    registreerExterneOndertekening(input: $input) {\n      datum\n      sha256\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenOnderhandeling($onderdeelId: ID!) {\n    openOnderhandeling(onderdeelId: $onderdeelId) {\n      id\n      fase\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenOnderhandeling($onderdeelId: ID!) {\n    openOnderhandeling(onderdeelId: $onderdeelId) {\n      id\n      fase\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAfspraak($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n      nummer\n      titel\n      type\n      typeLabel\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAfspraak($input: UpdateAfspraakInput!) {\n    updateAfspraak(input: $input) {\n      id\n      nummer\n      titel\n      type\n      typeLabel\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NieuweAfspraakThemas($overeenkomstId: ID!) {\n    themas(overeenkomstId: $overeenkomstId) {\n      id\n      naam\n      domein {\n        id\n        naam\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NieuweAfspraakThemas($overeenkomstId: ID!) {\n    themas(overeenkomstId: $overeenkomstId) {\n      id\n      naam\n      domein {\n        id\n        naam\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NieuweAfspraak($input: CreateAfspraakInput!) {\n    createAfspraak(input: $input) {\n      id\n      nummer\n    }\n  }\n',
): (typeof documents)['\n  mutation NieuweAfspraak($input: CreateAfspraakInput!) {\n    createAfspraak(input: $input) {\n      id\n      nummer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StelNieuweAfspraakVoor($input: WijzigingsvoorstelInput!) {\n    dienVoorstelIn(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation StelNieuweAfspraakVoor($input: WijzigingsvoorstelInput!) {\n    dienVoorstelIn(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AfspraakNormen on Afspraak {\n    voorwaardenMetDeel {\n      tekst\n      deel {\n        lid\n        activiteit\n        locatieId\n      }\n    }\n    normen {\n      onderwerp\n      vergelijking\n      waarde\n      totWaarde\n      waardeTekst\n      eenheid\n      eenheidTekst\n      partijId\n      tekst\n      deel {\n        lid\n        activiteit\n        locatieId\n      }\n    }\n    verwijzingen {\n      soort\n      titel\n      artikel\n      url\n      afspraakId\n      toelichting\n      tekst\n      documentId\n      document {\n        id\n        bestandsnaam\n        grootte\n        downloadUrl\n      }\n    }\n    eigenDoelgroepIds\n    overeenkomst {\n      id\n      documenten {\n        id\n        bestandsnaam\n        grootte\n        downloadUrl\n      }\n      eigenDoelgroepen {\n        id\n        naam\n        omschrijving\n        leeftijdVan\n        leeftijdTot\n      }\n      afspraken {\n        id\n        nummer\n        titel\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AfspraakNormen on Afspraak {\n    voorwaardenMetDeel {\n      tekst\n      deel {\n        lid\n        activiteit\n        locatieId\n      }\n    }\n    normen {\n      onderwerp\n      vergelijking\n      waarde\n      totWaarde\n      waardeTekst\n      eenheid\n      eenheidTekst\n      partijId\n      tekst\n      deel {\n        lid\n        activiteit\n        locatieId\n      }\n    }\n    verwijzingen {\n      soort\n      titel\n      artikel\n      url\n      afspraakId\n      toelichting\n      tekst\n      documentId\n      document {\n        id\n        bestandsnaam\n        grootte\n        downloadUrl\n      }\n    }\n    eigenDoelgroepIds\n    overeenkomst {\n      id\n      documenten {\n        id\n        bestandsnaam\n        grootte\n        downloadUrl\n      }\n      eigenDoelgroepen {\n        id\n        naam\n        omschrijving\n        leeftijdVan\n        leeftijdTot\n      }\n      afspraken {\n        id\n        nummer\n        titel\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OpenBijBevriezen($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      afspraken {\n        id\n        nummer\n        titel\n      }\n      suggesties(status: OPEN) {\n        id\n        afspraakId\n        ingevoegd\n        geschrapt\n        auteur\n        partij {\n          id\n          naam\n        }\n      }\n    }\n    wijzigingsvoorstellen(onderdeelId: $id, status: OPEN) {\n      id\n      afspraakId\n      soort\n      motivering\n      indiener {\n        id\n        naam\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OpenBijBevriezen($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      afspraken {\n        id\n        nummer\n        titel\n      }\n      suggesties(status: OPEN) {\n        id\n        afspraakId\n        ingevoegd\n        geschrapt\n        auteur\n        partij {\n          id\n          naam\n        }\n      }\n    }\n    wijzigingsvoorstellen(onderdeelId: $id, status: OPEN) {\n      id\n      afspraakId\n      soort\n      motivering\n      indiener {\n        id\n        naam\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Standpunten($onderdeelId: ID!) {\n    standpunten(onderdeelId: $onderdeelId) {\n      onderdeelId\n      iedereenAkkoord\n      partijen {\n        id\n        naam\n      }\n      telling {\n        totaal\n        akkoord\n        akkoordMetVoorbehoud\n        nietAkkoord\n        ontbrekend\n        verouderd\n      }\n      rijen {\n        afspraakId\n        nummer\n        titel\n        akkoord\n        openOpmerkingen {\n          id\n          vanPartijId\n          gerichtAanId\n        }\n        cellen {\n          partij {\n            id\n            naam\n          }\n          standpunt {\n            id\n            oordeel\n            toelichting\n            verouderd\n            door\n            datum\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Standpunten($onderdeelId: ID!) {\n    standpunten(onderdeelId: $onderdeelId) {\n      onderdeelId\n      iedereenAkkoord\n      partijen {\n        id\n        naam\n      }\n      telling {\n        totaal\n        akkoord\n        akkoordMetVoorbehoud\n        nietAkkoord\n        ontbrekend\n        verouderd\n      }\n      rijen {\n        afspraakId\n        nummer\n        titel\n        akkoord\n        openOpmerkingen {\n          id\n          vanPartijId\n          gerichtAanId\n        }\n        cellen {\n          partij {\n            id\n            naam\n          }\n          standpunt {\n            id\n            oordeel\n            toelichting\n            verouderd\n            door\n            datum\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NieuweStreefwaarde($input: CreateStreefwaardeInput!) {\n    createStreefwaarde(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation NieuweStreefwaarde($input: CreateStreefwaardeInput!) {\n    createStreefwaarde(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WijzigStreefwaarde($input: UpdateStreefwaardeInput!) {\n    updateStreefwaarde(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation WijzigStreefwaarde($input: UpdateStreefwaardeInput!) {\n    updateStreefwaarde(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OnderdeelSuggesties($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      suggesties(status: OPEN) {\n        id\n        afspraakId\n        auteur\n        auteurId\n        gemaakt\n        partij {\n          id\n          naam\n        }\n        wachtOp {\n          id\n          naam\n        }\n        beoordelingen {\n          beoordeling\n          door\n          reden\n          partij {\n            id\n            naam\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OnderdeelSuggesties($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      suggesties(status: OPEN) {\n        id\n        afspraakId\n        auteur\n        auteurId\n        gemaakt\n        partij {\n          id\n          naam\n        }\n        wachtOp {\n          id\n          naam\n        }\n        beoordelingen {\n          beoordeling\n          door\n          reden\n          partij {\n            id\n            naam\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeoordeelSuggesties($input: BeoordeelSuggestiesInput!) {\n    beoordeelSuggesties(input: $input) {\n      suggesties {\n        id\n        status\n      }\n      vervallenAkkoorden {\n        id\n        naam\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BeoordeelSuggesties($input: BeoordeelSuggestiesInput!) {\n    beoordeelSuggesties(input: $input) {\n      suggesties {\n        id\n        status\n      }\n      vervallenAkkoorden {\n        id\n        naam\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Versies($onderdeelId: ID!) {\n    versies(onderdeelId: $onderdeelId) {\n      id\n      nummer\n      status\n      addendum\n      hash\n      bevrorenDoor\n      bevrorenOp\n      afgerondOp\n      overrideReden\n      ondertekeningen {\n        naam\n        functie\n        besluit\n        reden\n        tijd\n        partij {\n          id\n          naam\n        }\n      }\n      ontbrekend {\n        id\n        naam\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Versies($onderdeelId: ID!) {\n    versies(onderdeelId: $onderdeelId) {\n      id\n      nummer\n      status\n      addendum\n      hash\n      bevrorenDoor\n      bevrorenOp\n      afgerondOp\n      overrideReden\n      ondertekeningen {\n        naam\n        functie\n        besluit\n        reden\n        tijd\n        partij {\n          id\n          naam\n        }\n      }\n      ontbrekend {\n        id\n        naam\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Bevries($input: BevriesInput!) {\n    bevriesOnderdeel(input: $input) {\n      id\n      nummer\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation Bevries($input: BevriesInput!) {\n    bevriesOnderdeel(input: $input) {\n      id\n      nummer\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Onderteken($input: OndertekenInput!) {\n    onderteken(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation Onderteken($input: OndertekenInput!) {\n    onderteken(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Weiger($input: WeigerOndertekeningInput!) {\n    weigerOndertekening(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation Weiger($input: WeigerOndertekeningInput!) {\n    weigerOndertekening(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HerstelVersie($input: IdInput!) {\n    herstelVersie(input: $input)\n  }\n',
): (typeof documents)['\n  mutation HerstelVersie($input: IdInput!) {\n    herstelVersie(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Addendum($input: AddendumInput!) {\n    startAddendum(input: $input)\n  }\n',
): (typeof documents)['\n  mutation Addendum($input: AddendumInput!) {\n    startAddendum(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Vergelijk($onderdeelId: ID!, $van: ID!, $naar: ID) {\n    vergelijkVersies(onderdeelId: $onderdeelId, van: $van, naar: $naar) {\n      van\n      naar\n      afspraken {\n        afspraakId\n        nummer\n        titel\n        wijziging\n        velden\n        verschil {\n          soort\n          tekst\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Vergelijk($onderdeelId: ID!, $van: ID!, $naar: ID) {\n    vergelijkVersies(onderdeelId: $onderdeelId, van: $van, naar: $naar) {\n      van\n      naar\n      afspraken {\n        afspraakId\n        nummer\n        titel\n        wijziging\n        velden\n        verschil {\n          soort\n          tekst\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UploadDocument($input: UploadDocumentInput!) {\n    uploadDocument(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UploadDocument($input: UploadDocumentInput!) {\n    uploadDocument(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Voorstellen($onderdeelId: ID!) {\n    wijzigingsvoorstellen(onderdeelId: $onderdeelId) {\n      id\n      soort\n      status\n      afspraakId\n      motivering\n      door\n      datum\n      basisTitel\n      nieuweTekst\n      nieuweAfspraak\n      indiener {\n        id\n        naam\n      }\n      verschil {\n        soort\n        tekst\n      }\n      wachtOp {\n        id\n        naam\n      }\n      beoordelingen {\n        beoordeling\n        reden\n        door\n        partij {\n          id\n          naam\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Voorstellen($onderdeelId: ID!) {\n    wijzigingsvoorstellen(onderdeelId: $onderdeelId) {\n      id\n      soort\n      status\n      afspraakId\n      motivering\n      door\n      datum\n      basisTitel\n      nieuweTekst\n      nieuweAfspraak\n      indiener {\n        id\n        naam\n      }\n      verschil {\n        soort\n        tekst\n      }\n      wachtOp {\n        id\n        naam\n      }\n      beoordelingen {\n        beoordeling\n        reden\n        door\n        partij {\n          id\n          naam\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Beoordeel($input: BeoordeelVoorstelInput!) {\n    beoordeelVoorstel(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation Beoordeel($input: BeoordeelVoorstelInput!) {\n    beoordeelVoorstel(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TrekIn($input: IdInput!) {\n    trekVoorstelIn(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation TrekIn($input: IdInput!) {\n    trekVoorstelIn(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OnderdeelWaarschuwingen($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      afspraken {\n        id\n        nummer\n        titel\n        waarschuwingen {\n          code\n          tekst\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OnderdeelWaarschuwingen($id: ID!) {\n    onderdeel(id: $id) {\n      id\n      afspraken {\n        id\n        nummer\n        titel\n        waarschuwingen {\n          code\n          tekst\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OnderdeelOpmerkingen($onderdeelId: ID!) {\n    onderdeelOpmerkingen(onderdeelId: $onderdeelId, alleenOpen: true) {\n      id\n      afspraakId\n      tekst\n      auteur\n      partij {\n        id\n        naam\n      }\n      gerichtAan {\n        id\n        naam\n      }\n      anker {\n        start\n        eind\n      }\n      reacties {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OnderdeelOpmerkingen($onderdeelId: ID!) {\n    onderdeelOpmerkingen(onderdeelId: $onderdeelId, alleenOpen: true) {\n      id\n      afspraakId\n      tekst\n      auteur\n      partij {\n        id\n        naam\n      }\n      gerichtAan {\n        id\n        naam\n      }\n      anker {\n        start\n        eind\n      }\n      reacties {\n        id\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
