/** A chosen file as base64, as the API takes uploads (without the data: prefix). */
export function leesAlsBase64(bestand: File): Promise<string> {
  return new Promise((klaar, mislukt) => {
    const lezer = new FileReader();
    lezer.onload = () =>
      klaar(typeof lezer.result === 'string' ? lezer.result.replace(/^data:[^,]*,/, '') : '');
    lezer.onerror = () => mislukt(lezer.error ?? new Error('Het bestand kon niet worden gelezen'));
    lezer.readAsDataURL(bestand);
  });
}
