// Timing helpers for code that runs inside a benchmark page (bundled into it).

/** After the next painted frame: rAF runs before style and layout, the message after the paint. */
export const painted = (): Promise<void> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
