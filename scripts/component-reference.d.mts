// Types of component-reference.mjs for its test.

/** Absolute path of packages/elements/custom-elements.json. */
export declare const MANIFEST: string;
/** Absolute path of docs/components.md. */
export declare const REFERENCE: string;
/** The reference page (Markdown) for a custom elements manifest. */
export declare function componentReference(manifest: unknown): string;
