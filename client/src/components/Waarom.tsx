/**
 * What the server says stands in the way of a step (its `Toestemming`): the reason, which names
 * from when where the calendar is the obstacle. Shown instead of a button that would fail.
 */
export interface ToestemmingVelden {
  mag: boolean;
  reden?: string | null;
  code?: string | null;
}

export function Waarom({
  t,
  klein = false,
}: {
  t: ToestemmingVelden | null | undefined;
  klein?: boolean;
}) {
  if (!t || t.mag || !t.reden) return null;
  return klein ? (
    <span className="klein waarom">{t.reden}</span>
  ) : (
    <p className="melding-info waarom">{t.reden}</p>
  );
}

/** Refused for who the person is (not for the calendar or the status). */
export const alleenRol = (t: ToestemmingVelden | null | undefined) =>
  !!t && !t.mag && t.code === 'FORBIDDEN';
