import type { Locale } from '@mpp-kit/contract';

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
  };
}
