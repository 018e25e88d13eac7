/**
 * Registers `<mpp-service-catalog>`. Import this module for its effect:
 * `import '@mpp-kit/elements/service-catalog/define.js'`.
 *
 * @packageDocumentation
 */
// Bare imports stay in the published define.d.ts (a named import used only
// as a value does not): importing this module alone then brings the tag's
// `HTMLElementTagNameMap` entry and the mpp-* events' global event map.
import '../core/events.js';
import './service-catalog.js';
import { defineElement } from '../define-element.js';
import { MppServiceCatalog } from './service-catalog.js';

defineElement('mpp-service-catalog', MppServiceCatalog);
