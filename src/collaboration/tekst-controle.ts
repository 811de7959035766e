import { AppError, ErrorCode } from '../common/app-error';
import { heeftStuurteken } from '../common/stuurtekens';

/**
 * Refuses text the co-editor would not accept from a client. Services call it with the rest of
 * their validation, before they write anything, so a refusal leaves no trace.
 */
export function controleerTekst(tekst: string | null | undefined, veld: string): void {
  if (tekst != null && heeftStuurteken(tekst)) {
    throw new AppError(
      ErrorCode.VALIDATIE_FOUT,
      'De tekst bevat een stuurteken (zoals NUL); alleen tab en nieuwe regel zijn toegestaan',
      veld,
    );
  }
}
