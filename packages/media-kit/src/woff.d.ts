// Font files imported with esbuild's binary loader (only in the published bundle).
declare module '*.woff' {
  const bytes: Uint8Array;
  export default bytes;
}
