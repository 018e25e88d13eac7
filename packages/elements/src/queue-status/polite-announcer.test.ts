// The screen-reader announcements of new calls, rate-limited, with time driven
// by hand: no test waits for a real interval.
import type { QueueCall } from '@mpp-kit/contract';
import { expect } from '@open-wc/testing';
import { PoliteAnnouncer, type Schedule } from './polite-announcer.js';

/** A clock moved by hand: `advance(ms)` runs what falls due. */
function manualClock(): { schedule: Schedule; advance(ms: number): void; pending(): number } {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  return {
    schedule: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => {
        timers = timers.filter((other) => other !== timer);
      };
    },
    advance(ms) {
      now += ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= now).sort((a, b) => a.at - b.at)[0];
        if (!due) return;
        timers = timers.filter((timer) => timer !== due);
        due.run();
      }
    },
    pending: () => timers.length,
  };
}

const call = (number: string): QueueCall =>
  ({ ticket: { id: number, number }, counter: { name: 'Loket 1' }, recall: false, at: '' }) as unknown as QueueCall;

function announcer(): { said: string[]; polite: PoliteAnnouncer; clock: ReturnType<typeof manualClock> } {
  const said: string[] = [];
  const clock = manualClock();
  const polite = new PoliteAnnouncer({
    compose: (calls, total) => `${total}: ${calls.map((one) => one.ticket.number).join(' ')}`,
    say: (text) => said.push(text),
    interval: 5000,
    schedule: clock.schedule,
  });
  return { said, polite, clock };
}

describe('PoliteAnnouncer', () => {
  it('tells the first call at once and gathers the next ones until the interval is over', () => {
    const { said, polite, clock } = announcer();
    polite.add([call('A-001')]);
    expect(said).to.deep.equal(['1: A-001']);
    polite.add([call('A-002')]);
    clock.advance(2000);
    polite.add([call('A-003')]);
    expect(said).to.have.length(1);
    clock.advance(3000);
    expect(said).to.deep.equal(['1: A-001', '2: A-002 A-003']);
    // Quiet for an interval: the next call is told at once again.
    clock.advance(5000);
    polite.add([call('A-004')]);
    expect(said.at(-1)).to.equal('1: A-004');
  });

  it('keeps the count of a flood but only its latest calls', () => {
    const { said, polite, clock } = announcer();
    polite.add([call('A-000')]);
    polite.add(Array.from({ length: 30 }, (_, index) => call(`B-${index}`)));
    clock.advance(5000);
    const [count, list] = (said[1] ?? '').split(': ');
    expect(count).to.equal('30');
    expect(list?.split(' ')).to.have.length(20);
    expect(list?.endsWith('B-29')).to.equal(true);
  });

  it('tells nothing while held, and what it gathered on release', () => {
    const { said, polite, clock } = announcer();
    polite.hold();
    polite.add([call('A-001')]);
    clock.advance(60_000);
    polite.add([call('A-002')]);
    expect(said).to.deep.equal([]);
    polite.release();
    expect(said).to.deep.equal(['2: A-001 A-002']);
  });

  it('forgets everything and stops its timer when cleared', () => {
    const { said, polite, clock } = announcer();
    polite.add([call('A-001')]);
    polite.add([call('A-002')]);
    polite.clear();
    expect(clock.pending()).to.equal(0);
    clock.advance(5000);
    expect(said).to.deep.equal(['1: A-001']);
  });
});
