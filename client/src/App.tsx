import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, Navigate, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { Fout, Laden } from './components/ui';
import { graphql } from './gql';
import { IkContext, beheertVoor, type Ik } from './lib/ik';
import { leesSessie, opSessie, zetSessie } from './lib/sessie';
import { AANKONDIGING_ID, markeerNavigatie } from './lib/paginatitel';
import { InloggenPagina } from './screens/Inloggen';
import { OvereenkomstenPagina } from './screens/Overeenkomsten';
import { MeldingenBel } from './components/MeldingenBel';
import { Merk } from './components/Merk';

/**
 * The first screen (login, the list) is in the first JavaScript; every other screen is loaded
 * when it is opened, the co-editor (Tiptap, ProseMirror, Yjs) above all.
 */
const OvereenkomstPagina = lazy(() =>
  import('./screens/Overeenkomst').then((m) => ({ default: m.OvereenkomstPagina })),
);
const OnderdeelPagina = lazy(() =>
  import('./screens/Onderdeel').then((m) => ({ default: m.OnderdeelPagina })),
);
const JaarcyclusPagina = lazy(() =>
  import('./screens/Jaarcyclus').then((m) => ({ default: m.JaarcyclusPagina })),
);
const LedenPagina = lazy(() => import('./screens/Leden').then((m) => ({ default: m.LedenPagina })));
const UitnodigingPagina = lazy(() =>
  import('./screens/Uitnodiging').then((m) => ({ default: m.UitnodigingPagina })),
);
const RegioPagina = lazy(() => import('./screens/Regio').then((m) => ({ default: m.RegioPagina })));
const MeldingenPagina = lazy(() =>
  import('./screens/Meldingen').then((m) => ({ default: m.MeldingenPagina })),
);
const AfmeldenPagina = lazy(() =>
  import('./screens/Afmelden').then((m) => ({ default: m.AfmeldenPagina })),
);
const PublicatiePagina = lazy(() =>
  import('./screens/Publicatie').then((m) => ({ default: m.PublicatiePagina })),
);
const PublicatiesPagina = lazy(() =>
  import('./screens/Publicatie').then((m) => ({ default: m.PublicatiesPagina })),
);
const ImporterenPagina = lazy(() =>
  import('./screens/Importeren').then((m) => ({ default: m.ImporterenPagina })),
);
const ToegankelijkheidPagina = lazy(() =>
  import('./screens/Toegankelijkheid').then((m) => ({ default: m.ToegankelijkheidPagina })),
);

/** The page footer: the toegankelijkheidsverklaring is reachable from every page. */
function Voet() {
  return (
    <footer className="voet">
      <Link to="/toegankelijkheid">Toegankelijkheidsverklaring</Link>
    </footer>
  );
}

const IK = graphql(`
  query Ik {
    me {
      id
      naam
      email
      lidmaatschappen {
        rollen
        partij {
          id
          naam
          soort
        }
      }
    }
  }
`);

const UITLOGGEN = graphql(`
  mutation Uitloggen {
    logout
  }
`);

export function App() {
  const [ingelogd, zetIngelogd] = useState(() => leesSessie() !== null);
  useEffect(() => opSessie((sessie) => zetIngelogd(sessie !== null)), []);
  const location = useLocation();

  // Woo publications are public: the same page with or without a session.
  if (location.pathname.startsWith('/publicatie/') || location.pathname === '/publicaties') {
    return (
      <Suspense fallback={<Laden tekst="Laden…" />}>
        <Routes>
          <Route path="/publicatie/:slug" element={<PublicatiePagina />} />
          <Route path="/publicaties" element={<PublicatiesPagina />} />
        </Routes>
      </Suspense>
    );
  }
  if (location.pathname.startsWith('/uitnodiging/') || location.pathname.startsWith('/afmelden/')) {
    return (
      <Suspense fallback={<Laden tekst="Laden…" />}>
        <Routes>
          <Route path="/uitnodiging/:token" element={<UitnodigingPagina />} />
          <Route path="/afmelden/:token" element={<AfmeldenPagina />} />
        </Routes>
      </Suspense>
    );
  }
  if (!ingelogd)
    return location.pathname === '/toegankelijkheid' ? (
      <>
        <main id="inhoud" tabIndex={-1}>
          <p className="kruimelpad">
            <Link to="/">Inloggen</Link>
          </p>
          <Suspense fallback={<Laden tekst="Laden…" />}>
            <ToegankelijkheidPagina />
          </Suspense>
        </main>
        <Voet />
      </>
    ) : (
      <>
        <InloggenPagina />
        <Voet />
      </>
    );
  return <IngelogdeApp />;
}

