/**
 * Registers `<mpp-booking-manager>`. Import this module for its effect:
 * `import '@mpp-kit/elements/booking-manager/define.js'`.
 *
 * @packageDocumentation
 */
import { defineElement } from '../define-element.js';
import { MppBookingManager } from './booking-manager.js';

defineElement('mpp-booking-manager', MppBookingManager);
