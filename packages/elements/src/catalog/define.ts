/**
 * Registers `<mpp-service-catalog>`. Import this module for its effect:
 * `import '@mpp-kit/elements/catalog/define.js'`.
 *
 * @packageDocumentation
 */
import { defineElement } from '../define-element.js';
import { MppServiceCatalog } from './mpp-service-catalog.js';

defineElement('mpp-service-catalog', MppServiceCatalog);
