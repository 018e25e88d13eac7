/**
 * Registers `<mpp-ticket>`. Import this module for its effect:
 * `import '@mpp-kit/elements/ticket/define.js'`.
 *
 * @packageDocumentation
 */
import { defineElement } from '../define-element.js';
import { MppTicket } from './ticket.js';

defineElement('mpp-ticket', MppTicket);
