import { useEffect, useState } from 'react';
import './publicatie.css';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type {
  PubliekeAfspraak,
  PubliekeIndicator,
  PubliekeOvereenkomst,
  PubliekeStreefwaarde,
  PublicatieLijst,
} from '@gedeeld/publicatie';
import { Merk } from '../components/Merk';
import { Fout, Laden, Leeg } from '../components/ui';
import { DOELGROEP, TYPE_LABEL, datum, getal, opsomming } from '../lib/labels';

/*
 * The public side of a Woo publication, for anyone without logging in: one published agreement
 * (/publicatie/<slug>) and the list of publications (/publicaties, per gemeente with
 * ?gemeente=). Both read the same public JSON that a portal harvests, so the page shows nothing
 * the data does not.
 */

type Stand<T> = { soort: 'laden' } | { soort: 'fout'; tekst: string } | { soort: 'klaar'; data: T };

function useJson<T>(pad: string | null): Stand<T> {
  const [stand, zetStand] = useState<Stand<T>>({ soort: 'laden' });
  useEffect(() => {
    if (!pad) return;
    let actueel = true;
    zetStand({ soort: 'laden' });
    fetch(pad, { headers: { accept: 'application/json' } })
      .then(async (res) => {
        if (res.status === 404) throw new Error('Deze publicatie bestaat niet of is ingetrokken.');
        if (!res.ok) throw new Error('De publicatie kon niet worden geladen; probeer het later.');
        return (await res.json()) as T;
      })
      .then(
        (data) => actueel && zetStand({ soort: 'klaar', data }),
        (fout: Error) => actueel && zetStand({ soort: 'fout', tekst: fout.message }),
      );
    return () => {
      actueel = false;
    };
  }, [pad]);
  return stand;
}

/** The frame of a public page: its own header and footer, no menu of the logged-in app. */
function PubliekKader({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a href="#inhoud" className="overslaan">
        Naar de inhoud
      </a>
      <header className="kop">
        <Merk naar="/publicaties" />
        <span>Openbare prestatieafspraken (Woo)</span>
      </header>
      <main id="inhoud" tabIndex={-1} className="pagina publicatie">
        {children}
      </main>
      <footer className="voet">
        <Link to="/toegankelijkheid">Toegankelijkheidsverklaring</Link>
      </footer>
    </>
  );
}

export function PublicatiePagina() {
  const { slug = '' } = useParams();
  const stand = useJson<PubliekeOvereenkomst>(`/publicatie/${encodeURIComponent(slug)}.json`);
  const titel = stand.soort === 'klaar' ? stand.data.titel : 'Publicatie';
  useEffect(() => {
    document.title = `${titel} – Driehoek`;
  }, [titel]);
  return (
    <PubliekKader>
      <p className="kruimelpad">
        <Link to="/publicaties">Alle publicaties</Link>
      </p>
      {stand.soort === 'laden' && <Laden tekst="Publicatie laden…" />}
      {stand.soort === 'fout' && (
        <>
          <h1>Publicatie niet gevonden</h1>
          <Fout fout={stand.tekst} />
        </>
      )}
      {stand.soort === 'klaar' && <Overeenkomst p={stand.data} />}
    </PubliekKader>
  );
}

const ROLLEN = ['ONDERTEKENAAR', 'MEDEONDERTEKENAAR_BIJLAGE', 'WAARNEMER'] as const;
const ROL_KOP: Record<(typeof ROLLEN)[number], string> = {
  ONDERTEKENAAR: 'Ondertekenaars',
  MEDEONDERTEKENAAR_BIJLAGE: 'Medeondertekenaars van een bijlage',
  WAARNEMER: 'Waarnemers',
};

