import { GraphQLError } from 'graphql';

/**
 * Stable, machine-readable error codes. Clients switch on these; the Dutch message is for people.
 */
export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  VALIDATIE_FOUT = 'VALIDATIE_FOUT',
  GARANTSTELLER_ONTBREEKT = 'GARANTSTELLER_ONTBREEKT',
  TRANSACTIE_TE_WEINIG_PARTIJEN = 'TRANSACTIE_TE_WEINIG_PARTIJEN',
  DETAILS_PASSEN_NIET_BIJ_TYPE = 'DETAILS_PASSEN_NIET_BIJ_TYPE',
  BANDBREEDTE_ONGELDIG = 'BANDBREEDTE_ONGELDIG',
  JAAR_BUITEN_PERIODE = 'JAAR_BUITEN_PERIODE',
  PERIODE_ONGELDIG = 'PERIODE_ONGELDIG',
  GEEN_DEELNEMER = 'GEEN_DEELNEMER',
  DRIEHOEK_ONVOLLEDIG = 'DRIEHOEK_ONVOLLEDIG',
  VERKEERDE_PARTIJSOORT = 'VERKEERDE_PARTIJSOORT',
  AL_AANWEZIG = 'AL_AANWEZIG',
  IN_GEBRUIK = 'IN_GEBRUIK',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  LOGIN_GEBLOKKEERD = 'LOGIN_GEBLOKKEERD',
  UITNODIGING_ONGELDIG = 'UITNODIGING_ONGELDIG',
  TE_ZWARE_AANVRAAG = 'TE_ZWARE_AANVRAAG',
  WACHTWOORD_ONJUIST = 'WACHTWOORD_ONJUIST',
  ONDERDEEL_BEVROREN = 'ONDERDEEL_BEVROREN',
  NIET_IEDEREEN_AKKOORD = 'NIET_IEDEREEN_AKKOORD',
  VOORSTEL_AFGESLOTEN = 'VOORSTEL_AFGESLOTEN',
  VERSIE_NIET_TER_ONDERTEKENING = 'VERSIE_NIET_TER_ONDERTEKENING',
  AL_ONDERTEKEND = 'AL_ONDERTEKEND',
  STATUS_ONJUIST = 'STATUS_ONJUIST',
  SJABLOON_ONGELDIG = 'SJABLOON_ONGELDIG',
  TE_VROEG = 'TE_VROEG',
  EVALUATIE_ONVOLLEDIG = 'EVALUATIE_ONVOLLEDIG',
  BOD_AL_INGEDIEND = 'BOD_AL_INGEDIEND',
  /** The split of an amount over its payers contradicts the amount (sum, kind, twice). */
  BEDRAG_VERDELING_ONJUIST = 'BEDRAG_VERDELING_ONJUIST',
  /** An uploaded file is not what it must be (a PDF, not empty, not too large). */
  BESTAND_ONGELDIG = 'BESTAND_ONGELDIG',
  /** A date that has not come yet where only a past one makes sense (a signing). */
  DATUM_IN_DE_TOEKOMST = 'DATUM_IN_DE_TOEKOMST',
  /** A partij that must sign is not named among the signatories. */
  ONDERTEKENAAR_ONTBREEKT = 'ONDERTEKENAAR_ONTBREEKT',
  /** Freezing while wijzigingsvoorstellen or suggestions are still open (the message names them). */
  OPEN_VOORSTELLEN = 'OPEN_VOORSTELLEN',
  /** A direct change of an afspraak's text while the negotiation is open (only suggestions). */
  TEKST_VIA_SUGGESTIES = 'TEKST_VIA_SUGGESTIES',
  /** No PDF converter here: neither GOTENBERG_URL nor LibreOffice (soffice). */
  PDF_NIET_BESCHIKBAAR = 'PDF_NIET_BESCHIKBAAR',
  /** The converter is there but did not make the PDF (failed or took too long). */
  PDF_MISLUKT = 'PDF_MISLUKT',
  /** Publishing (Woo) before every onderdeel has a signed version (the message names them). */
  NIET_ONDERTEKEND = 'NIET_ONDERTEKEND',
  /** Publishing again while the publication already shows the latest signed versions. */
  AL_GEPUBLICEERD = 'AL_GEPUBLICEERD',
  /** Withdrawing a publication that is not (or no longer) public. */
  NIET_GEPUBLICEERD = 'NIET_GEPUBLICEERD',
  /** A PDF to import holds no text layer (a scan): there is nothing to read without OCR. */
  GEEN_TEKSTLAAG = 'GEEN_TEKSTLAAG',
  INTERNAL = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly veld?: string,
  ) {
    super(message, { extensions: { code, ...(veld ? { veld } : {}) } });
    this.name = 'AppError';
  }
}

export function notFound(what: string, id: string): AppError {
  return new AppError(
    ErrorCode.NOT_FOUND,
    `${what} met id ${id} bestaat niet of is niet zichtbaar`,
    'id',
  );
}

export function invalid(veld: string, message: string, code = ErrorCode.VALIDATIE_FOUT): AppError {
  return new AppError(code, message, veld);
}

export function forbidden(message: string): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message);
}

/**
 * Runs `stap`, whose refusals name fields of its own input ("input.jaar"), and names them inside
 * the list item `plaats` of the caller's input instead (e.g. "input.afspraken.2.jaar").
 */
export async function binnen<T>(plaats: string, stap: () => Promise<T>): Promise<T> {
  try {
    return await stap();
  } catch (error) {
    if (error instanceof AppError && typeof error.extensions.veld === 'string')
      error.extensions.veld = error.extensions.veld.replace(/^input/, plaats);
    throw error;
  }
}
