// What a board reads aloud for a call, and in which order, through the
// announcer the element uses, with a speaker that records instead of playing.
import type { Locale, QueueCall, QueueCounter, Ticket } from '@mpp-kit/contract';
import { expect, waitUntil } from '@open-wc/testing';
import { CallAnnouncer, SPOKEN_BACKLOG, spokenCall } from './call-announcer.js';
import type { QueueSpeaker } from './speaker.js';

function call(number: string, counterName: string, options: { recall?: boolean; at?: string } = {}): QueueCall {
  const counter: QueueCounter = {
    id: counterName.toLowerCase().replace(' ', '-'),
    name: counterName,
    agencyId: 'dukcapil',
    serviceIds: ['ktp-el'],
    status: 'open',
    serving: null,
  };
  const ticket: Ticket = {
    id: `t-${number}`,
    number,
    serviceId: 'ktp-el',
    status: 'called',
    position: 0,
    estimatedWaitSeconds: 0,
    issuedAt: '2026-03-02T09:00:00+07:00',
  };
  return { counter, ticket, recall: options.recall ?? false, at: options.at ?? '2026-03-02T09:05:00+07:00' };
}

/** Records the chimes and sentences in order; `speak` can be held to see calls queue up. */
function recorder(): QueueSpeaker & { log: string[]; hold(): void; release(): void } {
  const log: string[] = [];
  let held: Promise<void> | null = null;
  let release = (): void => undefined;
  return {
    log,
    available: true,
    unlock: () => Promise.resolve(),
    chime: () => {
      log.push('chime');
      return Promise.resolve();
    },
    speak: async (text: string, locale: Locale) => {
      log.push(`${locale}: ${text}`);
      if (held) await held;
    },
    hasVoice: () => true,
    cancel: () => log.push('cancel'),
    hold: () => {
      held = new Promise((resolve) => {
        release = resolve;
      });
    },
    release: () => {
      held = null;
      release();
    },
  };
}

describe('spoken calls', () => {
  const numbers = ['A-001', 'A-010', 'A-012', 'A-020', 'A-100'];

  it('reads numbers as words in Indonesian, the counter’s number too', () => {
    expect(numbers.map((number) => spokenCall(call(number, 'Loket 3'), 'id'))).to.deep.equal([
      'Nomor antrean A satu, silakan menuju Loket tiga.',
      'Nomor antrean A sepuluh, silakan menuju Loket tiga.',
      'Nomor antrean A dua belas, silakan menuju Loket tiga.',
      'Nomor antrean A dua puluh, silakan menuju Loket tiga.',
      'Nomor antrean A seratus, silakan menuju Loket tiga.',
    ]);
  });

  it('reads them in English', () => {
    expect(numbers.map((number) => spokenCall(call(number, 'Counter 3'), 'en'))).to.deep.equal([
      'Queue number A one, please proceed to Counter three.',
      'Queue number A ten, please proceed to Counter three.',
      'Queue number A twelve, please proceed to Counter three.',
      'Queue number A twenty, please proceed to Counter three.',
      'Queue number A one hundred, please proceed to Counter three.',
    ]);
  });

  it('says a number it cannot read as it is written', () => {
    expect(spokenCall(call('A-12', 'Loket 3'), 'id')).to.equal('A-12, Loket 3.');
  });
});

describe('CallAnnouncer', () => {
  it('says nothing before sound is enabled, and never a call it saw then', async () => {
    const speaker = recorder();
    const announcer = new CallAnnouncer(
      () => speaker,
      () => 'id',
    );
    announcer.announce([call('A-001', 'Loket 1')]);
    await announcer.enable();
    announcer.announce([call('A-001', 'Loket 1'), call('A-002', 'Loket 2')]);
    await waitUntil(() => speaker.log.length === 2, 'spoken');
    expect(speaker.log).to.deep.equal(['chime', 'id: Nomor antrean A dua, silakan menuju Loket dua.']);
  });

  it('reads each call once, in order, in the language asked for at the time; a recall again', async () => {
    const speaker = recorder();
    let locale: Locale = 'id';
    const announcer = new CallAnnouncer(
      () => speaker,
      () => locale,
    );
    await announcer.enable();
    speaker.hold();
    announcer.announce([call('A-001', 'Loket 1')]);
    announcer.announce([call('A-002', 'Loket 2'), call('A-001', 'Loket 1')]);
    locale = 'en';
    announcer.announce([call('A-001', 'Loket 1', { recall: true, at: '2026-03-02T09:06:00+07:00' })]);
    speaker.release();
    await waitUntil(() => speaker.log.length === 6, 'three calls');
    expect(speaker.log).to.deep.equal([
      'chime',
      'id: Nomor antrean A satu, silakan menuju Loket satu.',
      'chime',
      'id: Nomor antrean A dua, silakan menuju Loket dua.',
      'chime',
      'en: Queue number A one, please proceed to Loket one.',
    ]);
  });

  it('keeps only the latest calls when they come faster than they can be read', async () => {
    const speaker = recorder();
    const announcer = new CallAnnouncer(
      () => speaker,
      () => 'id',
    );
    await announcer.enable();
    speaker.hold();
    announcer.announce([call('A-001', 'Loket 1')]);
    const burst = Array.from({ length: 10 }, (_, index) => call(`B-00${index}`, 'Loket 2'));
    announcer.announce(burst);
    speaker.release();
    await waitUntil(() => speaker.log.length === 2 * (1 + SPOKEN_BACKLOG), 'the backlog read');
    const said = speaker.log.filter((entry) => entry !== 'chime');
    expect(said[0]).to.contain('A satu');
    expect(said.slice(1)).to.have.length(SPOKEN_BACKLOG);
    expect(said.at(-1)).to.contain('B sembilan');
  });

  it('stops at once when muted, and reads nothing while muted', async () => {
    const speaker = recorder();
    const announcer = new CallAnnouncer(
      () => speaker,
      () => 'id',
    );
    await announcer.enable();
    speaker.hold();
    announcer.announce([call('A-001', 'Loket 1'), call('A-002', 'Loket 2')]);
    await waitUntil(() => speaker.log.length === 2, 'the first call');
    announcer.setMuted(true);
    expect(announcer.muted).to.equal(true);
    speaker.release();
    announcer.announce([call('A-003', 'Loket 3')]);
    announcer.setMuted(false);
    announcer.announce([call('A-004', 'Loket 4')]);
    await waitUntil(() => speaker.log.length === 5, 'the call after unmuting');
    expect(speaker.log).to.deep.equal([
      'chime',
      'id: Nomor antrean A satu, silakan menuju Loket satu.',
      'cancel',
      'chime',
      'id: Nomor antrean A empat, silakan menuju Loket empat.',
    ]);
  });
});
