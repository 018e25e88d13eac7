import type { Server } from 'node:http';

/**
 * Prepares a graceful close of `server` and returns the function that starts
 * it: no new connections; idle keep-alive connections closed at once; busy
 * ones as soon as their response is over, instead of after the keep-alive
 * timeout; whatever remains after `graceMs` cut. The function returns the same
 * promise when called again. Call this before the server takes requests: it
 * follows each response to know when one ends during the shutdown.
 */
export function gracefulCloser(server: Server, graceMs: number): () => Promise<void> {
  let closing: Promise<void> | undefined;
  server.on('request', (_request, response) => {
    response.once('close', () => {
      // The connection turns idle once the response is done with it, just after this event.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return () =>
    (closing ??= new Promise<void>((done, fail) => {
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      server.close((error?: Error) => {
        clearTimeout(cut);
        if (error) fail(error);
        else done();
      });
      server.closeIdleConnections();
    }));
}
