import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { KeuzeVeld } from './Velden';
import { BevestigKnoppen } from './BevestigKnoppen';
import { Dialoog, Fout } from './ui';
import type { Lidmaatschap } from '../lib/ik';
import { UploadFout, uploadMetVoortgang } from '../lib/upload';

type Stap = 'kiezen' | 'uploaden' | 'lezen';

/** What the server allows: 20 MB (IMPORT_LIMIETEN), checked here first to spare the upload. */
const MAX_BYTES = 20 * 1024 * 1024;
const TOEGESTAAN = /\.(docx|odt|pdf)$/i;

/**
 * "Akkoord importeren" (issue 20): a gemeente opsteller uploads its current agreement (Word or a
 * PDF with text); the server reads it into a proposal, and the review screen opens. Nothing is
 * created before the review is confirmed.
 */
export function AkkoordImporteren({ gemeenten }: { gemeenten: Lidmaatschap['partij'][] }) {
  const [open, zetOpen] = useState(false);
  return (
    <>
      <button type="button" className="knop-secundair" onClick={() => zetOpen(true)}>
        Akkoord importeren
      </button>
      <Dialoog open={open} titel="Bestaand akkoord importeren" onSluit={() => zetOpen(false)}>
        <UploadStap gemeenten={gemeenten} onAnnuleer={() => zetOpen(false)} />
      </Dialoog>
    </>
  );
}

function UploadStap({
  gemeenten,
  onAnnuleer,
}: {
  gemeenten: Lidmaatschap['partij'][];
  onAnnuleer: () => void;
}) {
  const navigate = useNavigate();
  const [bestand, zetBestand] = useState<File | null>(null);
  const [gemeenteId, zetGemeenteId] = useState(gemeenten.length === 1 ? gemeenten[0]!.id : '');
  const [stap, zetStap] = useState<Stap>('kiezen');
  const [voortgang, zetVoortgang] = useState(0);
  const [fout, zetFout] = useState<{ tekst: string; veld?: string } | null>(null);
  const afbreken = useRef<AbortController | null>(null);
  const invoer = useRef<HTMLInputElement>(null);
  // Closing the dialog while uploading stops the upload.
  useEffect(() => () => afbreken.current?.abort(), []);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    zetFout(null);
    if (!bestand) {
      zetFout({
        tekst: 'Kies een Word-bestand (.docx), een OpenDocument-bestand (.odt) of een PDF.',
        veld: 'bestand',
      });
      invoer.current?.focus();
      return;
    }
    if (!TOEGESTAAN.test(bestand.name)) {
      zetFout({
        tekst:
          'Kies een Word-bestand (.docx), een OpenDocument-bestand (.odt) of een PDF; andere bestanden kunnen niet worden gelezen.',
        veld: 'bestand',
      });
      invoer.current?.focus();
      return;
    }
    if (bestand.size > MAX_BYTES) {
      zetFout({ tekst: 'Het bestand is groter dan 20 MB.', veld: 'bestand' });
      invoer.current?.focus();
      return;
    }
    if (gemeenten.length > 1 && !gemeenteId) {
      zetFout({ tekst: 'Kies voor welke gemeente u het akkoord importeert.', veld: 'gemeenteId' });
      return;
    }
    const form = new FormData();
    form.append('bestand', bestand, bestand.name);
    if (gemeenten.length > 1) form.append('gemeenteId', gemeenteId);
    afbreken.current = new AbortController();
    zetVoortgang(0);
    zetStap('uploaden');
    try {
      const voorstel = await uploadMetVoortgang<{ id: string }>(
        '/import/overeenkomsten',
        form,
        zetVoortgang,
        () => zetStap('lezen'),
        afbreken.current.signal,
      );
      void navigate(`/importeren/${voorstel.id}`);
    } catch (f) {
      if (f instanceof UploadFout && f.code === 'AFGEBROKEN') return;
      zetStap('kiezen');
      zetFout({
        tekst: f instanceof Error ? f.message : String(f),
        veld: f instanceof UploadFout ? f.veld : undefined,
      });
      invoer.current?.focus();
    }
  };

  const bezig = stap !== 'kiezen';
  const gemeenteFout = fout?.veld === 'gemeenteId';
  return (
    <form className="import-upload" onSubmit={(e) => void verstuur(e)} noValidate>
      <p>
        Upload de prestatieafspraken die u nu heeft. Driehoek leest de partijen, de overwegingen, de
        hoofdstukken en de afspraken eruit en stelt per afspraak een type voor. U controleert alles
        voordat er iets wordt aangemaakt.
      </p>
      {gemeenten.length > 1 && (
        <KeuzeVeld
          id="import-gemeente"
          label="Voor gemeente"
          waarde={gemeenteId}
          onKies={zetGemeenteId}
          leeg="Kies een gemeente"
          opties={gemeenten.map((g) => ({ waarde: g.id, label: g.naam }))}
          disabled={bezig}
          aria-invalid={gemeenteFout || undefined}
          aria-describedby={gemeenteFout ? 'import-fout' : undefined}
        >
          {gemeenteFout && <Fout fout={fout.tekst} id="import-fout" />}
        </KeuzeVeld>
      )}
      <div className="veld">
        <label htmlFor="import-bestand">
          Bestand (Word .docx, OpenDocument .odt of PDF met tekst)
        </label>
        <input
          ref={invoer}
          id="import-bestand"
          type="file"
          accept=".docx,.odt,.pdf,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          disabled={bezig}
          aria-invalid={(fout && !gemeenteFout) || undefined}
          aria-describedby={`import-bestand-uitleg${fout && !gemeenteFout ? ' import-fout' : ''}`}
          onChange={(e) => {
            zetFout(null);
            zetBestand(e.target.files?.[0] ?? null);
          }}
        />
        <span className="klein" id="import-bestand-uitleg">
          Hoogstens 20 MB en 150 pagina’s. Een gescande PDF (alleen afbeeldingen) kan niet worden
          gelezen.
        </span>
        {fout && !gemeenteFout && <Fout fout={fout.tekst} id="import-fout" />}
      </div>
      {bezig && (
        <div className="import-voortgang">
          <label htmlFor="import-voortgang">
            {stap === 'uploaden' ? `Uploaden… ${Math.round(voortgang * 100)}%` : 'Bezig met lezen…'}
          </label>
          {stap === 'uploaden' ? (
            <progress id="import-voortgang" max={100} value={Math.round(voortgang * 100)} />
          ) : (
            // Reading takes as long as the server needs: no percentage to show.
            <progress id="import-voortgang" />
          )}
        </div>
      )}
      {/* The steps, not every percent, are said by a screen reader. */}
      <p className="sr-only" role="status">
        {stap === 'uploaden'
          ? 'Bezig met uploaden.'
          : stap === 'lezen'
            ? 'Geüpload. Bezig met lezen…'
            : ''}
      </p>
      <BevestigKnoppen
        tekst={stap === 'kiezen' ? 'Uploaden en lezen' : 'Bezig…'}
        bezig={bezig}
        onAnnuleer={() => {
          afbreken.current?.abort();
          onAnnuleer();
        }}
      />
    </form>
  );
}
