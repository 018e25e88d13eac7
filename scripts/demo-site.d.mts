/** Where each example folder goes in the served demo site (`''` is the root). */
export declare const DEMO_PAGES: readonly { readonly from: string; readonly to: string }[];

/**
 * Copies the example pages into `target` (emptied first) in the layout `npm
 * start` serves, with an empty `vendor/` folder for the kit.
 *
 * @param repo the repository root
 * @param target the folder to serve
 * @returns the vendor folder
 */
export declare function assembleDemoSite(repo: string, target: string): string;

/**
 * Bundles the drop-in module from source (`packages/elements/src/cdn.ts`,
 * minified like the build) into `vendor`.
 *
 * @param repo the repository root
 * @param vendor the site's vendor folder
 * @returns the module's size in bytes
 */
export declare function bundleDropInFromSource(repo: string, vendor: string): Promise<number>;

/**
 * Bundles the autoloader and its chunks from source into `vendor`
 * (`mpp-kit.js`, `chunks/`), laid out like `packages/elements/dist`.
 *
 * @param repo the repository root
 * @param vendor the site's vendor folder
 * @returns the bytes of every file written, summed
 */
export declare function bundleLoaderFromSource(repo: string, vendor: string): Promise<number>;
