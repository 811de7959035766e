import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The unsubscribe link's token: the person's id, signed with the app's secret, so the link
 * works without logging in and cannot be made for someone else. It does not expire: an old mail's
 * link must still work.
 */
export function afmeldToken(gebruikerId: string, geheim: string): string {
  return `${gebruikerId}.${handtekening(gebruikerId, geheim)}`;
}

/** The person's id when the token is genuine, else null. */
export function leesAfmeldToken(token: string, geheim: string): string | null {
  const [id, teken, ...rest] = token.split('.');
  if (!id || !teken || rest.length > 0) return null;
  const verwacht = Buffer.from(handtekening(id, geheim));
  const gegeven = Buffer.from(teken);
  return verwacht.length === gegeven.length && timingSafeEqual(verwacht, gegeven) ? id : null;
}

function handtekening(gebruikerId: string, geheim: string): string {
  return createHmac('sha256', geheim).update(`afmelden:${gebruikerId}`).digest('base64url');
}
