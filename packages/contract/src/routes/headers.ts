/** Names of the HTTP headers the API reads or writes. */
export const HEADERS = {
  /** Makes a POST safe to retry: the same key replays the first answer (`tickets.take`, `bookings.create`). */
  idempotencyKey: 'Idempotency-Key',
  /** The booking's secret, required to read or change it. */
  bookingSecret: 'X-Booking-Secret',
  /** `Bearer <token>` for staff routes. */
  authorization: 'Authorization',
  /** `id` (default) or `en`: the language of error messages. */
  acceptLanguage: 'Accept-Language',
  /** Resumes the queue stream after the event with this id. */
  lastEventId: 'Last-Event-ID',
  /** Seconds to wait before retrying, sent with 429 and 503. */
  retryAfter: 'Retry-After',
  /** `true` on an answer replayed for a repeated `Idempotency-Key` (nothing was done twice). */
  idempotentReplayed: 'Idempotent-Replayed',
  /** Identifies a request; the same id is in the error envelope's `requestId`. */
  requestId: 'X-Request-Id',
} as const;
