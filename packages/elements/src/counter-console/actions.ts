import type { CounterStatus, QueueCounter } from '@mpp-kit/contract';

/** What staff can do at a counter: the four queue actions, then opening, pausing and closing it. */
export const COUNTER_ACTIONS = ['call-next', 'recall', 'skip', 'complete', 'open', 'pause', 'close'] as const;

/** One of the {@link COUNTER_ACTIONS}. */
export type CounterAction = (typeof COUNTER_ACTIONS)[number];

/**
 * The key of each action: one letter, the same in both languages so a
 * counter's habits survive a language switch. Shown on the buttons and in
 * their `aria-keyshortcuts`.
 */
export const SHORTCUTS: Readonly<Record<CounterAction, string>> = {
  'call-next': 'N',
  recall: 'R',
  skip: 'S',
  complete: 'C',
  open: 'O',
  pause: 'P',
  close: 'X',
};

/** The counter status each status action asks for. */
export const STATUS_OF: Readonly<Partial<Record<CounterAction, CounterStatus>>> = {
  open: 'open',
  pause: 'paused',
  close: 'closed',
};

/**
 * Whether `action` makes sense for the counter as shown: calling needs an open
 * counter, recall/skip/complete a number at the counter, a status change a
 * different status. The server still decides (another console may have acted
 * since); this only keeps pointless buttons from being pressed.
 */
export function isAvailable(action: CounterAction, counter: QueueCounter): boolean {
  switch (action) {
    case 'call-next':
      return counter.status === 'open';
    case 'recall':
      return counter.serving !== null && counter.status !== 'closed';
    case 'skip':
    case 'complete':
      return counter.serving !== null;
    default:
      return counter.status !== STATUS_OF[action];
  }
}

/** Whether keys typed at `target` are text (a field, a list that types ahead, editable content). */
export function isTextEntry(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  // Buttons, checkboxes and the like take no letters.
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'].includes(target.type);
}

/**
 * The action a key press asks for, or `null`: a single letter without Ctrl, Alt
 * or Meta (those belong to the browser and the system), typed outside a text
 * field, and not a key held down: an auto-repeated "N" would call several
 * citizens at once.
 */
export function actionOfKey(event: KeyboardEvent): CounterAction | null {
  if (event.defaultPrevented || event.repeat || event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isTextEntry(event.composedPath()[0])) return null;
  const key = event.key.toUpperCase();
  return COUNTER_ACTIONS.find((action) => SHORTCUTS[action] === key) ?? null;
}
