// The mpp-* tags in templates: their props and @mpp-… events, typed (vue-tsc --strictTemplates checks them).
import type {} from '@mpp-kit/elements/vue';
