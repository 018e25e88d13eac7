import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The security headers of every API answer (successes, errors, `304`s, CORS
 * preflights, the queue stream), as OWASP's REST Security Cheat Sheet asks of
 * a JSON API:
 * - `Content-Security-Policy: default-src 'none'; frame-ancestors 'none'` and
 *   `X-Frame-Options: DENY`: an answer opened as a page runs and loads
 *   nothing, and no site can frame it;
 * - `X-Content-Type-Options: nosniff`: JSON is never read as HTML or script;
 * - `Referrer-Policy: no-referrer`;
 * - `Cross-Origin-Resource-Policy: same-origin`: another site cannot load an
 *   answer with `<script>` or `<img>` (no-cors). Widgets on a portal still read
 *   answers: `fetch` and `EventSource` are CORS requests, which CORP leaves alone.
 *
 * Headers only a page needs (opener policy, DNS prefetch, the old XSS filter)
 * are left out. `Strict-Transport-Security` is left to the TLS terminator in
 * front: this server speaks plain HTTP, where browsers ignore it.
 */
export const apiSecureHeaders = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    xFrameOptions: 'DENY',
    xContentTypeOptions: true,
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    strictTransportSecurity: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
