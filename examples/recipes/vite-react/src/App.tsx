import '@mpp-kit/elements/provider/define.js';
import '@mpp-kit/elements/service-catalog/define.js';
import '@mpp-kit/elements/ticket/define.js';
import '@mpp-kit/elements/booking-form/define.js';
import type { ServiceSelectDetail } from '@mpp-kit/elements';
import { createClient } from '@mpp-kit/sdk';
import { useEffect, useState } from 'react';

// One client for the page: the app calls it, and the elements inside <mpp-provider> share it.
const client = createClient({ baseUrl: location.origin });

interface Summary {
  readonly agencies: number;
  readonly services: number;
}

export function App() {
  const [summary, setSummary] = useState<Summary>();
  const [chosen, setChosen] = useState<ServiceSelectDetail>();

  useEffect(() => {
    const controller = new AbortController();
    client.agencies.list({ signal: controller.signal }).then(
      ({ items }) =>
        setSummary({
          agencies: items.length,
          services: items.reduce((sum, agency) => sum + agency.serviceCount, 0),
        }),
      (error: unknown) => {
        if (!controller.signal.aborted) console.error(error);
      },
    );
    return () => controller.abort();
  }, []);

  return (
    <mpp-provider client={client}>
      <h1>Layanan MPP</h1>
      <p id="summary">{summary ? `${summary.services} layanan dari ${summary.agencies} instansi` : 'Memuat…'}</p>
      <mpp-service-catalog heading-level="2" onmpp-service-select={(event) => setChosen(event.detail)} />
      {chosen?.action === 'queue' && <mpp-ticket service={chosen.serviceId} heading-level="2" />}
      {chosen?.action === 'booking' && <mpp-booking-form service={chosen.serviceId} heading-level="2" />}
    </mpp-provider>
  );
}
