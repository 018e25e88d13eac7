// The graceful close on a plain node:http server whose keep-alive timeout is
// ten minutes: close() must not wait for it, and must cut what outlives the grace.
import assert from 'node:assert/strict';
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { gracefulCloser } from './graceful-close.js';

const TEN_MINUTES = 600_000;

/** A server whose handler the test controls, with keep-alive connections that would idle for ten minutes. */
async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void) {
  const server = createServer(handler);
  server.keepAliveTimeout = TEN_MINUTES;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** GET over `agent`, resolving with the body, or with the error that ended it. */
function get(port: number, path: string, agent: Agent): Promise<string> {
  return new Promise((resolve) => {
    const sent = request({ port, path, agent }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve(body));
      response.on('error', (error) => resolve(`error: ${error.message}`));
    });
    sent.on('error', (error) => resolve(`error: ${error.message}`));
    sent.end();
  });
}

test(
  'closes idle keep-alive connections at once and busy ones when their response ends',
  { timeout: 30_000 },
  async () => {
    let endStream: () => void = () => undefined;
    let streamStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (streamStarted = resolve));
    const { server, port } = await listen((incoming, response) => {
      if (incoming.url === '/stream') {
        response.writeHead(200, { 'Content-Type': 'text/event-stream' });
        response.write('data: first\n\n');
        endStream = () => response.end('data: last\n\n');
        streamStarted();
      } else response.end('ok');
    });
    const close = gracefulCloser(server, TEN_MINUTES);
    const agent = new Agent({ keepAlive: true, maxSockets: 2 });
    try {
      assert.equal(await get(port, '/fast', agent), 'ok'); // leaves an idle keep-alive connection
      const stream = get(port, '/stream', agent);
      await started;
      const closed = close();
      assert.equal(close(), closed, 'a second call returns the same promise');
      // The stream's response ends after close() began (as queue streams do on shutdown):
      // its connection then falls idle and must be closed without the ten-minute wait.
      endStream();
      assert.equal(await stream, 'data: first\n\ndata: last\n\n');
      await closed;
      assert.equal(server.listening, false);
    } finally {
      agent.destroy();
      server.closeAllConnections();
    }
  },
);

test('cuts the connections still busy when the grace period ends', { timeout: 30_000 }, async () => {
  let received: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (received = resolve));
  // A request that is never answered.
  const { server, port } = await listen(() => received());
  const close = gracefulCloser(server, 50);
  const agent = new Agent({ keepAlive: true });
  try {
    const hanging = get(port, '/never', agent);
    await arrived;
    await close();
    assert.match(await hanging, /^error: /);
  } finally {
    agent.destroy();
  }
});
