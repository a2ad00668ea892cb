// Filled in by build/build.ts (esbuild/tsup `define`), so that the published files carry their
// own version, the content range, the script's SRI hash and the measured sizes without a
// generated source file.
declare const __LK_EMBED_BUILD__: {
  /** This package's version, for exact-version script URLs. */
  version: string;
  /** The version range of @ljungby/focus-content whose data this build renders, e.g. `0.1`. */
  contentRange: string;
  /** `sha384-…` of dist/embed.js; empty inside embed.js itself. */
  integrity: string;
  /** `sha256-…` of each dist/reserve/<area>-<layout>.css (the size reservations). */
  reserve: Record<string, string>;
};

/**
 * gzip (level 9) bytes of every file a visitor may download, measured at build: `script`
 * (embed.js), `reserve` (reserve/<area>-<layout>.css), `card` and `story` (css/card.css,
 * css/story.css, fetched by the script), and each content file by its path under the content
 * package. Apart from `build`, so that createSnippet's bundle leaves out what only snippetCost
 * reads.
 */
declare const __LK_EMBED_BYTES__: {
  script: number;
  reserve: Record<string, number>;
  card: number;
  story: number;
  data: Record<string, number>;
};

export const build = __LK_EMBED_BUILD__;
export const bytes = __LK_EMBED_BYTES__;
