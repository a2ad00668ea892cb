// TypeScript 6 rejects side-effect CSS imports (in stories) without a declaration.
declare module '*.css';
