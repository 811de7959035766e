import helmet from 'helmet';

/**
 * Standard security headers on every response (helmet), with a Content-Security-Policy for the
 * web client: its scripts, styles and connections (GraphQL, the co-editor's WebSocket) come from
 * this server only. Inline styles stay allowed because the editor (Tiptap, the collaboration
 * cursors) sets them; inline scripts do not. No Referer leaves the app, so an address with an
 * invitation token or an export ticket in it is never passed on.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Not upgrade-insecure-requests: the app is also served over plain HTTP on a local network.
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
