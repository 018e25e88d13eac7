/**
 * Registers `<mpp-site-info>`. Import this module for its effect:
 * `import '@mpp-kit/elements/site-info/define.js'`.
 *
 * @packageDocumentation
 */
import { defineElement } from '../define-element.js';
import { MppSiteInfo } from './site-info.js';

defineElement('mpp-site-info', MppSiteInfo);
