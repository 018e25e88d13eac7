import type { enEssential } from './en-essential.js';
import type { CommonStrings } from './id.js';

/**
 * English strings every element shares, loaded on demand (see `LazyTable`):
 * all but the few in {@link enEssential}, which every bundle carries. Typed by
 * the Indonesian module, and the two make a whole table where they are merged,
 * so no key can be missing.
 */
export const en: Omit<CommonStrings, keyof typeof enEssential> = {
  loading: 'Loading…',
  errorNetwork: 'Could not reach the server. Check your internet connection and try again.',
  errorTimeout: 'The server took too long to answer. Please try again.',
  errorContract: 'The server sent data that cannot be read. Please contact the site administrator.',
  errorConfig: 'The API address of this component is not valid. Please contact the site administrator.',
  errorUnknown: 'Something went wrong. Please try again.',
  requestId: (id) => `Request ID: ${id}`,
  notConfigured:
    'This component is not connected to an MPP API: set its api-base attribute or place it inside <mpp-provider>.',
  staleFailed: (time) => `Showing data as of ${time}; the latest data could not be loaded.`,
  staleOffline: (time) => `You are offline. Data as of ${time}.`,
  staleReconnecting: (time) => `Reconnecting… Data as of ${time}.`,
  stalePolling: (time) => `Updated periodically. Data as of ${time}.`,
  unreadableProperty: (name, value, expected) =>
    `The value of ${name} cannot be read (“${value}”): expected ${expected}. Please contact the site administrator.`,
  expectedDate: 'an ISO 8601 date and time, e.g. 2026-12-01T09:00:00+07:00',
  expectedNumber: 'a number, e.g. 3',
};
