/**
 * Every demo account with what it shows, as the login page lists them. The demo data
 * (src/demo) creates exactly these; its unit spec fails when an account is missing here.
 */
export const DEMO_WACHTWOORD = 'driehoek-demo';

export const DEMO_ACCOUNTS: readonly { email: string; wie: string }[] = [
  { email: 'gemeente@demo.driehoek.nl', wie: 'Gemeente Vlietdam (regie, ondertekenaar)' },
  { email: 'gemeente-lezer@demo.driehoek.nl', wie: 'Gemeente Vlietdam, alleen lezen' },
  { email: 'corporatie@demo.driehoek.nl', wie: 'Woonstichting De Vliet' },
  { email: 'corporatie2@demo.driehoek.nl', wie: 'Woningstichting Polderpoort' },
  { email: 'huurders@demo.driehoek.nl', wie: 'Huurdersvereniging De Vliet' },
  { email: 'huurders2@demo.driehoek.nl', wie: 'Huurdersraad Polderpoort' },
  { email: 'zorg@demo.driehoek.nl', wie: 'Zorggroep Vlietzicht (bijlage wonen en zorg)' },
  { email: 'ggz@demo.driehoek.nl', wie: 'De Overstap GGZ en Beschermd Wonen (bijlage)' },
  { email: 'zorgkantoor@demo.driehoek.nl', wie: 'Zorgkantoor Vliet en Delta (bijlage)' },
  { email: 'welzijn@demo.driehoek.nl', wie: 'Welzijn Vlietdam (bijlage)' },
  { email: 'provincie@demo.driehoek.nl', wie: 'Provincie Zuid-Holland (waarnemer, regio)' },
  { email: 'buiten@demo.driehoek.nl', wie: 'Gemeente Oostwaard (neemt nergens aan deel)' },
  { email: 'gemeente-rietwijk@demo.driehoek.nl', wie: 'Gemeente Rietwijk (regie)' },
  { email: 'corporatie-rietwijk@demo.driehoek.nl', wie: 'Woningstichting Rietland' },
  { email: 'huurders-rietwijk@demo.driehoek.nl', wie: 'Huurdersbelangenvereniging Rietland' },
  { email: 'zorg-rietwijk@demo.driehoek.nl', wie: 'Zorgcentrum De Rietkraag (bijlage)' },
  { email: 'gemeente-zandmeer@demo.driehoek.nl', wie: 'Gemeente Zandmeer (op papier ondertekend)' },
  { email: 'corporatie-zandmeer@demo.driehoek.nl', wie: 'Woonstichting Zandmeer' },
  { email: 'huurders-zandmeer@demo.driehoek.nl', wie: 'Huurdersvereniging Het Zandmeer' },
];
