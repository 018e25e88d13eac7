/**
 * Registers `<mpp-survey-results>`. Import this module for its effect:
 * `import '@mpp-kit/elements/survey-results/define.js'`.
 *
 * @packageDocumentation
 */
import { defineElement } from '../define-element.js';
import { MppSurveyResults } from './survey-results.js';

defineElement('mpp-survey-results', MppSurveyResults);
