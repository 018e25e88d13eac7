/** Cancels what a {@link Schedule} set up; harmless once it ran or was cancelled. */
export type Cancel = () => void;

/**
 * Runs `task` after `ms` milliseconds. The live queue's only clock (backoff,
 * polling, the dead-stream watchdog), passed in so tests can move time by hand.
 */
export type Schedule = (task: () => void, ms: number) => Cancel;

/** {@link Schedule} over the real `setTimeout`. */
export const realTimers: Schedule = (task, ms) => {
  const timer = setTimeout(task, ms);
  return () => clearTimeout(timer);
};
