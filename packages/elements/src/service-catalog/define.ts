/**
 * Registers `<mpp-service-catalog>`. Import this module for its effect:
 * `import '@mpp-kit/elements/service-catalog/define.js'`.
 *
 * @packageDocumentation
 */
import { defineElement } from '../define-element.js';
import { MppServiceCatalog } from './service-catalog.js';

defineElement('mpp-service-catalog', MppServiceCatalog);
