/**
 * Registers `<mpp-visitor-stats>`. Import this module for its effect:
 * `import '@mpp-kit/elements/visitor-stats/define.js'`.
 *
 * @packageDocumentation
 */
// Bare imports stay in the published define.d.ts (a named import used only
// as a value does not): importing this module alone then brings the tag's
// `HTMLElementTagNameMap` entry and the mpp-* events' global event map.
import '../core/events.js';
import './visitor-stats.js';
import { defineElement } from '../define-element.js';
import { MppVisitorStats } from './visitor-stats.js';

defineElement('mpp-visitor-stats', MppVisitorStats);
