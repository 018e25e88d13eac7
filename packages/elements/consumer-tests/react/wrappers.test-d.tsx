// React 18 or Next.js with the `@lit/react` wrappers: camelCase props set as
// properties, events as `onServiceSelect`-style props.
import '@mpp-kit/elements/service-catalog/define.js';
import type { MppErrorDetail, ServiceSelectDetail } from '@mpp-kit/elements';
import { MppServiceCatalog, MppSiteInfo } from '@mpp-kit/elements/react-wrappers';
import { expectTypeOf } from 'expect-type';

export function Catalog({ onOpen }: { onOpen(serviceId: string): void }) {
  return (
    <>
      <MppSiteInfo apiBase="/api" headingLevel={3} onMppError={(event) => console.warn(event.detail.message)} />
      <MppServiceCatalog
        apiBase="/api"
        syncUrl
        onServiceSelect={(event) => {
          expectTypeOf(event.detail).toEqualTypeOf<ServiceSelectDetail>();
          onOpen(event.detail.serviceId);
        }}
        onMppError={(event) => expectTypeOf(event.detail).toEqualTypeOf<MppErrorDetail>()}
      />
      {/* @ts-expect-error: the elements speak id or en */}
      <MppSiteInfo locale="fr" />
      <MppServiceCatalog
        // @ts-expect-error: the detail names the service serviceId
        onServiceSelect={(event) => onOpen(event.detail.id)}
      />
    </>
  );
}
