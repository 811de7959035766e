import mammoth from 'mammoth';
import { Parser } from 'htmlparser2';
import { AppError, ErrorCode } from '../common/app-error';
import { type Blok, schoon } from './blok';

/**
 * A Word document's blocks, through mammoth's HTML: headings by their Word style, list items
 * with the number Word shows for them (mammoth gives the list, not the number), tables by row.
 */
export async function wordBlokken(data: Buffer): Promise<Blok[]> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: data })).value;
  } catch {
    throw new AppError(
      ErrorCode.BESTAND_ONGELDIG,
      'Dit Word-bestand kon niet worden gelezen; sla het opnieuw op als .docx',
      'bestand',
    );
  }
  return htmlBlokken(html);
}

interface Lijst {
  geordend: boolean;
  teller: number;
}

export function htmlBlokken(html: string): Blok[] {
  const blokken: Blok[] = [];
  const lijsten: Lijst[] = [];
  let tekst: string | null = null;
  let kopNiveau = 0;
  let tabel: string[][] | null = null;
  let cel: string | null = null;

  /** A list item's own text ends at its end, or where a list nested in it begins. */
  const sluitItem = () => {
    if (tekst !== null && schoon(tekst)) {
      const nummer = lijsten.every((l) => l.geordend)
        ? `${lijsten.map((l) => l.teller).join('.')}.`
        : '•';
      blokken.push({ soort: 'lijstitem', tekst: schoon(tekst), nummer, niveau: lijsten.length });
    }
    tekst = null;
  };

  const parser = new Parser(
    {
      onopentag(naam) {
        if (/^h[1-6]$/.test(naam)) {
          kopNiveau = Number(naam[1]);
          tekst = '';
        } else if (naam === 'ol' || naam === 'ul') {
          sluitItem();
          lijsten.push({ geordend: naam === 'ol', teller: 0 });
        } else if (naam === 'li') {
          const lijst = lijsten.at(-1);
          if (lijst) lijst.teller++;
          tekst = '';
        } else if (naam === 'table') tabel = [];
        else if (naam === 'tr') tabel?.push([]);
        else if (naam === 'td' || naam === 'th') cel = '';
        else if (naam === 'p' && cel === null && tekst === null) tekst = '';
        else if (naam === 'br' && tekst !== null) tekst += ' ';
      },
      ontext(stukje) {
        if (cel !== null) cel += ` ${stukje}`;
        else if (tekst !== null) tekst += stukje;
      },
      onclosetag(naam) {
        if (/^h[1-6]$/.test(naam) && tekst !== null) {
          if (schoon(tekst))
            blokken.push({ soort: 'kop', tekst: schoon(tekst), niveau: kopNiveau });
          tekst = null;
        } else if (naam === 'p' && cel === null && tekst !== null && lijsten.length === 0) {
          if (schoon(tekst)) blokken.push({ soort: 'alinea', tekst: schoon(tekst) });
          tekst = null;
        } else if (naam === 'li') sluitItem();
        else if (naam === 'ol' || naam === 'ul') lijsten.pop();
        else if ((naam === 'td' || naam === 'th') && cel !== null) {
          tabel?.at(-1)?.push(schoon(cel));
          cel = null;
        } else if (naam === 'table' && tabel) {
          blokken.push({ soort: 'tabel', rijen: tabel.filter((r) => r.length > 0) });
          tabel = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return blokken;
}
