/**
 * `@mpp-kit/elements`: Lit web components for a Mal Pelayanan Publik (service
 * catalog, site card, queue status, booking form). The package is laid out in
 * the workspace so the build and the import direction (elements -> sdk ->
 * contract) hold from the start; it is private, and publishes nothing, until
 * its first element lands.
 *
 * @packageDocumentation
 */
export {};
