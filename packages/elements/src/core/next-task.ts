/** `scheduler.yield()` where the browser has it (Chromium 129+, Firefox 142+). */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a new task of the page's event loop, so the browser can paint
 * and answer input in between: with `scheduler.yield()` where it exists (the
 * continuation keeps its place ahead of other tasks), otherwise with a message
 * to itself. Not a timer: a page in a background tab throttles timers to one
 * a second, not messages.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
