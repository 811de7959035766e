/** A mail in plain text and HTML from the same parts, so the two never say different things. */
export interface MailInhoud {
  aanhef: string;
  /** Paragraphs; each may carry a link shown under it. */
  alineas: { tekst: string; link?: { tekst: string; url: string } }[];
  /** Why the person gets this and how to stop it. */
  voet?: { tekst: string; afmelden: string };
}

export function alsTekst(inhoud: MailInhoud): string {
  const delen = [inhoud.aanhef, ''];
  for (const a of inhoud.alineas) {
    delen.push(a.tekst);
    if (a.link) delen.push(`${a.link.tekst}: ${a.link.url}`);
    delen.push('');
  }
  if (inhoud.voet) {
    delen.push('--', inhoud.voet.tekst, `Afmelden: ${inhoud.voet.afmelden}`);
  }
  return delen.join('\n').trimEnd() + '\n';
}

export function alsHtml(inhoud: MailInhoud): string {
  const alineas = inhoud.alineas
    .map(
      (a) =>
        `<p>${html(a.tekst)}${
          a.link ? `<br><a href="${html(a.link.url)}">${html(a.link.tekst)}</a>` : ''
        }</p>`,
    )
    .join('\n');
  const voet = inhoud.voet
    ? `<hr><p style="color:#555;font-size:small">${html(inhoud.voet.tekst)}<br><a href="${html(
        inhoud.voet.afmelden,
      )}">Afmelden voor e-mail van Driehoek</a></p>`
    : '';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Driehoek</title></head>
<body style="font-family:sans-serif;line-height:1.5">
<p>${html(inhoud.aanhef)}</p>
${alineas}
${voet}
</body></html>
`;
}

function html(tekst: string): string {
  return tekst
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
