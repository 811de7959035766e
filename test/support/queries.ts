/** The details of every afspraak type, as the client reads them. */
export const AFSPRAAK_DETAILS = /* GraphQL */ `
  details {
    __typename
    ... on ProcesDetails {
      overlegvorm
      frequentie
      deelnemers {
        id
        naam
      }
    }
    ... on BeschrijvendDetails {
      soort
      omschrijving
    }
    ... on IntentieDetails {
      voorwaarde
      gevolg
    }
    ... on HandelingDetails {
      activiteiten {
        wat
        wanneer
        partijen {
          id
          naam
        }
      }
    }
    ... on GarantieDetails {
      wat
      geldigTot
      garantstellers {
        id
        naam
      }
    }
    ... on TransactieDetails {
      posten {
        levert
        ontvangt
        partij {
          id
          naam
        }
      }
    }
  }
`;

/** The query a screen showing a whole agreement sends: everything nested, in one request. */
export const FULL_OVEREENKOMST = /* GraphQL */ `
  query Volledig($id: ID!) {
    overeenkomst(id: $id) {
      id
      titel
      startjaar
      eindjaar
      status
      preambule
      referenties {
        soort
        titel
        url
      }
      gemeenten {
        id
        naam
      }
      deelnemers {
        id
        rol
        regie
        partij {
          id
          naam
          soort
        }
      }
      jaarschijven {
        id
        jaar
        status
        toelichting
      }
      themas {
        id
        naam
        domein {
          id
          naam
        }
      }
      onderdelen {
        id
        soort
        titel
        volgorde
        status
        ondertekenaars {
          id
          naam
          soort
        }
        afspraken {
          id
          nummer
          titel
          type
          typeLabel
          tekst
          volwassenheid
          voorwaarden
          doelgroepen
          thema {
            id
            naam
            domein {
              id
              naam
            }
          }
          trekker {
            id
            naam
          }
          betrokkenen {
            id
            bijdrage
            kostenaandeel
            partij {
              id
              naam
            }
          }
          jaarschijven {
            id
            concretisering
            jaarschijf {
              id
              jaar
            }
          }
          indicatoren {
            id
            naam
          }
          ${AFSPRAAK_DETAILS}
        }
      }
      indicatoren {
        id
        naam
        eenheid
        definitie
        definitieBron
        nulmetingWaarde
        nulmetingJaar
        afspraken {
          id
          nummer
        }
        streefwaarden {
          id
          jaar
          soort
          waarde
          min
          max
          effect
        }
        realisaties {
          id
          jaar
          waarde
          bron
          toelichting
        }
      }
    }
  }
`;
