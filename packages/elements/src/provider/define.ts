/**
 * Registers `<mpp-provider>`. Import this module for its effect:
 * `import '@mpp-kit/elements/provider/define.js'`.
 *
 * @packageDocumentation
 */
import { defineElement } from '../define-element.js';
import { MppProvider } from './provider.js';

defineElement('mpp-provider', MppProvider);
