/**
 * The overeenkomst's status as people read it, one word per stage of its life. The server
 * derives it (src/overeenkomsten/overeenkomst-status.ts); the web client, the regional view and
 * the Word cover all show these same words.
 */
export const OVEREENKOMST_STATUS_TEKST = {
  CONCEPT: 'Concept',
  IN_ONDERHANDELING: 'In onderhandeling',
  TER_ONDERTEKENING: 'Ter ondertekening',
  ONDERTEKEND: 'Ondertekend',
  LOPEND: 'Lopend',
  IN_EVALUATIE: 'In evaluatie',
  AFGELOPEN: 'Afgelopen',
  BEEINDIGD: 'Beëindigd',
} as const;

export type OvereenkomstStatusCode = keyof typeof OVEREENKOMST_STATUS_TEKST;
