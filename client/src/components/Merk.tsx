import { Link } from 'react-router-dom';

/** The name with its mark, at the start of every page's header, linking home. */
export function Merk({ naar }: { naar: string }) {
  return (
    <Link to={naar} className="merk">
      <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
        <path d="M16 3 30 28H2z" fill="currentColor" />
      </svg>
      Driehoek
    </Link>
  );
}
