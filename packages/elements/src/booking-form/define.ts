/**
 * Registers `<mpp-booking-form>`. Import this module for its effect:
 * `import '@mpp-kit/elements/booking-form/define.js'`.
 *
 * @packageDocumentation
 */
import { defineElement } from '../define-element.js';
import { MppBookingForm } from './booking-form.js';

defineElement('mpp-booking-form', MppBookingForm);
