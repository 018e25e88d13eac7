// Path parameter schemas of the routes. They live apart from `route.ts`, which
// others import for its functions (`buildPath`): a module that builds schemas at
// its top level brings them into every bundle that imports anything from it.
import * as z from 'zod/mini';
import { IdSchema } from '../schemas/common.js';

/** Path parameters of routes addressed by id. */
export const IdParamsSchema = z.strictObject({
  /** Id of the addressed service, ticket or counter (per the route), e.g. `ktp-el`, `loket-3`. */
  id: IdSchema,
});
/** Path parameters of routes addressed by booking code. */
export const BookingCodeParamsSchema = z.strictObject({
  /** The booking code (kode booking), e.g. `KDR-7QX4M2`. */
  code: IdSchema,
});
