/**
 * Registers `<mpp-ticket>`. Import this module for its effect:
 * `import '@mpp-kit/elements/ticket/define.js'`.
 *
 * @packageDocumentation
 */
// Bare imports stay in the published define.d.ts (a named import used only
// as a value does not): importing this module alone then brings the tag's
// `HTMLElementTagNameMap` entry and the mpp-* events' global event map.
import '../core/events.js';
import './ticket.js';
import { defineElement } from '../define-element.js';
import { MppTicket } from './ticket.js';

defineElement('mpp-ticket', MppTicket);