function Overeenkomst({ p }: { p: PubliekeOvereenkomst }) {
  return (
    <article>
      <h1>{p.titel}</h1>
      <p className="publicatie-feiten">
        Periode {p.periode.startjaar}–{p.periode.eindjaar} · {opsomming(p.gemeenten)} · gepubliceerd
        op {datum(p.gepubliceerdOp)}
      </p>
      {p.partijen.some((x) => x.logo) && (
        <ul className="publicatie-logos">
          {p.partijen.flatMap((x) =>
            x.logo
              ? [
                  <li key={x.naam}>
                    <img src={x.logo} alt={`Logo ${x.naam}`} />
                  </li>,
                ]
              : [],
          )}
        </ul>
      )}
      <section aria-labelledby="downloads">
        <h2 id="downloads">Documenten</h2>
        <ul className="downloads">
          <li>
            <a href={p.downloads.docx} download>
              Ondertekende overeenkomst (Word, DOCX)
            </a>
          </li>
          {p.downloads.pdf && (
            <li>
              <a href={p.downloads.pdf} download>
                Ondertekende overeenkomst (PDF/A)
              </a>
            </li>
          )}
          <li>
            <a href={p.downloads.json} download={`${p.slug}.json`}>
              Open data (JSON)
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="partijen">
        <h2 id="partijen">Partijen</h2>
        <dl className="afspraak-feiten">
          {ROLLEN.map((rol) => {
            const namen = p.partijen.filter((x) => x.rol === rol).map((x) => x.naam);
            return (
              namen.length > 0 && (
                <div key={rol}>
                  <dt>{ROL_KOP[rol]}</dt>
                  <dd>{opsomming(namen)}</dd>
                </div>
              )
            );
          })}
        </dl>
      </section>
      {p.preambule && (
        <section aria-labelledby="considerans">
          <h2 id="considerans">Considerans</h2>
          <p className="doorlopend">{p.preambule}</p>
        </section>
      )}
      {p.onderdelen.map((o, i) => (
        <section key={o.titel + i} aria-labelledby={`onderdeel-${i}`}>
          <h2 id={`onderdeel-${i}`}>{o.titel}</h2>
          <h3>Ondertekening</h3>
          <p className="klein">
            Versie {o.versie.nummer}
            {o.versie.buitenDriehoekOndertekend && ', op papier ondertekend'}; vingerafdruk{' '}
            <code className="vingerafdruk">{o.versie.vingerafdruk}</code>
          </p>
          <ul className="ondertekenaars">
            {o.ondertekeningen.map((t) => (
              <li key={t.partij + t.naam}>
                <strong>{t.partij}</strong>: {t.naam}, {t.functie}, op {datum(t.datum)}
              </li>
            ))}
          </ul>
          {o.themas.map((thema) => (
            <section key={thema.naam} aria-label={thema.naam}>
              <h3>
                {thema.domein && <span className="klein">{thema.domein} · </span>}
                {thema.naam}
              </h3>
              {thema.afspraken.map((a) => (
                <Afspraak key={a.nummer} a={a} />
              ))}
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}

function Afspraak({ a }: { a: PubliekeAfspraak }) {
  return (
    <article className="publieke-afspraak">
      <h4>
        {a.nummer} {a.titel}
      </h4>
      <p className="klein">
        {TYPE_LABEL[a.type] ?? a.type} · trekker: {a.trekker}
      </p>
      <p className="doorlopend">{a.tekst}</p>
      {a.leden.length > 0 && (
        <ul className="afspraak-leden">
          {a.leden.map((l) => (
            <li key={l.letter}>
              {l.letter}. {l.tekst}
            </li>
          ))}
        </ul>
      )}
      <dl className="afspraak-feiten">
        {a.betrokkenen.length > 0 && (
          <div>
            <dt>Betrokken</dt>
            <dd>
              {a.betrokkenen
                .map((b) => (b.bijdrage ? `${b.partij}: ${b.bijdrage}` : b.partij))
                .join('; ')}
            </dd>
          </div>
        )}
        {a.doelgroepen.length > 0 && (
          <div>
            <dt>Doelgroepen</dt>
            <dd>{a.doelgroepen.map((d) => DOELGROEP[d] ?? d).join(', ')}</dd>
          </div>
        )}
        {a.voorwaarden.length > 0 && (
          <div>
            <dt>Voorwaarden</dt>
            <dd>{a.voorwaarden.join('; ')}</dd>
          </div>
        )}
        {a.jaren.some((j) => j.concretisering) && (
          <div>
            <dt>Per jaar</dt>
            <dd>
              <ul className="afspraak-leden">
                {a.jaren
                  .filter((j) => j.concretisering)
                  .map((j) => (
                    <li key={j.jaar}>
                      {j.jaar}: {j.concretisering}
                    </li>
                  ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {a.indicatoren.length > 0 && <Doelen afspraak={a} />}
    </article>
  );
}

/** A target in a cell: the unit stands once, in the row's header. */
function streefwaarde(s: PubliekeStreefwaarde): string {
  switch (s.soort) {
    case 'BANDBREEDTE':
      return `${getal(s.min)}–${getal(s.max)}`;
    case 'MINIMAAL':
      return `≥ ${getal(s.min)}`;
    case 'MAXIMAAL':
      return `≤ ${getal(s.max)}`;
    case 'EFFECT':
      return s.effect ?? '';
    default:
      return getal(s.waarde);
  }
}

/** Per indicator (and place) one row, per year one column: the targets as signed. */
function Doelen({ afspraak }: { afspraak: PubliekeAfspraak }) {
  const jaren = [
    ...new Set(afspraak.indicatoren.flatMap((i) => i.streefwaarden.map((s) => s.jaar))),
  ].sort((x, y) => x - y);
  const rijen = afspraak.indicatoren.flatMap((i: PubliekeIndicator) => {
    const plaatsen = [...new Set(i.streefwaarden.map((s) => s.plaats))];
    return (plaatsen.length ? plaatsen : [null]).map((plaats) => ({ i, plaats }));
  });
  return (
    <div
      className="tabel-scroll"
      tabIndex={0}
      role="region"
      aria-label={`Streefwaarden bij afspraak ${afspraak.nummer}`}
    >
      <table>
        <caption className="klein">Indicatoren en streefwaarden per jaarschijf</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Nulmeting</th>
            {jaren.map((j) => (
              <th scope="col" key={j}>
                {j}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map(({ i, plaats }) => (
            <tr key={i.naam + (plaats ?? '')}>
              <th scope="row">
                {i.naam} <span className="klein">({i.eenheid})</span>
                {plaats && <span className="klein"> {plaats}</span>}
              </th>
              <td>
                {i.nulmeting
                  ? `${getal(i.nulmeting.waarde)}${i.nulmeting.jaar ? ` (${i.nulmeting.jaar})` : ''}`
                  : '–'}
              </td>
              {jaren.map((j) => {
                const s = i.streefwaarden.find((x) => x.jaar === j && x.plaats === plaats);
                return (
                  <td key={j} className={s?.soort === 'EFFECT' ? 'effect' : undefined}>
                    {s ? streefwaarde(s) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every current publication, newest first; with ?gemeente= only those of that gemeente. */
export function PublicatiesPagina() {
  const [zoek] = useSearchParams();
  const gemeente = zoek.get('gemeente');
  const stand = useJson<PublicatieLijst>(
    gemeente ? `/publicaties.json?gemeente=${encodeURIComponent(gemeente)}` : '/publicaties.json',
  );
  const kop = gemeente ? `Publicaties van ${gemeente}` : 'Gepubliceerde prestatieafspraken';
  useEffect(() => {
    document.title = `${kop} – Driehoek`;
  }, [kop]);
  return (
    <PubliekKader>
      <h1>{kop}</h1>
      <p>
        Ondertekende prestatieafspraken die gemeenten, woningcorporaties en huurdersorganisaties
        openbaar maken onder de Wet open overheid. De gegevens zijn ook als{' '}
        <a href="/publicaties.json">open data (JSON)</a> beschikbaar.
      </p>
      {stand.soort === 'laden' && <Laden tekst="Publicaties laden…" />}
      {stand.soort === 'fout' && <Fout fout={stand.tekst} />}
      {stand.soort === 'klaar' &&
        (stand.data.publicaties.length === 0 ? (
          <Leeg>Er zijn (nog) geen publicaties.</Leeg>
        ) : (
          <ul className="publicaties">
            {stand.data.publicaties.map((p) => (
              <li key={p.slug}>
                <Link to={p.pagina}>{p.titel}</Link>{' '}
                <span className="klein">
                  {opsomming(p.gemeenten)}, {p.periode.startjaar}–{p.periode.eindjaar}, gepubliceerd
                  op {datum(p.gepubliceerdOp)}
                </span>
              </li>
            ))}
          </ul>
        ))}
    </PubliekKader>
  );
}
