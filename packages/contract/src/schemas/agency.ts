import * as z from 'zod/mini';
import { HttpUrlSchema, IdSchema, LocalizedTextSchema, PageSchema } from './common.js';

/** A tenant agency (instansi) serving at the MPP, e.g. Dispendukcapil or Samsat. */
export const AgencySchema = z.object({
  /** Stable identifier of the agency, used in filters and URLs, e.g. `dukcapil`. */
  id: IdSchema,
  /** Official name, e.g. `Dinas Kependudukan dan Pencatatan Sipil`. */
  name: z.string().check(z.minLength(1)),
  /** Short name for tight spaces such as tabs and tickets, e.g. `Dispendukcapil`. */
  shortName: z.string().check(z.minLength(1)),
  /** What the agency does at the MPP, in a sentence or two. */
  description: z.optional(LocalizedTextSchema),
  /** Where in the building, as shown to visitors (e.g. `Lantai 1`). */
  floor: z.optional(z.string()),
  /** How many services of this agency the catalog lists (computed by the server, not in the seed). */
  serviceCount: z.int().check(z.nonnegative()),
  /** The agency's logo, an absolute http(s) URL; omitted when there is none. */
  logoUrl: z.optional(HttpUrlSchema),
});
/** A tenant agency. */
export type Agency = z.infer<typeof AgencySchema>;

/** A page of agencies (`GET /v1/agencies`). */
export const AgencyPageSchema = PageSchema(AgencySchema);
