/**
 * The ways a phone tells its holder that the number was called, besides the
 * page itself: a vibration and a system notification. Both are best effort
 * (desktop browsers cannot vibrate; Chrome on Android refuses `new
 * Notification()` and wants a service worker's), and none of them may fail the
 * element.
 */

/** A long-short pattern that is felt in a pocket, unlike one short buzz. */
export const CALL_VIBRATION = [400, 150, 400, 150, 800];

/** Whether this browser can show system notifications at all. */
export function notificationsSupported(): boolean {
  return typeof globalThis.Notification === 'function';
}

/** The page's notification permission, or `unsupported`. */
export function notificationPermission(): NotificationPermission | 'unsupported' {
  return notificationsSupported() ? globalThis.Notification.permission : 'unsupported';
}

/**
 * Asks for permission to notify. Browsers only show the prompt (and some only
 * allow asking) in answer to a user gesture, so call it from a click.
 */
export async function askNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (!notificationsSupported()) return 'unsupported';
  try {
    return await globalThis.Notification.requestPermission();
  } catch {
    return globalThis.Notification.permission;
  }
}

/** Vibrates with {@link CALL_VIBRATION} where the device can. */
export function vibrateForCall(): void {
  try {
    // Typed as always there, but Safari and Firefox have no vibration at all.
    if ('vibrate' in navigator) navigator.vibrate(CALL_VIBRATION);
  } catch {
    // A browser that blocks vibration (no user activation yet) says so by throwing in some versions.
  }
}

/** What a call notification says. */
export interface CallNotice {
  readonly title: string;
  readonly body: string;
  /** One notification per ticket: a recall replaces the call's instead of stacking. */
  readonly tag: string;
  readonly lang: string;
}

/** Shows a system notification when the page may; quietly nothing otherwise. */
export function notifyCall(notice: CallNotice): void {
  if (notificationPermission() !== 'granted') return;
  const options: NotificationOptions = { body: notice.body, tag: notice.tag, lang: notice.lang };
  try {
    new globalThis.Notification(notice.title, options);
  } catch {
    // Chrome on Android: only a service worker registration may show one.
    // Typed as always there, but missing on pages served over plain http.
    if (!('serviceWorker' in navigator)) return;
    void navigator.serviceWorker
      .getRegistration()
      .then((registration) => registration?.showNotification(notice.title, options))
      .catch(() => undefined);
  }
}
