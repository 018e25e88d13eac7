/**
 * Registers `<mpp-site-info>`. Import this module for its effect:
 * `import '@mpp-kit/elements/site-info/define.js'`.
 *
 * @packageDocumentation
 */
// Bare imports stay in the published define.d.ts (a named import used only
// as a value does not): importing this module alone then brings the tag's
// `HTMLElementTagNameMap` entry and the mpp-* events' global event map.
import '../core/events.js';
import './site-info.js';
import { defineElement } from '../define-element.js';
import { MppSiteInfo } from './site-info.js';

defineElement('mpp-site-info', MppSiteInfo);
