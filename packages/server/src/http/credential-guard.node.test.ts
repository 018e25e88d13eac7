// Guessing staff tokens and booking secrets, through the real app: failures
// are counted per client address and answered slowly, and after too many the
// client's attempts are refused, right ones too, while other clients go on.
import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { HEADERS, routes } from '@mpp-kit/contract';
import { MemoryStore } from '../store/memory-store.js';
import { Harness, STAFF_TOKEN, type Reply } from '../test-support/harness.js';

const TUESDAY_8 = '2026-03-03T08:00:00+07:00';

/** An app that tells clients apart by a test header, with the guard's window and delay given. */
function guarded(failureDelayMs = 0): Promise<Harness> {
  return Harness.open((seed) => new MemoryStore(seed), {
    credentialGuard: { maxFailures: 3, windowMs: 60_000, failureDelayMs },
    getClientAddress: (c) => c.req.header('X-Test-Client') ?? 'unknown',
  });
}

const client = (address: string, headers: Record<string, string> = {}) => ({
  headers: { 'X-Test-Client': address, ...headers },
});

/** The survey's suggestions, which only staff may read, asked with `token`. */
const staffRead = (h: Harness, address: string, token: string): Promise<Reply> =>
  h.request('GET', '/v1/survey/suggestions', client(address, { [HEADERS.authorization]: `Bearer ${token}` }));

describe('the guard against guessing credentials', () => {
  it('refuses a client after too many wrong staff tokens, the right one too; others go on', async () => {
    const h = await guarded();
    for (let attempt = 0; attempt < 3; attempt++) {
      assert.equal((await staffRead(h, '203.0.113.9', `wrong-token-${attempt}-0123456789`)).status, 403);
    }
    const refused = await staffRead(h, '203.0.113.9', STAFF_TOKEN);
    assert.deepEqual([refused.status, refused.error.code], [429, 'rate_limited']);
    assert.ok(Number(refused.headers.get(HEADERS.retryAfter)) > 50, 'Retry-After names the rest of the window');
    assert.equal(refused.headers.get('RateLimit-Limit'), null, 'the count of failures is not advertised');
    assert.equal((await staffRead(h, '198.51.100.4', STAFF_TOKEN)).status, 200, 'another client');
  });

  it('counts wrong booking codes and secrets, not successes and not requests without a token', async () => {
    const h = await guarded();
    const receipt = (await h.book('ktp-el', TUESDAY_8)).body;
    const holder = (secret: string, code = receipt.code) =>
      h.call(routes.getBooking, { params: { code }, ...client('203.0.113.20', { [HEADERS.bookingSecret]: secret }) });
    for (let i = 0; i < 5; i++) assert.equal((await holder(receipt.secret)).status, 200);
    for (let i = 0; i < 5; i++) {
      assert.equal((await h.request('GET', '/v1/survey/suggestions', client('203.0.113.20'))).status, 401);
    }
    assert.equal((await holder('a-wrong-secret-0123456789')).status, 404);
    assert.equal((await holder(receipt.secret, 'KDR-2222222')).status, 404);
    assert.equal((await holder(receipt.secret)).status, 200, 'two failures of three allowed');
    assert.equal((await holder('another-wrong-secret-012345')).status, 404);
    assert.equal((await holder(receipt.secret)).status, 429);
  });

  it('answers a failed attempt only after its delay, and a right one at once', async () => {
    const h = await guarded(500);
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let answered = false;
      const failing = staffRead(h, '203.0.113.30', 'wrong-token-0123456789abc').then((reply) => {
        answered = true;
        return reply;
      });
      // Let the request run up to its delay.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(answered, false, 'not answered before the delay');
      mock.timers.tick(499);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(answered, false, 'not answered 1 ms before the delay');
      mock.timers.tick(1);
      assert.equal((await failing).status, 403);
      assert.equal((await staffRead(h, '203.0.113.30', STAFF_TOKEN)).status, 200, 'no timer needed');
    } finally {
      mock.timers.reset();
    }
  });
});
