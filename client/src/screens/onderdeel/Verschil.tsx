/** A word diff: removed words struck through, added words underlined. */
export function Verschil({ delen }: { delen: { soort: string; tekst: string }[] }) {
  return (
    <p className="verschil">
      {delen.map((d, i) =>
        d.soort === 'TOEGEVOEGD' ? (
          <ins key={i}>{d.tekst}</ins>
        ) : d.soort === 'VERWIJDERD' ? (
          <del key={i}>{d.tekst}</del>
        ) : (
          <span key={i}>{d.tekst}</span>
        ),
      )}
    </p>
  );
}
