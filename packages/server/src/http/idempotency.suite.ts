// Idempotency-Key over HTTP, for any store: the routes that honour it answer
// a retry alike, whatever they do.
import { HEADERS, routes } from '@mpp-kit/contract';
import { createDataProtection, type DataProtection } from '../booking/nik-protection.js';
import { assert, assertEqual, type SuiteApi } from '../test-support/assert.js';
import { fixtureSeed, NIKS } from '../test-support/fixture-seed.js';
import { Harness, type Reply, type StoreFactory } from '../test-support/harness.js';

const TUESDAY_8 = '2026-03-03T08:00:00+07:00';
const SATURDAY = '2026-03-07T09:00:00+07:00';

/** A route that honours `Idempotency-Key`, as the tests drive it. */
interface Operation {
  readonly name: string;
  /** Sends the request; `other` sends another body. */
  readonly send: (h: Harness, key: string, other?: boolean) => Promise<Reply>;
  /** Sends the same request as `send`, its JSON spelled otherwise (key order, spacing). */
  readonly respell: (h: Harness, key: string) => Promise<Reply>;
  /** How many tickets or bookings the store holds. */
  readonly made: (h: Harness) => Promise<number>;
  /** Why the request is refused on a Saturday. */
  readonly closedCode: string;
  /** What the request seals before its write commits (then it seals its answer). */
  readonly sealsBeforeWrite: number;
}

const withKey = (key: string) => ({ headers: { [HEADERS.idempotencyKey]: key } });

const operations: readonly Operation[] = [
  {
    name: 'taking a ticket',
    send: (h, key, other = false) => h.take(other ? 'kk' : 'ktp-el', withKey(key)),
    respell: (h, key) => h.call(routes.takeTicket, { ...withKey(key), raw: '{ "serviceId" : "ktp-el" }' }),
    made: (h) => h.store.countTickets({ localDate: '2026-03-02' }),
    closedCode: 'site_closed',
    sealsBeforeWrite: 0,
  },
  {
    name: 'booking',
    send: (h, key, other = false) => h.book('ktp-el', TUESDAY_8, other ? NIKS[1] : NIKS[0], withKey(key)),
    respell: (h, key) => {
      const reordered = Object.fromEntries(Object.entries(Harness.bookingBody('ktp-el', TUESDAY_8)).reverse());
      return h.call(routes.createBooking, { ...withKey(key), raw: JSON.stringify(reordered, null, 2) });
    },
    made: (h) => h.store.countBookings({}),
    closedCode: 'slot_unavailable', // Tuesday's slot is past by then
    sealsBeforeWrite: 1, // the applicant's encrypted copy
  },
];

/** Data protection whose seal after the first `passed` ones waits for `release()`, and tells when it is called. */
function gatedProtection(passed = 0): {
  factory: (secret: string) => Promise<DataProtection>;
  sealing: Promise<void>;
  release: () => void;
} {
  let entered = (): void => undefined;
  let release = (): void => undefined;
  const sealing = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const factory = async (secret: string): Promise<DataProtection> => {
    const real = await createDataProtection(secret);
    return {
      hash: (domain, value) => real.hash(domain, value),
      open: (sealed) => real.open(sealed),
      seal: async (plain) => {
        passed -= 1;
        if (passed < 0) {
          entered();
          await gate;
        }
        return real.seal(plain);
      },
    };
  };
  return { factory, sealing, release };
}

