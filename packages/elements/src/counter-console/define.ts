/**
 * Registers `<mpp-counter-console>`. Import this module for its effect:
 * `import '@mpp-kit/elements/counter-console/define.js'`.
 *
 * @packageDocumentation
 */
import { defineElement } from '../define-element.js';
import { MppCounterConsole } from './counter-console.js';

defineElement('mpp-counter-console', MppCounterConsole);
