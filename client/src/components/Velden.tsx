import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

/** The choices of a select: the API's enum labels (`TYPE_LABEL`) or a list built on the spot. */
export type Opties = Record<string, string> | { waarde: string | number; label: ReactNode }[];

/**
 * A select with its visible label tied to it (`htmlFor`/`id`), so screen readers and a click on
 * the label both reach the control. `leeg` adds a first choice with the value ''; `children`
 * stand under the control (its error message).
 */
export function KeuzeVeld({
  id,
  label,
  waarde,
  onKies,
  opties,
  leeg,
  className = 'veld',
  children,
  ...select
}: {
  id: string;
  label: ReactNode;
  waarde: string | number;
  onKies: (waarde: string) => void;
  opties: Opties;
  leeg?: string;
  className?: string;
  children?: ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'children'>) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={waarde} onChange={(e) => onKies(e.target.value)} {...select}>
        <KeuzeOpties opties={opties} leeg={leeg} />
      </select>
      {children}
    </div>
  );
}

/** The `<option>`s of a select, for the selects that a table cell labels with `aria-label`. */
export function KeuzeOpties({ opties, leeg }: { opties: Opties; leeg?: string }) {
  const lijst = Array.isArray(opties)
    ? opties
    : Object.entries(opties).map(([waarde, label]) => ({ waarde, label }));
  return (
    <>
      {leeg != null && <option value="">{leeg}</option>}
      {lijst.map((o) => (
        <option key={o.waarde} value={o.waarde}>
          {o.label}
        </option>
      ))}
    </>
  );
}

/**
 * A text field with its visible label tied to it: one line, or a textarea of `regels` rows.
 * `children` stand under the control (its error message).
 */
export function TekstVeld({
  id,
  label,
  waarde,
  onWijzig,
  regels,
  type,
  className = 'veld',
  children,
  ...invoer
}: {
  id: string;
  label: ReactNode;
  waarde: string;
  onWijzig: (waarde: string) => void;
  regels?: number;
  className?: string;
  children?: ReactNode;
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  | 'type'
  | 'required'
  | 'placeholder'
  | 'inputMode'
  | 'autoComplete'
  | 'aria-invalid'
  | 'aria-describedby'
  | 'disabled'
>) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {regels ? (
        <textarea
          id={id}
          rows={regels}
          value={waarde}
          onChange={(e) => onWijzig(e.target.value)}
          {...invoer}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={waarde}
          onChange={(e) => onWijzig(e.target.value)}
          {...invoer}
        />
      )}
      {children}
    </div>
  );
}

/**
 * A control in a row of a repeating list (activities, betrokken partijen) with its visible
 * label above it: a placeholder vanishes as soon as someone types, a label stays.
 */
export function RijVeld({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <label className="rij-veld">
      <span className="rij-label">{label}</span>
      {children}
    </label>
  );
}
