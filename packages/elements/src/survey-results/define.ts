/**
 * Registers `<mpp-survey-results>`. Import this module for its effect:
 * `import '@mpp-kit/elements/survey-results/define.js'`.
 *
 * @packageDocumentation
 */
// Bare imports stay in the published define.d.ts (a named import used only
// as a value does not): importing this module alone then brings the tag's
// `HTMLElementTagNameMap` entry and the mpp-* events' global event map.
import '../core/events.js';
import './survey-results.js';
import { defineElement } from '../define-element.js';
import { MppSurveyResults } from './survey-results.js';

defineElement('mpp-survey-results', MppSurveyResults);
