import { isMppApiError, type ConnectionState } from '@mpp-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonStrings } from '../i18n/id.js';
import { errorKindOf } from './events.js';
import { alertIcon, clockIcon, icon, retryIcon } from './icons.js';

/**
 * Why data on screen may be out of date: its refresh `failed`, or a live
 * subscription is `offline`, `reconnecting` or `polling` instead of live.
 */
export type StaleReason = 'failed' | 'offline' | 'reconnecting' | 'polling';

/**
 * The stale reason of a live queue subscription's state, or `null` while its
 * data is live (or not there yet: `connecting` shows the loading state).
 *
 * @example staleReasonOf('reconnecting') // 'reconnecting'
 */
export function staleReasonOf(state: ConnectionState): StaleReason | null {
  return state === 'live' || state === 'connecting' ? null : state;
}

/**
 * What to tell a visitor about a failure: the server's own message for API
 * errors (it is in the element's language, since the client sends
 * `Accept-Language`), otherwise the element's sentence for that kind of failure.
 */
export function errorMessage(t: CommonStrings, error: unknown): string {
  if (isMppApiError(error)) return error.message;
  switch (errorKindOf(error)) {
    case 'network':
      return t.errorNetwork;
    case 'timeout':
      return t.errorTimeout;
    case 'contract':
      return t.errorContract;
    case 'config':
      return t.errorConfig;
    default:
      return t.errorUnknown;
  }
}

function retryButton(t: CommonStrings, retry: () => void): TemplateResult {
  return html`<button type="button" part="retry-button" @click=${retry}>${icon(retryIcon)}${t.retry}</button>`;
}

/**
 * The error state: what failed, the server's request id when there is one, and
 * a retry button unless retrying cannot help (`retry` is `null`, e.g. a
 * misconfigured element). `role="alert"` so the failure is announced.
 */
export function errorPanel(
  t: CommonStrings,
  message: string,
  requestId: string | null,
  retry: (() => void) | null,
): TemplateResult {
  return html`<div class="panel error" part="error" role="alert">
    ${icon(alertIcon)}
    <div class="panel-body">
      <p class="panel-title">${t.loadFailed}</p>
      <p>${message}</p>
      ${requestId ? html`<p class="muted">${t.requestId(requestId)}</p>` : nothing}
    </div>
    ${retry ? retryButton(t, retry) : nothing}
  </div>`;
}

/** The error panel for a thrown value; see {@link errorPanel}. */
export function errorPanelFor(t: CommonStrings, error: unknown, retry: (() => void) | null): TemplateResult {
  const requestId = isMppApiError(error) ? error.requestId : null;
  return errorPanel(t, errorMessage(t, error), requestId, errorKindOf(error) === 'config' ? null : retry);
}

/**
 * The stale-data notice above data that may be out of date: why, and the time
 * the data is from (already formatted), with a retry button when one helps.
 */
export function staleNotice(t: CommonStrings, reason: StaleReason, time: string, retry?: () => void): TemplateResult {
  const text = {
    failed: t.staleFailed,
    offline: t.staleOffline,
    reconnecting: t.staleReconnecting,
    polling: t.stalePolling,
  }[reason](time);
  return html`<div class="notice" part="stale-notice">
    ${icon(clockIcon)}<span>${text}</span> ${retry ? retryButton(t, retry) : nothing}
  </div>`;
}

/** The empty state: a short sentence where data would be, e.g. "no services match". */
export function emptyState(text: string): TemplateResult {
  return html`<p class="panel muted" part="empty">${text}</p>`;
}
