/**
 * Registers `<mpp-visitor-stats>`. Import this module for its effect:
 * `import '@mpp-kit/elements/visitor-stats/define.js'`.
 *
 * @packageDocumentation
 */
import { defineElement } from '../define-element.js';
import { MppVisitorStats } from './visitor-stats.js';

defineElement('mpp-visitor-stats', MppVisitorStats);
