// The mpp-* tags in JSX: their attributes, properties and onmpp-… events, typed.
import type {} from '@mpp-kit/elements/react';
