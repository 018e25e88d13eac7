/**
 * Registers `<mpp-booking-form>`. Import this module for its effect:
 * `import '@mpp-kit/elements/booking-form/define.js'`.
 *
 * @packageDocumentation
 */
// Bare imports stay in the published define.d.ts (a named import used only
// as a value does not): importing this module alone then brings the tag's
// `HTMLElementTagNameMap` entry and the mpp-* events' global event map.
import '../core/events.js';
import './booking-form.js';
import { defineElement } from '../define-element.js';
import { MppBookingForm } from './booking-form.js';

defineElement('mpp-booking-form', MppBookingForm);
