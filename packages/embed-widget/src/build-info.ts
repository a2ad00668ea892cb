// Filled in by build/build.ts (esbuild/tsup `define`), so that the published files carry their
// own version, the content range and the script's SRI hash without a generated source file.
declare const __LK_EMBED_BUILD__: {
  /** This package's version, for exact-version script URLs. */
  version: string;
  /** The version range of @ljungby/focus-content whose data this build renders, e.g. `0.1`. */
  contentRange: string;
  /** `sha384-…` of dist/embed.js; empty inside embed.js itself. */
  integrity: string;
};

export const build = __LK_EMBED_BUILD__;
