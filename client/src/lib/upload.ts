import { geldigToken } from './sessie';

/** A refusal of an upload as the server words it: a Dutch message and the field it is about. */
export class UploadFout extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly veld?: string,
  ) {
    super(message);
  }
}

/**
 * POSTs a multipart form with the session's token and reports how far the upload is (0–1):
 * XMLHttpRequest, as fetch tells nothing of the bytes sent. Resolves with the JSON answer;
 * rejects with an UploadFout carrying the server's Dutch message.
 */
export async function uploadMetVoortgang<T>(
  url: string,
  form: FormData,
  opVoortgang: (deel: number) => void,
  opVerzonden: () => void,
  signaal?: AbortSignal,
): Promise<T> {
  const token = await geldigToken();
  return new Promise<T>((klaar, mislukt) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) opVoortgang(e.loaded / e.total);
    };
    xhr.upload.onload = () => {
      opVoortgang(1);
      opVerzonden();
    };
    xhr.onerror = () =>
      mislukt(
        new UploadFout(
          'Geen verbinding met de server. Controleer uw netwerk en probeer het opnieuw.',
        ),
      );
    xhr.onload = () => {
      let antwoord: unknown = null;
      try {
        antwoord = JSON.parse(xhr.responseText);
      } catch {
        // no JSON: handled below
      }
      if (xhr.status >= 200 && xhr.status < 300 && antwoord) return klaar(antwoord as T);
      const fout = (antwoord ?? {}) as { message?: unknown; code?: unknown; veld?: unknown };
      const tekst =
        typeof fout.message === 'string' && xhr.status < 500
          ? fout.message
          : 'Er ging iets mis op de server. Probeer het later opnieuw.';
      mislukt(
        new UploadFout(
          tekst,
          typeof fout.code === 'string' ? fout.code : undefined,
          typeof fout.veld === 'string' ? fout.veld : undefined,
        ),
      );
    };
    xhr.onabort = () => mislukt(new UploadFout('Het uploaden is afgebroken.', 'AFGEBROKEN'));
    signaal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
