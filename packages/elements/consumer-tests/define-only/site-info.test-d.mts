// Imports one define module and nothing else from the package: its
// declarations alone must type the tag and the events a page listens to.
import '@mpp-kit/elements/site-info/define.js';
import { expectTypeOf } from 'expect-type';

const card = document.querySelector('mpp-site-info');
expectTypeOf(card?.headingLevel).toEqualTypeOf<number | undefined>();
// @ts-expect-error: the heading level is a number
if (card) card.headingLevel = 'dua';

card?.addEventListener('mpp-error', (event) => {
  expectTypeOf(event.detail.status).toEqualTypeOf<number | null>();
});
document.addEventListener('mpp-service-select', (event) => {
  expectTypeOf(event.detail.action).toEqualTypeOf<'queue' | 'booking'>();
  // @ts-expect-error: the detail names the service `serviceId`
  console.log(event.detail.serviceID);
});
