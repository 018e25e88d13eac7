import type { Locale, RouteDefinition } from '@mpp-kit/contract';
import type { IdempotencyClaim } from '../engine.js';
import type { RouteInput } from './input.js';

/** How the request identified itself to staff routes. */
export type StaffCredential = 'none' | 'invalid' | 'valid';

/** Hono environment of the app: what middleware hands to the handlers. */
export interface AppEnv {
  Variables: {
    /** Identifies the request in logs and in every error envelope (`X-Request-Id`). */
    requestId: string;
    /** The language of messages, from `Accept-Language`. */
    locale: Locale;
    /** Whether a valid staff token came with the request. */
    staff: StaffCredential;
    /** The route's parsed input, set before the route's own middleware (idempotency) and handler run. */
    input: RouteInput<RouteDefinition>;
    /**
     * Set by the idempotency middleware on the routes that honour `Idempotency-Key`
     * (a no-op for a request without one): their write calls it in its transaction.
     */
    idempotencyClaim: IdempotencyClaim;
  };
}
