import { useEffect } from 'react';

/**
 * The toegankelijkheidsverklaring in the form of the Dutch model statement
 * (toegankelijkheidsverklaring.nl): what it covers, its status, how it was examined, what is
 * known not to comply yet, and whom to contact. Kept up to date by hand with each known issue.
 */
export function ToegankelijkheidPagina() {
  useEffect(() => {
    document.title = 'Toegankelijkheidsverklaring – Driehoek';
  }, []);
  return (
    <div className="pagina tekstpagina">
      <h1>Toegankelijkheidsverklaring</h1>
      <p>
        Wij willen dat iedereen Driehoek kan gebruiken: ook wie slecht ziet, een schermlezer of
        alleen het toetsenbord gebruikt, of werkt op een telefoon. Deze verklaring gaat over de
        webapplicatie Driehoek, waarin gemeenten, woningcorporaties, huurdersorganisaties en
        zorgpartijen prestatieafspraken opstellen, onderhandelen, ondertekenen en evalueren.
      </p>

      <h2>Status</h2>
      <p>
        <strong>Driehoek voldoet gedeeltelijk</strong> aan de eisen van WCAG 2.1 op niveau A en AA
        (EN 301 549), de norm uit het Besluit digitale toegankelijkheid overheid. Dat is status B:
        voldoet gedeeltelijk.
      </p>

      <h2>Hoe wij dit hebben onderzocht</h2>
      <ul>
        <li>
          Elk scherm wordt bij elke wijziging automatisch getoetst met axe-core op de regels van
          WCAG 2.1 A en AA; ernstige bevindingen houden een wijziging tegen.
        </li>
        <li>
          Geautomatiseerde browsertests bedienen de belangrijkste stappen op breedtes van 320, 390,
          768 en 1280 pixels.
        </li>
        <li>Laatste beoordeling: 6 december 2026.</li>
      </ul>

      <h2>Wat nog niet voldoet</h2>
      <p>Deze onderdelen voldoen op dit moment nog niet; wij werken eraan.</p>
      <ul>
        <li>
          Met alleen het toetsenbord is een opmerking niet goed aan geselecteerde tekst te koppelen
          (succescriterium 2.1.1 en 2.4.3).
        </li>
        <li>
          Na sommige acties, zoals het opslaan van een standpunt of het bevriezen van een onderdeel,
          komt de focus niet altijd op een logische plek terecht (2.4.3).
        </li>
        <li>
          Wie er tegelijk in een document werkt, wordt niet altijd aan schermlezers gemeld, en de
          naam bij de cursor van een ander kan in de voorgelezen tekst terechtkomen (4.1.3 en
          1.3.1).
        </li>
        <li>
          Op een scherm van 320 pixels breed past niet elk overzicht zonder horizontaal te scrollen
          (1.4.10).
        </li>
      </ul>

      <h2>Contact</h2>
      <p>
        Kunt u iets in Driehoek niet gebruiken, of ziet u een probleem dat hier niet staat? Neem dan
        contact op met de functioneel beheerder van Driehoek bij uw gemeente. U krijgt binnen vijf
        werkdagen een reactie, en binnen drie weken een oplossing of een uitleg waarom dat (nog)
        niet kan. Bent u niet tevreden over de afhandeling, dan kunt u terecht bij de Nationale
        ombudsman of de ombudsman van uw gemeente.
      </p>
    </div>
  );
}
