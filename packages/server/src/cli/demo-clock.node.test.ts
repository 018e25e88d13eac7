// The demo clock: where the server's clock starts for each --clock setting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixedClock } from '../time/clock.js';
import { fixtureSite } from '../test-support/fixture-seed.js';
import { chooseClock } from './demo-clock.js';

const at = (text: string) => new Date(text);

test('next-opening keeps the real clock while the MPP serves, breaks included', () => {
  for (const now of ['2026-03-02T09:00:00+07:00', '2026-03-02T12:30:00+07:00', '2026-03-06T11:45:00+07:00']) {
    const base = fixedClock(now);
    const choice = chooseClock({ kind: 'next-opening' }, fixtureSite, at(now), base);
    assert.equal(choice.clock, base, now);
    assert.equal(choice.startedAt, null);
    assert.equal(choice.note, null);
  }
});

test('next-opening starts at the next opening on weekends, holidays and after hours, and says why', () => {
  const cases = [
    ['2026-03-07T20:00:00+07:00', '2026-03-09T08:00:00+07:00', /akhir pekan.*\n.*a weekend/], // Saturday night
    ['2026-03-19T10:00:00+07:00', '2026-03-20T08:00:00+07:00', /libur nasional.*\n.*a holiday/], // Nyepi
    ['2026-03-02T16:00:00+07:00', '2026-03-03T08:00:00+07:00', /lewat jam tutup.*\n.*after closing time/],
    ['2026-03-02T06:30:00+07:00', '2026-03-02T08:00:00+07:00', /belum jam buka.*\n.*before opening hours/],
  ] as const;
  for (const [now, opening, why] of cases) {
    const base = fixedClock(now);
    const choice = chooseClock({ kind: 'next-opening' }, fixtureSite, at(now), base);
    assert.equal(choice.startedAt?.getTime(), at(opening).getTime(), now);
    assert.equal(choice.clock.now().getTime(), at(opening).getTime());
    assert.match(choice.note ?? '', why);
    assert.match(choice.note ?? '', /^Mode demo: /);
    // The clock runs on from there.
    base.advance(90_000);
    assert.equal(choice.clock.now().getTime(), at(opening).getTime() + 90_000);
  }
});

test('names the opening on the site wall clock in both languages', () => {
  const choice = chooseClock(
    { kind: 'next-opening' },
    fixtureSite,
    at('2026-03-07T20:00:00+07:00'),
    fixedClock('2026-03-07T20:00:00+07:00'),
  );
  assert.match(choice.note ?? '', /Senin, 0?9 Maret 2026.*08[.:]00/);
  assert.match(choice.note ?? '', /Monday, 9 March 2026.*08:00/);
});

test('--clock ISO starts there whatever the hours, and system uses the base clock', () => {
  const base = fixedClock('2026-03-07T20:00:00+07:00');
  const choice = chooseClock({ kind: 'at', instant: '2026-03-02T07:59:00+07:00' }, fixtureSite, base.now(), base);
  assert.equal(choice.clock.now().toISOString(), '2026-03-02T00:59:00.000Z');
  assert.match(choice.note ?? '', /--clock/);
  base.advance(60_000);
  assert.equal(choice.clock.now().toISOString(), '2026-03-02T01:00:00.000Z');
  assert.deepEqual(chooseClock({ kind: 'system' }, fixtureSite, base.now(), base), {
    clock: base,
    startedAt: null,
    note: null,
  });
});
