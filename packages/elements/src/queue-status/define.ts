/**
 * Registers `<mpp-queue-status>`. Import this module for its effect:
 * `import '@mpp-kit/elements/queue-status/define.js'`.
 *
 * @packageDocumentation
 */
import { defineElement } from '../define-element.js';
import { MppQueueStatus } from './queue-status.js';

defineElement('mpp-queue-status', MppQueueStatus);