function IngelogdeApp() {
  const [{ data, fetching, error }] = useQuery({ query: IK, requestPolicy: 'network-only' });
  useEffect(() => {
    const code = error?.graphQLErrors[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED') zetSessie(null);
  }, [error]);
  if (fetching && !data) return <Laden tekst="Uw gegevens laden…" />;
  if (!data) return <Fout fout={error} />;
  return (
    <IkContext.Provider value={data.me}>
      <Kader ik={data.me}>
        <Suspense fallback={<Laden tekst="Laden…" />}>
          <Routes>
            <Route path="/" element={<OvereenkomstenPagina />} />
            <Route path="/overeenkomsten/:id" element={<OvereenkomstPagina />} />
            <Route
              path="/overeenkomsten/:id/onderdelen/:onderdeelId"
              element={
                <Suspense fallback={<Laden tekst="Co-editor laden…" />}>
                  <OnderdeelPagina />
                </Suspense>
              }
            />
            <Route path="/importeren/:id" element={<ImporterenPagina />} />
            <Route path="/jaarcyclus" element={<JaarcyclusPagina />} />
            <Route path="/leden" element={<LedenPagina />} />
            <Route path="/regio" element={<RegioPagina />} />
            <Route path="/meldingen" element={<MeldingenPagina />} />
            <Route path="/toegankelijkheid" element={<ToegankelijkheidPagina />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </Kader>
    </IkContext.Provider>
  );
}

function Kader({ ik, children }: { ik: Ik; children: React.ReactNode }) {
  const [, uitloggen] = useMutation(UITLOGGEN);
  const partijen = ik.lidmaatschappen.map((l) => l.partij.naam).join(', ');
  const { pathname } = useLocation();
  const vorige = useRef(pathname);
  // A layout effect: it runs before the new screen's own effects, which then take the focus.
  useLayoutEffect(() => {
    if (vorige.current !== pathname) markeerNavigatie();
    vorige.current = pathname;
  }, [pathname]);
  return (
    <>
      <a href="#inhoud" className="overslaan">
        Naar de inhoud
      </a>
      <header className="kop">
        <Merk naar="/" />
        <nav aria-label="Hoofdmenu">
          <ul>
            <li>
              <NavLink to="/" end>
                Overeenkomsten
              </NavLink>
            </li>
            <li>
              <NavLink to="/jaarcyclus">Jaarcyclus</NavLink>
            </li>
            <li>
              <NavLink to="/regio">Regio</NavLink>
            </li>
            {beheertVoor(ik).length > 0 && (
              <li>
                <NavLink to="/leden">Leden</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="gebruiker">
          <MeldingenBel />
          <span>
            <strong>{ik.naam}</strong>
            <span className="klein"> {partijen}</span>
          </span>
          <button
            type="button"
            className="knop-secundair"
            onClick={() => {
              void uitloggen({}).finally(() => {
                zetSessie(null);
                // A fresh page: nothing of this person stays in the client's cache.
                window.location.assign('/');
              });
            }}
          >
            Uitloggen
          </button>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1}>
        {children}
      </main>
      <Voet />
      <p id={AANKONDIGING_ID} className="sr-only" aria-live="polite" />
    </>
  );
}
