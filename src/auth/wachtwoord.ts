import { hash, verify, argon2id } from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes), the OWASP recommendation. */
export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return hash(wachtwoord, { type: argon2id });
}

export async function controleerWachtwoord(
  hashValue: string,
  wachtwoord: string,
): Promise<boolean> {
  try {
    return await verify(hashValue, wachtwoord);
  } catch {
    return false;
  }
}

/** Verifying against this when the account does not exist keeps the answer time the same. */
export const ONBEKEND_ACCOUNT_HASH =
  '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$0Wwq2dKkqYkI1r1XkOcnM8Ey1E0NnQ6gJZ9c8QW3fHg';
