/**
 * Registers `<mpp-provider>`. Import this module for its effect:
 * `import '@mpp-kit/elements/provider/define.js'`.
 *
 * @packageDocumentation
 */
// A bare import stays in the published define.d.ts (a named import used only
// as a value does not): importing this module alone then brings the tag's
// `HTMLElementTagNameMap` entry.
import './provider.js';
import { defineElement } from '../define-element.js';
import { MppProvider } from './provider.js';

defineElement('mpp-provider', MppProvider);
