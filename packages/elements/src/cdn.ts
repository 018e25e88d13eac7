// The drop-in bundle (dist/mpp-kit.min.js): registers every element and
// exports the public API, with Lit, the SDK and zod inlined, for
// `<script type="module" src=".../mpp-kit.min.js">`. The provider comes first
// so it is upgraded before the elements inside it ask for it.
import './provider/define.js';
import './site-info/define.js';
import './service-catalog/define.js';
import './queue-status/define.js';
import './ticket/define.js';
import './counter-console/define.js';
import './booking-form/define.js';
import './booking-manager/define.js';
import './visitor-stats/define.js';
import './survey/define.js';
import './survey-results/define.js';

export * from './index.js';
