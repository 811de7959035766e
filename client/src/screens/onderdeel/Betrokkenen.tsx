import { BETROKKENE_ROL_LABEL, TREKKER_GROEP_LABEL } from '@gedeeld/rollen';
import { KeuzeOpties, KeuzeVeld, RijVeld } from '../../components/Velden';
import type { BetrokkeneInput, BetrokkeneRol, TrekkerGroep } from '../../gql/graphql';

/*
 * Each party's own promise in the side panel: per betrokkene its role and its commitment in its
 * own words, the group that pulls together, and what each garantsteller guarantees.
 */

interface Partij {
  id: string;
  naam: string;
}

export interface BetrokkeneRij {
  partijId: string;
  /** '' lets the server derive it (trekker, garantsteller, financier or betrokken). */
  rol: BetrokkeneRol | '';
  bijdrage: string;
  kostenaandeel: string;
}

export function betrokkeneRijen(
  betrokkenen: {
    rol: BetrokkeneRol;
    bijdrage: string;
    kostenaandeel?: number | null;
    partij: { id: string };
  }[],
): BetrokkeneRij[] {
  return betrokkenen.map((b) => ({
    partijId: b.partij.id,
    rol: b.rol,
    bijdrage: b.bijdrage,
    kostenaandeel: b.kostenaandeel?.toString() ?? '',
  }));
}

export function betrokkenenInput(rijen: BetrokkeneRij[]): BetrokkeneInput[] {
  return rijen.map((b) => ({
    partijId: b.partijId,
    rol: b.rol || undefined,
    bijdrage: b.bijdrage,
    kostenaandeel: b.kostenaandeel ? Number(b.kostenaandeel.replace(',', '.')) : undefined,
  }));
}

const ROLLEN = BETROKKENE_ROL_LABEL;

/** Who pulls as a group: none (the trekkers by name) or one of the groups. */
export function TrekkerGroepVeld({
  id,
  waarde,
  onKies,
}: {
  id: string;
  waarde: TrekkerGroep | '';
  onKies: (groep: TrekkerGroep | '') => void;
}) {
  return (
    <KeuzeVeld
      id={id}
      label="Trekkers als groep"
      waarde={waarde}
      onKies={(w) => onKies(w as TrekkerGroep | '')}
      leeg="Geen groep: de trekker(s) bij naam"
      opties={TREKKER_GROEP_LABEL}
      title="Bijv. 'alle corporaties': de trekker hierboven is de aanspreekbare uit die groep"
    />
  );
}

export function BetrokkenenVelden({
  rijen,
  onWijzig,
  partijen,
}: {
  rijen: BetrokkeneRij[];
  onWijzig: (rijen: BetrokkeneRij[]) => void;
  partijen: Partij[];
}) {
  const wijzig = (i: number, w: Partial<BetrokkeneRij>) =>
    onWijzig(rijen.map((x, j) => (j === i ? { ...x, ...w } : x)));
  return (
    <fieldset className="rijen">
      <legend>Betrokken partijen: rol en eigen toezegging</legend>
      {rijen.map((b, i) => (
        <div key={i} className="rij">
          <RijVeld label="Partij">
            <select
              aria-label={`Betrokken partij ${i + 1}`}
              value={b.partijId}
              onChange={(e) => wijzig(i, { partijId: e.target.value })}
            >
              {partijen.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.naam}
                </option>
              ))}
            </select>
          </RijVeld>
          <RijVeld label="Rol">
            <select
              aria-label={`Rol van betrokken partij ${i + 1}`}
              value={b.rol}
              onChange={(e) => wijzig(i, { rol: e.target.value as BetrokkeneRol | '' })}
            >
              <KeuzeOpties opties={ROLLEN} leeg="Rol: vanzelf" />
            </select>
          </RijVeld>
          <RijVeld label="Toezegging">
            <input
              aria-label={`Toezegging van betrokken partij ${i + 1}, in haar eigen woorden`}
              placeholder="Wat de partij zelf toezegt"
              value={b.bijdrage}
              onChange={(e) => wijzig(i, { bijdrage: e.target.value })}
            />
          </RijVeld>
          <RijVeld label="Kostenaandeel (%)">
            <input
              aria-label={`Kostenaandeel in procenten van betrokken partij ${i + 1}`}
              inputMode="decimal"
              className="smal"
              value={b.kostenaandeel}
              onChange={(e) => wijzig(i, { kostenaandeel: e.target.value })}
            />
          </RijVeld>
          <button
            type="button"
            className="knop-tekst"
            aria-label={`Betrokken partij ${i + 1} verwijderen`}
            onClick={() => onWijzig(rijen.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="knop-secundair"
        onClick={() =>
          onWijzig([
            ...rijen,
            { partijId: partijen[0]?.id ?? '', rol: '', bijdrage: '', kostenaandeel: '' },
          ])
        }
      >
        Partij toevoegen
      </button>
    </fieldset>
  );
}

/** Per garantsteller what it guarantees; left empty, it guarantees what the garantie says. */
export function ToezeggingenVelden({
  garantstellerIds,
  toezeggingen,
  onWijzig,
  partijen,
}: {
  garantstellerIds: string[];
  toezeggingen: Record<string, string>;
  onWijzig: (toezeggingen: Record<string, string>) => void;
  partijen: Partij[];
}) {
  if (garantstellerIds.length === 0) return null;
  return (
    <fieldset className="rijen">
      <legend>Wat elke garantsteller garandeert (leeg: wat hierboven staat)</legend>
      {garantstellerIds.map((partijId) => {
        const naam = partijen.find((p) => p.id === partijId)?.naam ?? 'Partij';
        return (
          <div key={partijId} className="rij">
            <span>{naam}</span>
            <input
              aria-label={`Wat ${naam} garandeert`}
              value={toezeggingen[partijId] ?? ''}
              onChange={(e) => onWijzig({ ...toezeggingen, [partijId]: e.target.value })}
            />
          </div>
        );
      })}
    </fieldset>
  );
}

/** The commitments to send: only those with words of their own. */
export function toezeggingenInput(
  garantstellerIds: string[],
  toezeggingen: Record<string, string>,
  wat: string,
): { partijId: string; wat: string }[] {
  return garantstellerIds
    .map((partijId) => ({ partijId, wat: (toezeggingen[partijId] ?? '').trim() }))
    .filter((t) => t.wat && t.wat !== wat);
}
