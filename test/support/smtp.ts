import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface OntvangenMail {
  aan: string;
  onderwerp: string;
  tekst: string;
  html: string;
  afmelden: string | null;
}

export interface TestSmtp {
  url: string;
  mails: OntvangenMail[];
  aan(email: string): OntvangenMail[];
  /** Resolves once `voorwaarde` holds for the mails received, polling what arrived. */
  wachtTot(voorwaarde: (mails: OntvangenMail[]) => boolean, ms?: number): Promise<void>;
  stop(): Promise<void>;
}

function lijstAfmelden(mail: ParsedMail): string | null {
  const lijst = mail.headers.get('list') as { unsubscribe?: { url?: string } } | undefined;
  return lijst?.unsubscribe?.url ?? null;
}

/** A real SMTP server on a free port that keeps every message it receives, parsed. */
export async function startSmtp(): Promise<TestSmtp> {
  const mails: OntvangenMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on the loopback: no certificate to trust.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, klaar) {
      simpleParser(stream)
        .then((mail) => {
          const aan = Array.isArray(mail.to) ? mail.to[0] : mail.to;
          mails.push({
            aan: aan?.value[0]?.address ?? '',
            onderwerp: mail.subject ?? '',
            tekst: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            afmelden: lijstAfmelden(mail),
          });
          klaar();
        })
        .catch((fout: Error) => klaar(fout));
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    aan: (email) => mails.filter((m) => m.aan === email),
    async wachtTot(voorwaarde, ms = 20_000) {
      const tot = Date.now() + ms;
      while (!voorwaarde(mails)) {
        if (Date.now() > tot)
          throw new Error(`Mails niet zoals verwacht: ${JSON.stringify(mails, null, 2)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
