// Types of changeset-check.mjs for its test.

/** Which shipped source files a change touches, and whether it adds a changeset. */
export declare function classify(nameStatus: readonly string[]): { sources: string[]; addsChangeset: boolean };

/** The changes since the check was introduced that edit shipped source without a changeset. */
export declare function changesWithoutChangeset(root: string): { change: string; sources: string[] }[];
