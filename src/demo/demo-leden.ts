import { AfspraakType } from '../overeenkomsten/afspraak-type';
import type { DemoLid } from './demo-types';

/*
 * Leden (a, b, c) of demo afspraken that are composite in the agreements they are taken from,
 * by afspraak key. Kept apart from demo-data.ts so the afspraken themselves read as before.
 */
export const DEMO_LEDEN: Record<string, DemoLid[]> = {
  // Seed 000 ("Behoefte aan nultreden/levensloopbestendige woningen: nieuwbouw nultredenwoningen
  // … monitoring lokale vraag en aanbod") and the issue's own example of a composite afspraak.
  'nieuwbouw-nultreden': [
    {
      tekst: 'Alle nieuwbouw voor senioren is minimaal nultreden',
      type: AfspraakType.HANDELING,
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Nultreden opnemen in het programma van eisen',
              partijen: ['corpA', 'corpB'],
              wanneer: '2026',
            },
          ],
        },
      },
    },
    {
      tekst:
        'Over de bestaande voorraad maken partijen in 2027 nieuwe afspraken, op basis van de monitor van lokale vraag en aanbod',
      type: AfspraakType.PROCES,
      details: {
        proces: {
          overlegvorm: 'Monitoring lokale vraag en aanbod, daarna nieuwe afspraken',
          frequentie: '',
          wanneerJaar: 2027,
          deelnemers: ['gemeente', 'corpA', 'corpB', 'huurdersA'],
        },
      },
    },
  ],
  // Seed 002 (Hoeksche Waard): precies benoemde maatregelen om seniorencomplexen op te plussen, en
  // "dat HW Wonen de kosten draagt voor rollatorgeschikt maken en eventuele aanpassingen aan keuken
  // en badkamer": one partij bearing the costs, a transactie with one post.
  opplussen: [
    {
      tekst:
        'Automatische deuropeners, drempelverlagingen, postzakken aan de voordeur en rookmelders',
      type: AfspraakType.HANDELING,
      details: { handeling: { activiteiten: [] } },
    },
    {
      tekst:
        'De corporatie draagt de kosten van rollatorgeschikt maken en van aanpassingen aan keuken en badkamer bij de complexgewijze aanpak',
      type: AfspraakType.TRANSACTIE,
      details: {
        transactie: {
          posten: [
            {
              partij: 'corpA',
              levert: 'De kosten van rollatorgeschikt maken en aanpassingen aan keuken en badkamer',
              ontvangt: '',
            },
          ],
        },
      },
    },
  ],
  // Zandmeer: the corporatie's adaptations (a) and the gemeente's advice (b), which it pays.
  'zandmeer-aanpassingen': [
    {
      tekst: 'Woonstichting Zandmeer past op aanvraag woningen van oudere huurders aan',
      type: AfspraakType.HANDELING,
      details: {
        handeling: {
          activiteiten: [
            {
              wat: 'Woningen op aanvraag aanpassen',
              partijen: ['corporatie'],
              wanneer: 'doorlopend',
            },
          ],
        },
      },
    },
    {
      tekst: 'De gemeente laat huurders adviseren door een ergotherapeut',
      type: AfspraakType.HANDELING,
      details: {
        handeling: {
          activiteiten: [
            { wat: 'Advies door een ergotherapeut', partijen: ['gemeente'], wanneer: 'doorlopend' },
          ],
        },
      },
    },
  ],
};
