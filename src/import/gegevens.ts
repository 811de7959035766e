/*
 * What an imported afspraak states besides its type: for whom, which norms, where, and which
 * money. Each reader proposes only what the words say plainly; the review screen shows the words
 * it stands on, and a wrong proposal costs the user more than a missed one. One module per kind,
 * on the shared word helpers of gegevens-tekst.ts.
 */
export { doelgroepenUit } from './doelgroepen-uit';
export { normenUit, type VoorgesteldeNorm } from './normen-uit';
export { locatiesUit, type VoorgesteldeLocatie } from './locaties-uit';
export { bedragen, geldUit, type VoorgesteldBedrag } from './geld-uit';
