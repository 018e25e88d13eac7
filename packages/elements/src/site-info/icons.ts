import type { FacilityKind } from '@mpp-kit/contract';
import { svg, type SVGTemplateResult } from 'lit';

/**
 * One 24×24 stroke icon per facility kind. They sit next to the facility's
 * name, which carries the meaning; the icons are hidden from screen readers.
 */
export const facilityIcons: Readonly<Record<FacilityKind, SVGTemplateResult>> = {
  'waiting-room': svg`<path d="M5 11V7a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v4" /><path d="M3 11a2 2 0 0 1 4 0v2h10v-2a2 2 0 0 1 4 0v6H3zM6 17v2M18 17v2" />`,
  'play-room': svg`<rect x="3" y="13" width="8" height="8" rx="1" /><rect x="13" y="13" width="8" height="8" rx="1" /><rect x="8" y="3" width="8" height="8" rx="1" />`,
  'lactation-room': svg`<path d="M11 2h2v3h-2zM9 5h6l1 3v11a3 3 0 0 1-3 3h-2a3 3 0 0 1-3-3V8zM8 12h8M8 16h8" />`,
  'prayer-room': svg`<path d="M4 21V11a8 8 0 0 1 16 0v10zM12 3V1M9 21v-4a3 3 0 0 1 6 0v4" />`,
  toilet: svg`<circle cx="7" cy="4.5" r="1.5" /><circle cx="17" cy="4.5" r="1.5" /><path d="M5 21v-6H4V9a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v6H9v6M15 21v-5h-2l2-8h4l2 8h-2v5M12 2v20" />`,
  'accessible-toilet': svg`<circle cx="10" cy="4" r="1.5" /><path d="M10 7v6h6l3 6M10 10h5M7.5 11.5a5 5 0 1 0 7.5 6" />`,
  parking: svg`<rect x="3" y="3" width="18" height="18" rx="3" /><path d="M9 17V7h4a3 3 0 0 1 0 6H9" />`,
  wifi: svg`<path d="M2 9a15 15 0 0 1 20 0M5 12.5a10 10 0 0 1 14 0M8.5 16a5 5 0 0 1 7 0M12 19.5v.01" />`,
  canteen: svg`<path d="M4 8h13v5a6 6 0 0 1-6 6h-1a6 6 0 0 1-6-6zM17 9h1.5a2.5 2.5 0 0 1 0 5H17M8 2v3M12 2v3" />`,
  atm: svg`<rect x="2" y="5" width="20" height="14" rx="2" /><path d="M2 10h20M6 15h4" />`,
  other: svg`<circle cx="12" cy="12" r="9" /><path d="M12 11v5M12 8v.01" />`,
};

/** Status icons: open (a check), break (a pause), closed (a cross). */
export const statusIcons = {
  open: svg`<circle cx="12" cy="12" r="9" /><path d="m8 12.5 2.5 2.5L16 9.5" />`,
  break: svg`<circle cx="12" cy="12" r="9" /><path d="M10 9v6M14 9v6" />`,
  closed: svg`<circle cx="12" cy="12" r="9" /><path d="m9 9 6 6M15 9l-6 6" />`,
} as const;
