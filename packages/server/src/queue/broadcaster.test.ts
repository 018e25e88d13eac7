import { expect } from '@open-wc/testing';
import { until } from '../test-support/assert.js';
import { Broadcaster, encodeFrame, eventFrame, scopeMatches, type StreamClient } from './broadcaster.js';

function client(filter: StreamClient['filter'] = {}) {
  const frames: Uint8Array[] = [];
  let closed = false;
  return {
    frames,
    get closed() {
      return closed;
    },
    client: {
      filter,
      send: (frame: Uint8Array) => frames.push(frame),
      close: () => (closed = true),
    } satisfies StreamClient,
  };
}

const scope = { agencyIds: ['dukcapil'], serviceIds: ['ktp-el'] };

describe('Broadcaster', () => {
  it('writes the event id into the frame without parsing the JSON', () => {
    expect(eventFrame(7, '{"type":"ticket.called","at":"x"}')).to.equal(
      'id: 7\ndata: {"id":"7","type":"ticket.called","at":"x"}\n\n',
    );
  });

  it('fans one encoded frame out to every matching client, in order', () => {
    const broadcaster = new Broadcaster({ heartbeatMs: 0 });
    const all = client();
    const sameService = client({ service: 'ktp-el' });
    const otherAgency = client({ agency: 'imigrasi' });
    for (const each of [all, sameService, otherAgency]) broadcaster.add(each.client);
    const first = encodeFrame(eventFrame(1, '{"type":"a"}'));
    const second = encodeFrame(eventFrame(2, '{"type":"b"}'));
    broadcaster.publish([
      { id: 1, frame: first, scope },
      { id: 2, frame: second, scope },
    ]);
    broadcaster.flush();
    expect(all.frames).to.deep.equal([first, second]);
    // The very same bytes, not a copy per client: one serialisation per event.
    expect(sameService.frames[0]).to.equal(first);
    expect(otherAgency.frames).to.deep.equal([]);
    expect(scopeMatches(scope, { agency: 'dukcapil', service: 'kk' })).to.equal(false);
  });

  it('sends events once the publishing task is over, in publish order', async () => {
    const broadcaster = new Broadcaster({ heartbeatMs: 0 });
    const listener = client();
    broadcaster.add(listener.client);
    const issued = (id: number) => encodeFrame(eventFrame(id, '{"type":"ticket.issued"}'));
    const frames = [issued(1), issued(2), issued(3)] as const;
    broadcaster.publish([{ id: 1, frame: frames[0], scope }]);
    broadcaster.publish([
      { id: 2, frame: frames[1], scope },
      { id: 3, frame: frames[2], scope },
    ]);
    // The write that published them answers first.
    expect(listener.frames).to.deep.equal([]);
    await until(() => listener.frames.length === 3);
    expect(listener.frames).to.deep.equal(frames);
  });

  it('sends what is queued to the clients already there before another joins, and before closing', () => {
    const broadcaster = new Broadcaster({ heartbeatMs: 0 });
    const early = client();
    broadcaster.add(early.client);
    const queued = encodeFrame(eventFrame(1, '{"type":"ticket.issued"}'));
    broadcaster.publish([{ id: 1, frame: queued, scope }]);
    // A client joining now has read event 1 from the store in its catch-up: it must not get it twice.
    const late = client();
    broadcaster.add(late.client);
    expect([early.frames, late.frames]).to.deep.equal([[queued], []]);
    const last = encodeFrame(eventFrame(2, '{"type":"ticket.called"}'));
    broadcaster.publish([{ id: 2, frame: last, scope }]);
    broadcaster.closeAll();
    expect([early.frames, late.frames, early.closed, late.closed]).to.deep.equal([[queued, last], [last], true, true]);
  });

  it('sends heartbeats only while someone listens, and ends every stream on close', async () => {
    const broadcaster = new Broadcaster({ heartbeatMs: 5 });
    const listener = client();
    const leave = broadcaster.add(listener.client);
    await until(() => listener.frames.length >= 2);
    expect(new TextDecoder().decode(listener.frames[0])).to.equal(': heartbeat\n\n');
    leave();
    expect(broadcaster.size).to.equal(0);
    const other = client();
    broadcaster.add(other.client);
    broadcaster.closeAll();
    expect([other.closed, broadcaster.size]).to.deep.equal([true, 0]);
  });
});
