// A React 19 page using the tags directly: `@mpp-kit/elements/react` types
// them in JSX (attributes, properties and `onmpp-…` handlers).
import type {} from '@mpp-kit/elements/react';
import '@mpp-kit/elements/service-catalog/define.js';
import '@mpp-kit/elements/site-info/define.js';
import type { MppErrorDetail, ServiceSelectDetail } from '@mpp-kit/elements';
import { expectTypeOf } from 'expect-type';
import { useRef } from 'react';

export function Portal({ onOpen }: { onOpen(serviceId: string): void }) {
  const catalog = useRef<HTMLElementTagNameMap['mpp-service-catalog']>(null);
  return (
    <main>
      <mpp-site-info api-base="/api" heading-level="3" locale="en" now={new Date()} />
      <mpp-service-catalog
        ref={catalog}
        apiBase="/api"
        sync-url
        headingLevel={2}
        onmpp-service-select={(event) => {
          expectTypeOf(event.detail).toEqualTypeOf<ServiceSelectDetail>();
          onOpen(event.detail.serviceId);
        }}
        onmpp-error={(event) => expectTypeOf(event.detail).toEqualTypeOf<MppErrorDetail>()}
      />
      {/* @ts-expect-error: the element has no property serviceID */}
      <mpp-service-catalog serviceID="ktp-el" />
      {/* @ts-expect-error: the elements speak id or en */}
      <mpp-site-info locale="fr" />
      {/* @ts-expect-error: the heading level is a number */}
      <mpp-site-info headingLevel="tiga" />
      <mpp-service-catalog
        // @ts-expect-error: the detail names the service serviceId
        onmpp-service-select={(event) => onOpen(event.detail.id)}
      />
    </main>
  );
}
