/** An element's define module (`src/<folder>/define.ts`) and the tag it registers. */
export interface ElementDefine {
  readonly tag: string;
  readonly folder: string;
  /** Absolute path. */
  readonly file: string;
}

/** The loader's chunk table: chunk names in `chunks/` (no `.js`), and per tag without `mpp-`, indices into them. */
export interface ChunkTable {
  readonly files: string[];
  readonly tags: Record<string, number[]>;
}

/** Every element's define module and the tag it registers. */
export declare function elementDefines(elementsDir: string): ElementDefine[];

/** The loader's chunk table from a build's graph (tag -> `chunks/<name>.js` paths, the defining chunk first). */
export declare function chunkTable(graph: ReadonlyMap<string, readonly string[]>): ChunkTable;

/** The chunk `entry` imports statically, directly or not, itself first. */
export declare function staticClosure(entry: string, importsOf: (chunk: string) => readonly string[]): string[];

/** The table as the loader holds it: the tags' chunk lists without the tag names (read from each first chunk's name). */
export declare function loaderChunkTable(table: ChunkTable): { files: string[]; tags: number[][] };

/** The name, beside the loader in dist/, of the chunk table as JSON. */
export declare const CHUNK_TABLE_FILE: string;
