/**
 * Registers `<mpp-queue-status>`. Import this module for its effect:
 * `import '@mpp-kit/elements/queue-status/define.js'`.
 *
 * @packageDocumentation
 */
// Bare imports stay in the published define.d.ts (a named import used only
// as a value does not): importing this module alone then brings the tag's
// `HTMLElementTagNameMap` entry and the mpp-* events' global event map.
import '../core/events.js';
import './queue-status.js';
import { defineElement } from '../define-element.js';
import { MppQueueStatus } from './queue-status.js';

defineElement('mpp-queue-status', MppQueueStatus);
