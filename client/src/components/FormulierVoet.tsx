import type { ComponentProps, ReactNode } from 'react';
import { Fout } from './ui';

/**
 * How every form of the side panel ends: the refusal, an "add" button where the form holds a
 * list, the save button, and "Opgeslagen." once the save went through. One component, so the
 * forms say and do this alike.
 */
export function FormulierVoet({
  fout,
  bezig,
  opslaan,
  gelukt,
  toevoegen,
  bewerkbaar = true,
}: {
  fout: ComponentProps<typeof Fout>['fout'];
  /** While saving: the save button waits. */
  bezig: boolean;
  /** The save button's text, e.g. "Leden opslaan". */
  opslaan: string;
  gelukt: boolean;
  /** A button that adds a row to the form's list, before the save button. */
  toevoegen?: { label: ReactNode; onClick: () => void };
  /** Read-only forms show no buttons (a status can still be shown). */
  bewerkbaar?: boolean;
}) {
  return (
    <>
      <Fout fout={fout} />
      {bewerkbaar && (
        <>
          {toevoegen && (
            <>
              <button type="button" className="knop-secundair" onClick={toevoegen.onClick}>
                {toevoegen.label}
              </button>{' '}
            </>
          )}
          {/* Busy, not disabled: a disabled button drops the keyboard focus to the page body. */}
          <button
            type="submit"
            className="knop"
            aria-disabled={bezig || undefined}
            onClick={(e) => {
              if (bezig) e.preventDefault();
            }}
          >
            {opslaan}
          </button>
        </>
      )}
      {gelukt && (
        <span className="gelukt" role="status">
          {' '}
          Opgeslagen.
        </span>
      )}
    </>
  );
}
