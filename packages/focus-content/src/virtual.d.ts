// Modules that exist only at build time: tsup resolves them to the JSON that scripts/build.ts
// writes from content/** into generated/. Declared as unknown so that each entry point states
// (and the typecheck enforces) the type it publishes.
declare module 'virtual:focus-content/*' {
  const data: unknown;
  export default data;
}