/** Registers the idempotency tests. */
export function idempotencySuite(api: SuiteApi, name: string, makeStore: StoreFactory): void {
  const { describe, it } = api;

  for (const operation of operations) {
    describe(`${name}: Idempotency-Key when ${operation.name}`, () => {
      it('replays the first answer, its status and body, to a retry with the same body', async () => {
        const h = await Harness.open(makeStore);
        const first = await operation.send(h, 'form-7');
        assertEqual([first.status, first.headers.get(HEADERS.idempotentReplayed)], [201, null]);
        for (const retry of [await operation.send(h, 'form-7'), await operation.respell(h, 'form-7')]) {
          assertEqual([retry.status, retry.text], [first.status, first.text]);
          assertEqual(retry.headers.get(HEADERS.idempotentReplayed), 'true');
          assertEqual(retry.headers.get('Content-Type'), 'application/json');
        }
        assertEqual(await operation.made(h), 1);
      });

      it('refuses the key with another body: 422 idempotency_mismatch, nothing done', async () => {
        const h = await Harness.open(makeStore);
        assertEqual((await operation.send(h, 'form-7')).status, 201);
        const other = await operation.send(h, 'form-7', true);
        assertEqual([other.status, other.error.code], [422, 'idempotency_mismatch']);
        assertEqual(await operation.made(h), 1);
      });

      it('makes one of concurrent identical requests; each gets its answer', async () => {
        const h = await Harness.open(makeStore);
        const replies = await Promise.all(Array.from({ length: 5 }, () => operation.send(h, 'double-tap')));
        assertEqual(
          replies.map((reply) => [reply.status, reply.text]),
          replies.map(() => [201, replies[0]?.text]),
        );
        assertEqual(replies.filter((reply) => reply.headers.get(HEADERS.idempotentReplayed) === 'true').length, 4);
        assertEqual(await operation.made(h), 1);
      });

      it('keeps no failed answer: a retry runs afresh', async () => {
        const h = await Harness.open(makeStore);
        h.clock.set(SATURDAY);
        assertEqual((await operation.send(h, 'form-7')).error.code, operation.closedCode);
        h.clock.set('2026-03-02T09:00:00+07:00');
        const retry = await operation.send(h, 'form-7');
        assertEqual([retry.status, retry.headers.get(HEADERS.idempotentReplayed)], [201, null]);
        assertEqual(await operation.made(h), 1);
      });

      it('refuses a key that is not 1-255 visible ASCII characters', async () => {
        const h = await Harness.open(makeStore);
        for (const key of ['é', 'two words', 'k'.repeat(256)]) {
          const reply = await operation.send(h, key);
          assertEqual(
            [reply.status, reply.error.code, reply.error.details?.[0]?.path],
            [422, 'validation_failed', HEADERS.idempotencyKey],
          );
        }
        assertEqual(await operation.made(h), 0);
      });

      it('gives a second app on the store, running the key at once, the first answer', async () => {
        const store = await makeStore(fixtureSeed());
        const gated = gatedProtection(operation.sealsBeforeWrite);
        const first = await Harness.open(() => store, { dataProtection: gated.factory });
        const other = await Harness.open(() => store);
        const running = operation.send(first, 'kiosk-1');
        await gated.sealing; // the first request's work is done; it seals its answer, in its transaction
        const second = operation.send(other, 'kiosk-1');
        gated.release();
        const answered = await running;
        const replayed = await second;
        assertEqual(
          [replayed.status, replayed.text, replayed.headers.get(HEADERS.idempotentReplayed)],
          [201, answered.text, 'true'],
        );
        assertEqual(await operation.made(other), 1);
      });
    });
  }

  describe(`${name}: Idempotency-Key over two processes on one store`, () => {
    const book = operations[1];
    assert(book, 'the booking route');

    it('leaves no claim when the process stops before its write: a retry elsewhere books afresh', async () => {
      const store = await makeStore(fixtureSeed());
      // The first seal is the applicant's copy, before the booking's transaction; it never ends.
      const stopped = gatedProtection();
      void book.send(await Harness.open(() => store, { dataProtection: stopped.factory }), 'kiosk-1');
      await stopped.sealing;
      assertEqual(
        await store.getIdempotency(`${routes.createBooking.method} ${routes.createBooking.path}`, 'kiosk-1'),
        undefined,
      );
      const other = await Harness.open(() => store);
      const retry = await book.send(other, 'kiosk-1');
      assertEqual([retry.status, retry.headers.get(HEADERS.idempotentReplayed)], [201, null]);
      assertEqual(await book.made(other), 1);
    });

    it('undoes the second of two runs of a key and replays the first answer', async () => {
      const store = await makeStore(fixtureSeed());
      const gated = gatedProtection(); // holds the slower process before its write
      const slower = await Harness.open(() => store, { dataProtection: gated.factory });
      const other = await Harness.open(() => store);
      const late = book.send(slower, 'kiosk-1');
      await gated.sealing;
      const first = await book.send(other, 'kiosk-1');
      assertEqual(first.status, 201);
      gated.release();
      // Answered with the first booking, not refused on the NIK's booking that the key itself made.
      const replayed = await late;
      assertEqual(
        [replayed.status, replayed.text, replayed.headers.get(HEADERS.idempotentReplayed)],
        [201, first.text, 'true'],
      );
      assertEqual(await book.made(other), 1);
    });
  });

  describe(`${name}: Idempotency-Key across routes`, () => {
    it('keeps a key per route: the same key on another route is another key', async () => {
      const h = await Harness.open(makeStore);
      const [take, book] = operations;
      assert(take && book, 'two routes');
      const ticket = await take.send(h, 'shared');
      const booking = await book.send(h, 'shared');
      assertEqual([ticket.status, booking.status, booking.headers.get(HEADERS.idempotentReplayed)], [201, 201, null]);
      assertEqual([await take.made(h), await book.made(h)], [1, 1]);
    });
  });
}
