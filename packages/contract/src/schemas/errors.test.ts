import { expect } from '@open-wc/testing';
import { ERROR_CODES, ErrorEnvelopeSchema, errorMessages, errorStatus, isKnownErrorCode } from './errors.js';

describe('errors', () => {
  it('knows the agreed codes', () => {
    expect(ERROR_CODES).to.include.members([
      'bad_request',
      'validation_failed',
      'unauthorized',
      'forbidden',
      'not_found',
      'method_not_allowed',
      'conflict',
      'slot_full',
      'slot_unavailable',
      'booking_exists',
      'booking_not_modifiable',
      'idempotency_mismatch',
      'idempotency_in_progress',
      'queue_closed',
      'site_closed',
      'holiday',
      'quota_exceeded',
      'counter_closed',
      'queue_empty',
      'recall_limit',
      'counter_changed',
      'payload_too_large',
      'unsupported_media_type',
      'rate_limited',
      'internal',
      'unavailable',
    ]);
    expect(isKnownErrorCode('slot_full')).to.equal(true);
    expect(isKnownErrorCode('added_in_v1_9')).to.equal(false);
  });

  it('gives every code an error status and a message in both languages', () => {
    expect(Object.keys(errorStatus)).to.have.members([...ERROR_CODES]);
    expect(Object.keys(errorMessages)).to.have.members([...ERROR_CODES]);
    for (const code of ERROR_CODES) {
      expect(errorStatus[code], code).to.be.within(400, 599);
      expect(errorMessages[code].id, code).to.match(/^\S.*\.$/);
      expect(errorMessages[code].en, code).to.match(/^\S.*\.$/);
    }
    expect(errorStatus.validation_failed).to.equal(422);
    expect(errorStatus.rate_limited).to.equal(429);
    expect(errorStatus.slot_full).to.equal(409);
  });

  it('parses envelopes with codes it does not know yet', () => {
    const envelope = { error: { code: 'added_in_v1_9', message: 'Baru.', requestId: 'r1' } };
    expect(ErrorEnvelopeSchema.parse(envelope)).to.deep.equal(envelope);
    expect(ErrorEnvelopeSchema.safeParse({ error: { code: 'x', message: 'y' } }).success).to.equal(false);
  });
});
