// Types of release.mjs for the TypeScript tests that call it.

/** What `npm publish --dry-run` would put on the registry for one package. */
export interface PlannedPackage {
  readonly name: string;
  readonly version: string;
  readonly files: readonly string[];
  readonly size: number;
}

/** Versions the pending changesets, builds unless told not to, and dry-runs the publish of the workspace at `root`. */
export declare function release(root: string, options?: { build?: boolean }): PlannedPackage[];
