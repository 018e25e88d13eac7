/**
 * Registers `<mpp-survey>`. Import this module for its effect:
 * `import '@mpp-kit/elements/survey/define.js'`.
 *
 * @packageDocumentation
 */
import { defineElement } from '../define-element.js';
import { MppSurvey } from './survey.js';

defineElement('mpp-survey', MppSurvey);
